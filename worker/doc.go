// Package worker is the edge API of simkinerja: share links and class
// submissions, as one http.Handler.
//
// The same handler runs in two places. On Cloudflare Workers (js/wasm, built
// with github.com/syumai/workers) it stores into D1; on the local server
// (`make run`) it stores into an embedded SQLite file through
// modernc.org/sqlite. Both speak SQL through database/sql, so the Store
// implementation is shared and only opening the database differs by build tag
// (d1.go, local.go). The schema lives in worker/migrations and is applied by
// wrangler for D1 and by Migrate for SQLite.
//
// Every Workers request starts a fresh Go instance, so nothing here keeps
// state in package variables: rate-limit counters live in the database.
package worker
