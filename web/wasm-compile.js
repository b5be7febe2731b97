// Compiles app.wasm (or pelatih.wasm) off the page's main thread (see
// app/startscript.go): the page posts the file's address and its own, the
// worker fetches the file — through the service worker when the page has
// one — compiles it as it streams in and posts back the WebAssembly.Module
// with the fetch's timing (times since 1970 in ms; the page's resource timing
// cannot see this fetch), or an error text.
//
// On a return visit (the page asks for it: job.rehearse) it then rehearses
// Go's start on a make-believe page (web/wasm-rehearse.js, loaded only
// then; app/earlystart.go says why). The page sends its storage in a second
// message ({storage}) once its own script runs; the rehearsal waits for it
// (1 s at most), and the copy stays in this worker's memory. The worker
// reports how far the rehearsal got and the page ends it.
//
// A page the service worker controls names the job in the worker's name
// instead: the worker starts on it as soon as it runs, without waiting for
// a message, which the browser hands over only once the page's busy main
// thread gets to it.
onmessage = (event) => {
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
    // Go's glue (the page loads the same file) and the rehearsal's script
    // (web/wasm-rehearse.js) while app.wasm streams in.
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
