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
