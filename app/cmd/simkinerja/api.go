//go:build !wasm && !noworker

package main

import (
	"net/http"

	"simkinerja/worker"
)

// newAPI opens the worker API backed by a local SQLite file.
func newAPI(dbPath string) (http.Handler, func() error, error) {
	return worker.NewLocal(dbPath)
}
