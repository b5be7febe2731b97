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
//
// On a return visit (the page is controlled by the service worker) the
// worker stays on after the module is handed over: it rehearses Go's start
// on a make-believe page (web/wasm-rehearse.js, which the worker loads only
// then). V8 compiles each wasm function lazily, at its first call, on the
// calling thread, and the compiled code is the module's, shared by the page
// and the worker; the page's main thread was compiling about 2,000
// functions on the way to the first screen and its first tap. After the
// rehearsal it compiles about 60 (V8's trace, warm load, 4× slower CPU), and
// make bench's warm time to a working calculator went from 1.67 × to
// 1.27–1.28 × the bare app's mount. The cost is a second, short-lived Go
// instance in the worker (its own memory, ended by the page after the
// report or 20 s). A first visit is not rehearsed: in Lighthouse's runs on a
// 2-core machine the second Go start took the CPU from the page's own
// (Lighthouse 97 → 85), while the phone profile's cold load gained little
// (1.06 × → 1.04 ×). The rehearsal starts from a copy of the page's local
// storage, which app.js sends (skInstantiate), so that it loads the drafts
// this device holds; the copy stays in the worker's memory. The page
// records the report in data-wasm-rehearsal.
func EarlyScript() string { return earlyScript }

// EarlyScriptHash is EarlyScript's CSP source expression ('sha256-…').
func EarlyScriptHash() string {
	sum := sha256.Sum256([]byte(earlyScriptBody))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// CompileWorkerJS is web/wasm-compile.js, the compile worker's script, which
// EarlyScript carries for a first visit, without its comments (a test keeps
// the two the same).
const CompileWorkerJS = `onmessage = (event) => {
  if (event.data && event.data.storage) {
    self.skStorage = event.data.storage;
    if (self.skStored) self.skStored();
    return;
  }
  compile(typeof event.data === "string" ? { wasm: event.data } : event.data);
};
if (self.name) {
  compile(JSON.parse(self.name));
}
async function compile(job) {
  let module;
  try {
    const response = fetch(job.wasm);
    if (job.rehearse) {
      try {
        importScripts(new URL("/wasm_exec.js", job.page).href, new URL("/web/wasm-rehearse.js", job.page).href);
      } catch (err) {}
    }
    module = await WebAssembly.compileStreaming(response);
    const e = performance.getEntriesByName(job.wasm)[0];
    const at = (t) => (e && t ? performance.timeOrigin + t : 0);
    postMessage({ module, requested: at(e && e.startTime), fetched: at(e && e.responseEnd), bytes: e ? e.transferSize : 0 });
  } catch (err) {
    postMessage(String(err));
    return;
  }
  if (job.rehearse && self.Go && self.rehearse) {
    rehearse(module, job).then((report) => postMessage(report));
  }
}
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
    // On a return visit the worker answers twice: the module, then how its
    // rehearsal of Go's start went; it ends after that, or after 20 s.
    const rehearse = !!controlled;
    const job = { wasm: url, page: location.href, rehearse };
    // The file's worker reads its job from its name (see the file) and
    // starts before a message could reach it; the page's copy gets a message.
    const worker = controlled ? new Worker("/web/wasm-compile.js", { name: JSON.stringify(job) }) : new Worker(URL.createObjectURL(new Blob([` + strconv.Quote(CompileWorkerJS) + `], { type: "text/javascript" })));
    const end = () => worker.terminate();
    setTimeout(end, 20000);
    const p = new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        if (event.data && event.data.rehearsal) {
          document.documentElement.setAttribute("data-wasm-rehearsal", event.data.rehearsal);
          if (event.data.rehearsal !== "ready") console.debug("simkinerja: rehearsal", event.data);
          end();
          return;
        }
        resolve(event.data);
        if (!rehearse) end();
      };
      worker.onerror = (event) => { end(); reject(new Error(event.message)); };
    });
    p.catch(end);
    if (!controlled) worker.postMessage(job);
    // app.js sends the page's storage (skInstantiate), not this script:
    // the first read of local storage can wait on the browser, and the
    // page's first paint should not.
    window.skEarly = { url, p, worker, rehearse };
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
