//go:build !wasm

package app

import (
	"bytes"
	"fmt"
	"regexp"
)

// go-app's app.js reads app.wasm through a JavaScript stream only to count
// the bytes for its "Memuat n%" label, and runs Go in the same browser task
// that finishes the compile. On a phone the byte pumping is tens of
// milliseconds of main-thread work, and the task from the last byte to the
// first screen is one long task that blocks taps (Lighthouse's Total
// Blocking Time). We show a thin progress line, not a percentage, so
// StartScript gives the response to the browser's streaming compiler
// directly, which compiles off the main thread, and lets the browser paint
// and handle input once between the compile and Go's start. Go then yields
// again between its own start-up steps (see yieldToBrowser).

var (
	// wasmFetch is go-app's fetch of app.wasm with its progress stream.
	wasmFetch = regexp.MustCompile(`fetchWithProgress\(("[^"]+"), showProgress\)`)
	// goRun is the start of Go once the module is instantiated.
	goRun = []byte("\n    go.run(wasm.instance);\n")
)

// StartScript rewrites go-app's app.js: app.wasm goes straight to
// WebAssembly.instantiateStreaming, and Go starts in a task of its own. It
// fails when go-app's script no longer has the lines it rewrites, so an
// upgrade of go-app cannot silently drop the change.
func StartScript(js []byte) ([]byte, error) {
	if !wasmFetch.Match(js) || bytes.Count(js, goRun) != 1 {
		return nil, fmt.Errorf("app.js: go-app's wasm start is not where StartScript expects it")
	}
	js = wasmFetch.ReplaceAll(js, []byte("fetch($1)"))
	return bytes.Replace(js, goRun, []byte("\n    await new Promise((resolve) => setTimeout(resolve));\n    go.run(wasm.instance);\n"), 1), nil
}
