//go:build !wasm && noworker

package main

import (
	"net/http"
)

// newAPI without the worker (build tag noworker) answers 503, so the app can
// be served while the worker package is unavailable.
func newAPI(string) (http.Handler, func() error, error) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "API tidak tersedia pada build ini", http.StatusServiceUnavailable)
	})
	return h, func() error { return nil }, nil
}
