//go:build !wasm

package app

import (
	"bytes"
	"fmt"
	"regexp"
)

// go-app's app.js reads app.wasm through a JavaScript stream only to count
// the bytes for its "Memuat n%" label, compiles on the page's main thread
// and runs Go in the same browser task that finishes the compile. On a
// phone the byte pumping and the end of the compile are tens of
// milliseconds each, and the task from the last byte to the first screen
// is one long task that blocks taps (Lighthouse's Total Blocking Time). We
// show a thin progress line, not a percentage, so StartScript has a
// dedicated worker (web/wasm-compile.js) fetch the wasm — through the
// service worker, which controls the worker as it controls the page — and
// compile it as it streams in; the module comes back to the page. Handing
// the page's own response body to the worker instead was measured worse:
// the page's main thread then pipes every chunk across (Lighthouse mobile
// 75 against 88, medians of three alternating runs). StartScript also lets
// the browser paint and handle input once between the compile and Go's
// start. Go then yields again between its own start-up steps (see
// yieldToBrowser). Where a worker cannot compile, the page compiles as
// before.

var (
	// wasmFetch is go-app's compile of app.wasm fetched through its
	// progress stream.
	wasmFetch = regexp.MustCompile(`instantiateStreaming\(\s*fetchWithProgress\(("[^"]+"), showProgress\),`)
	// goRun is the start of Go once the module is instantiated.
	goRun = []byte("\n    go.run(wasm.instance);\n")
	// swAtStart is the service worker's registration as the script starts.
	swAtStart = []byte("\ngoappInitServiceWorker();\n")
)

// StartScript rewrites go-app's app.js: app.wasm is compiled in a worker as
// it arrives, Go starts in a task of its own, and the service worker is
// registered only once the first screen works: its install fetches every
// route and icon for offline use (about 100 KB), which on a first visit
// over a slow link would otherwise share the link with app.wasm, and then
// the CPU with Go's start (on a later visit the page is already
// controlled). It
// fails when go-app's script no longer has the lines it rewrites, so an
// upgrade of go-app cannot silently drop the change.
func StartScript(js []byte) ([]byte, error) {
	if !wasmFetch.Match(js) || bytes.Count(js, goRun) != 1 || bytes.Count(js, swAtStart) != 1 {
		return nil, fmt.Errorf("app.js: go-app's wasm start is not where StartScript expects it")
	}
	js = wasmFetch.ReplaceAll(js, []byte("skInstantiate($1,"))
	js = bytes.Replace(js, swAtStart, []byte("\n"), 1)
	js = bytes.Replace(js, goRun, []byte("\n    await new Promise((resolve) => setTimeout(resolve));\n    go.run(wasm.instance);\n    skAfterReady(() => { skLinkClicksOnly(); goappInitServiceWorker(); });\n"), 1)
	return append(js, compileInWorker...), nil
}

