//go:build !wasm

package app

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"strconv"
)

// EarlyScript starts the compile worker (web/wasm-compile.js) from the top
// of <head>, as soon as the page's first bytes are parsed, instead of from
// app.js, which runs only after the whole pre-rendered page is parsed and
// the deferred scripts are in. On a slow link that is two round trips and
// the page's parse earlier for the longest download, the wasm; app.js picks
// the worker up (skInstantiate) when it names the same file. It makes the
// same choices as app.js: no wasm for a bot or ?wasm=false (go-app's
// goappCanLoadWebAssembly), the wasm of the page's own route (skWasm). It is
// inline, so the Content-Security-Policy admits it by its hash
// (EarlyScriptHash).
func EarlyScript() string { return earlyScript }

// EarlyScriptHash is EarlyScript's CSP source expression ('sha256-…').
func EarlyScriptHash() string {
	sum := sha256.Sum256([]byte(earlyScriptBody))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// CompileWorkerJS is web/wasm-compile.js, the compile worker's script, which
// EarlyScript carries for a first visit (a test keeps the two the same).
const CompileWorkerJS = `onmessage = async (event) => {
  try {
    const module = await WebAssembly.compileStreaming(fetch(event.data));
    const e = performance.getEntriesByName(event.data)[0];
    const at = (t) => (e && t ? performance.timeOrigin + t : 0);
    postMessage({ module, requested: at(e && e.startTime), fetched: at(e && e.responseEnd), bytes: e ? e.transferSize : 0 });
  } catch (err) {
    postMessage(String(err));
  }
};
`

var (
	earlyScriptBody = `(() => {
  try {
    if (/bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent) || new URLSearchParams(location.search).get("wasm") === "false" || !window.Worker) return;
    const url = new URL(` + PelatihPathsJS() + `.test(location.pathname) ? ` + strconv.Quote(Pelatih.Wasm()) + ` : ` + strconv.Quote(Guru.Wasm()) + `, location.href).href;
    // A first visit has no service worker, and the compile worker's own
    // script would be one more request on the slow link before app.wasm's:
    // the worker then starts from this page's copy of it. A page the
    // service worker controls takes the file, which that worker answers
    // from its cache, so that app.wasm comes from the cache too.
    const controlled = navigator.serviceWorker && navigator.serviceWorker.controller;
    document.documentElement.setAttribute("data-wasm-worker", controlled ? "file" : "blob");
    const worker = new Worker(controlled ? "/web/wasm-compile.js" : URL.createObjectURL(new Blob([` + strconv.Quote(CompileWorkerJS) + `], { type: "text/javascript" })));
    const p = new Promise((resolve, reject) => {
      worker.onmessage = (event) => { worker.terminate(); resolve(event.data); };
      worker.onerror = (event) => { worker.terminate(); reject(new Error(event.message)); };
    });
    p.catch(() => {});
    worker.postMessage(url);
    window.skEarly = { url, p };
  } catch (err) {}
})();`
	earlyScript = "<script>" + earlyScriptBody + "</script>"
)

// EarlyStart puts EarlyScript first in the page's <head>, and marks go-app's
// loader icon, which the loader's style hides, loading="lazy": a hidden
// image is then not fetched, and on a slow link its request no longer holds
// one of the few connections the browser opens to the server while app.wasm
// waits for one. A page without a <head> start tag is returned as it was.
func EarlyStart(page []byte) []byte {
	head := []byte("<head>")
	i := bytes.Index(page, head)
	if i < 0 || bytes.Contains(page, []byte(earlyScript)) {
		return page
	}
	i += len(head)
	out := make([]byte, 0, len(page)+len(earlyScript))
	out = append(append(append(out, page[:i]...), earlyScript...), page[i:]...)
	return bytes.Replace(out, []byte(` id="app-wasm-loader-icon" src=`), []byte(` id="app-wasm-loader-icon" loading="lazy" src=`), 1)
}
