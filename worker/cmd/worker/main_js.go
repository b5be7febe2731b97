//go:build js && wasm

// Command worker is the simkinerja edge API on Cloudflare Workers: the
// worker.API handler over D1, served by github.com/syumai/workers. Build it
// with `make worker-build`; run it with `make worker-dev`.
package main

import (
	"fmt"
	"net/http"

	"github.com/syumai/workers"

	"simkinerja/worker"
)

func main() {
	h, err := worker.NewD1()
	if err != nil {
		// Without its database the worker can only say so, as the API's JSON error.
		msg := err.Error()
		h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprintf(w, `{"error":{"code":%q,"message":%q}}`, worker.CodeInternal, "Basis data tidak tersedia: "+msg)
		})
	}
	workers.Serve(h)
}
