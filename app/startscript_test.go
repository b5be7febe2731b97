//go:build !wasm

package app

import (
	"strings"
	"testing"
)

// The app.js the server sends hands app.wasm to the streaming compiler
// without go-app's progress stream and starts Go in a task of its own.
func TestStartScript(t *testing.T) {
	stock := getBody(t, NewHandler("uji-1"), "/app.js")
	if !strings.Contains(stock, `fetchWithProgress("/web/app.wasm", showProgress)`) {
		t.Fatal("go-app's app.js no longer fetches app.wasm through fetchWithProgress; StartScript's anchors need a look")
	}
	js := getBody(t, Pages(NewHandler("uji-1"), "../web"), "/app.js")
	if strings.Contains(js, `fetchWithProgress("/web/app.wasm"`) {
		t.Error("served app.js still pumps app.wasm through the progress stream")
	}
	compile := strings.Index(js, `const wasm = await skInstantiate(skWasm("/web/app.wasm"),`)
	if !strings.Contains(js, "async function skInstantiate(url, importObject)") || !strings.Contains(js, `new Worker("/web/wasm-compile.js")`) {
		t.Error("served app.js lacks the worker compile")
	}
	yield := strings.Index(js, "await new Promise((resolve) => setTimeout(resolve));\n    go.run(wasm.instance);")
	if compile < 0 || yield < compile {
		t.Errorf("served app.js: compile at %d, yield before go.run at %d:\n%s", compile, yield, js[strings.Index(js, "async function goappInitWebAssembly"):])
	}
	if !strings.Contains(js, "go.run(wasm.instance);\n    skAfterReady(() => { skLinkClicksOnly(); goappInitServiceWorker(); });") || strings.Contains(js, "\ngoappInitServiceWorker();\n") {
		t.Error("served app.js registers its service worker before the first screen works")
	}
	if _, err := StartScript([]byte("go.run(wasm.instance);")); err == nil {
		t.Error("StartScript accepted a script without go-app's wasm start")
	}
}