// compileInWorker is the function the rewritten start calls instead of
// instantiateStreaming(fetch(url)). The module comes back to the page and
// is instantiated here: instantiating copies the data segments and is
// short; the compile is what took the main thread. The page's root element
// says which wasm it runs (data-wasm) and which way it was compiled
// (data-wasm-compile="worker" or "page"; "failed" when it could not be had)
// and where the worker was started (data-wasm-start="head", by EarlyScript,
// or "app.js"), for the browser tests and for anyone looking at a slow start.
const compileInWorker = `
// -----------------------------------------------------------------------------
// simkinerja: app.wasm compiled in a worker (app/startscript.go)
// -----------------------------------------------------------------------------
async function skInstantiate(url, importObject) {
  const root = document.documentElement, abs = new URL(url, location.href).href;
  root.setAttribute("data-wasm", new URL(abs).pathname);
  try {
    // The page's head may have started the worker already (EarlyScript in
    // app/earlystart.go); it is used when it compiles this same file.
    const early = window.skEarly;
    window.skEarly = null;
    root.setAttribute("data-wasm-start", early && early.url === abs ? "head" : "app.js");
    if (early && early.url === abs && early.rehearse) {
      // The worker rehearses Go's start from the drafts this device holds
      // (web/wasm-rehearse.js); the copy stays in its memory.
      const storage = {};
      try {
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i);
          storage[key] = localStorage.getItem(key);
        }
      } catch (err) {}
      early.worker.postMessage({ storage });
    }
    const d = await (early && early.url === abs ? early.p : new Promise((resolve, reject) => {
      const worker = new Worker("/web/wasm-compile.js");
      worker.onmessage = (event) => {
        worker.terminate();
        resolve(event.data);
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(event.message));
      };
      worker.postMessage(abs);
    }));
    if (!(d && d.module instanceof WebAssembly.Module)) {
      throw new Error(d);
    }
    skMarkFetch(d);
    const module = d.module;
    root.setAttribute("data-wasm-compile", "worker");
    return { instance: await WebAssembly.instantiate(module, importObject) };
  } catch (err) {
    console.warn("compiling the wasm in a worker failed, compiling here:", err);
    document.documentElement.setAttribute("data-wasm-compile", "page");
    try {
      if (WebAssembly.instantiateStreaming) {
        return await WebAssembly.instantiateStreaming(fetch(url), importObject);
      }
      return await WebAssembly.instantiate(await (await fetch(url)).arrayBuffer(), importObject);
    } catch (err) {
      skLoadFailed();
      throw err;
    }
  }
}

// skLoadFailed says so on the page when the wasm cannot be had: typically a
// page of pelatih.wasm opened offline before its first online visit. The
// pre-rendered screen stays readable; its buttons would not answer, so the
// notice comes first and the loading line goes.
function skLoadFailed() {
  document.documentElement.setAttribute("data-wasm-compile", "failed");
  const loader = document.getElementById("app-wasm-loader");
  if (loader) {
    loader.remove();
  }
  const box = document.createElement("section");
  box.className = "notice error";
  box.setAttribute("role", "alert");
  box.setAttribute("data-testid", "wasm-gagal");
  box.innerHTML = '<h2>Halaman ini belum tersimpan di perangkat</h2>' +
    '<p>Bagian aplikasi untuk halaman ini belum pernah diunduh dan tidak dapat diunduh sekarang. ' +
    'Sambungkan ke internet, lalu muat ulang halaman. Draf Anda tetap tersimpan, dan layar yang sudah pernah dibuka tetap bekerja luring.</p>' +
    '<p><a class="button" href="/">Ke Beranda</a></p>';
  const main = document.getElementById("isi") || document.body;
  main.prepend(box);
}

// skAfterReady runs f once the app marks itself ready (data-app="ready" on
// the root element, set when the first screen is mounted), or after 10 s at
// the latest: work that can wait stays out of the start-up.
function skAfterReady(f) {
  const root = document.documentElement;
  let done = false;
  const observer = new MutationObserver(() => ready());
  const run = () => {
    if (!done) {
      done = true;
      observer.disconnect();
      f();
    }
  };
  const ready = () => {
    if (root.getAttribute("data-app") === "ready") {
      run();
    }
  };
  observer.observe(root, { attributes: true, attributeFilter: ["data-app"] });
  ready();
  setTimeout(run, 10000);
}

// skLinkClicksOnly lets only a click inside a link reach go-app's click
// handler on window (window.onclick, set as Go starts), which turns a click
// on a link into an in-page navigation and ignores every other click. That
// handler is Go: each call into Go costs a phone a few milliseconds, and
// every tap on a button paid them before its own answer.
function skLinkClicksOnly() {
  const goapp = window.onclick;
  if (typeof goapp !== "function") {
    return;
  }
  window.onclick = (event) => {
    const t = event.target;
    if (t && t.closest && t.closest("a")) {
      return goapp(event);
    }
  };
}

// skMarkFetch puts the worker's fetch of the wasm on the page's timeline
// (marks "wasm-requested" and "wasm-fetched", the bytes on the wire in the
// latter's detail), where start-up measurements look for it.
function skMarkFetch(d) {
  if (!d.requested || !d.fetched) {
    return;
  }
  performance.mark("wasm-requested", { startTime: d.requested - performance.timeOrigin });
  performance.mark("wasm-fetched", { startTime: d.fetched - performance.timeOrigin, detail: { bytes: d.bytes } });
}
`
