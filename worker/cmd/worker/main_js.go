//go:build js && wasm

// Command worker is the simkinerja edge API on Cloudflare Workers: the
// worker.API handler over D1, served by github.com/syumai/workers, and the
// expiry cleanup run by the Cron Trigger in wrangler.toml. Build it with
// `make worker-build`; run it with `make worker-dev`.
package main

import (
	"context"
	"fmt"
	"net/http"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare/cron"

	"simkinerja/worker"
)

func main() {
	api, err := worker.NewD1()
	if err != nil {
		// Without its database or secret the worker can only say so, as the
		// API's JSON error, and its health check fails; expiry still runs if
		// the database is there.
		if store, err := worker.NewD1Store(); err == nil {
			cleanup := worker.New(store, worker.Options{})
			cron.ScheduleTaskNonBlock(func(ctx context.Context) error { return cleanup.Cleanup(ctx) })
		}
		msg := err.Error()
		workers.Serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprintf(w, `{"error":{"code":%q,"message":%q}}`, worker.CodeInternal, "Server belum siap: "+msg)
		}))
		return
	}
	// Expiry runs on its own schedule, apart from requests and rate limits.
	cron.ScheduleTaskNonBlock(func(ctx context.Context) error { return api.Cleanup(ctx) })
	workers.Serve(api)
}
