//go:build !wasm

package app

import (
	"strings"
	"testing"
)

func TestServiceWorkerEditsApply(t *testing.T) {
	js, n := ServiceWorkerJS()
	if n != len(serviceWorkerEdits) {
		t.Fatalf("%d of %d edits applied: go-app's template changed", n, len(serviceWorkerEdits))
	}
	for _, want := range []string{"event.waitUntil(installWorker()", "ignoreSearch"} {
		if !strings.Contains(js, want) {
			t.Errorf("worker lacks %q", want)
		}
	}
}

// pelatih.wasm is not in the first download: the worker's install list
// leaves it out (the trainer's pages themselves are in it) and keeps it
// when it is first fetched.
func TestServiceWorkerCachesPelatihOnUse(t *testing.T) {
	js := getBody(t, Pages(NewHandler("uji-sw"), "../web"), "/app-worker.js")
	i := strings.Index(js, "const resourcesToCache = ")
	if i < 0 {
		t.Fatal("no resourcesToCache in the worker")
	}
	install := js[i : i+strings.Index(js[i:], "\n")]
	for _, want := range []string{`"/web/app.wasm"`, `"/presentasi"`, `"/ringkasan"`} {
		if !strings.Contains(install, want) {
			t.Errorf("install list lacks %s: %s", want, install)
		}
	}
	if strings.Contains(install, "pelatih.wasm") {
		t.Errorf("pelatih.wasm is in the first download: %s", install)
	}
	if !strings.Contains(js, `const cacheOnUse = ["/web/pelatih.wasm"];`) || !strings.Contains(js, "cache.put(request, copy)") {
		t.Error("the worker does not keep pelatih.wasm when it is fetched")
	}
}
