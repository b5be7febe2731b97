//go:build !wasm

package app

import (
	"crypto/sha256"
	"encoding/base64"
	"os"
	"strconv"
	"strings"
	"testing"
)

// Every page starts the compile worker from the top of its head, with the
// script the Content-Security-Policy admits by hash, and only once.
func TestEarlyStart(t *testing.T) {
	Register()
	for _, path := range []string{"/", "/presentasi", "/kelas/ABC123"} {
		page := getBody(t, Pages(NewHandler("uji-1"), "../web"), path)
		_, head, ok := strings.Cut(page, "<head>")
		if !ok || !strings.HasPrefix(head, EarlyScript()) {
			t.Errorf("%s: the head does not open with the early start:\n%.300s", path, head)
		}
		if !strings.Contains(page, `<img alt="wasm loader icon" class="goapp-logo goapp-spin" id="app-wasm-loader-icon" loading="lazy" src=`) {
			t.Errorf("%s: go-app's hidden loader icon is fetched at once", path)
		}
		if n := strings.Count(page, "<script>"); n != 1 {
			t.Errorf("%s: %d inline scripts, want the early start only", path, n)
		}
		body := strings.TrimSuffix(strings.TrimPrefix(EarlyScript(), "<script>"), "</script>")
		sum := sha256.Sum256([]byte(body))
		if want := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; EarlyScriptHash() != want {
			t.Errorf("EarlyScriptHash %s, the script hashes to %s", EarlyScriptHash(), want)
		}
	}
	// The script chooses the wasm as app.js does (skWasm), with the same
	// expression for the trainer's routes.
	if !strings.Contains(EarlyScript(), PelatihPathsJS()+`.test(location.pathname) ? "/web/pelatih.wasm" : "/web/app.wasm"`) {
		t.Errorf("the early start picks the wasm differently from app.js:\n%s", EarlyScript())
	}
	// The copy of the compile worker a first visit starts from is the file
	// (after its opening comment, without comment lines) that a page the
	// service worker controls starts.
	file, err := os.ReadFile("../web/wasm-compile.js")
	if err != nil {
		t.Fatal(err)
	}
	_, code, _ := strings.Cut(string(file), "\nonmessage")
	var lines []string
	for _, l := range strings.Split("onmessage"+code, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "//") {
			lines = append(lines, l)
		}
	}
	if strings.Join(lines, "\n") != CompileWorkerJS {
		t.Errorf("CompileWorkerJS differs from web/wasm-compile.js:\n%s", CompileWorkerJS)
	}
	// The rehearsal counts as "ready" when Go set the app's ready mark.
	if !strings.Contains(rehearsalJS(t), strconv.Quote(ReadyMark)) {
		t.Errorf("the compile worker's rehearsal does not look for the ready mark %q", ReadyMark)
	}
	if got := EarlyStart([]byte("<p>tanpa head</p>")); string(got) != "<p>tanpa head</p>" {
		t.Errorf("a page without <head> changed: %s", got)
	}
	twice := EarlyStart(EarlyStart([]byte("<html><head></head></html>")))
	if strings.Count(string(twice), "<script>") != 1 {
		t.Errorf("EarlyStart twice put the script in twice: %s", twice)
	}
}

// The rehearsal's make-believe window lets through only language built-ins,
// timers, MessageChannel and performance: nothing that reaches the network,
// storage, other tabs or the page.
func TestRehearsalStageKeepsToItself(t *testing.T) {
	_, rest, ok := strings.Cut(rehearsalJS(t), "const real = new Set([")
	list, _, ok2 := strings.Cut(rest, "]);")
	if !ok || !ok2 {
		t.Fatal("the compile worker has no list of real globals (const real = new Set([…]))")
	}
	real := map[string]bool{}
	for _, name := range strings.Split(list, ",") {
		real[strings.Trim(strings.TrimSpace(name), `"`)] = true
	}
	for _, name := range []string{"fetch", "XMLHttpRequest", "WebSocket", "EventSource", "indexedDB", "caches", "localStorage", "sessionStorage", "BroadcastChannel", "navigator", "postMessage", "importScripts", "close", "Worker", "document", "location", "self", "globalThis"} {
		if real[name] {
			t.Errorf("the rehearsal's window hands Go the real %s", name)
		}
	}
	for _, name := range []string{"MessageChannel", "setTimeout", "performance", "Uint8Array"} {
		if !real[name] {
			t.Errorf("the rehearsal's window lacks the real %s Go's start needs", name)
		}
	}
}

// rehearsalJS is web/wasm-rehearse.js, the rehearsal the compile worker
// loads on a return visit.
func rehearsalJS(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../web/wasm-rehearse.js")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
