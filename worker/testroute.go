//go:build workertest

package worker

import "net/http"

// The test build of the worker (tag workertest, used only by the contract
// suite under wrangler dev) adds one route that panics, to show on the real
// Workers runtime that a panic becomes a 500 JSON error and is logged instead
// of crashing the instance. Production builds never contain it.
func init() {
	routes = append(routes, route{http.MethodGet, []string{"api", "_uji", "panik"}, (*API).testPanic, false})
}

func (a *API) testPanic(http.ResponseWriter, *http.Request, []string) error {
	panic("uji: panik yang disengaja")
}
