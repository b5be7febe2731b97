// Compiles app.wasm (or pelatih.wasm) off the page's main thread (see
// app/startscript.go): the page posts the file's address, the worker fetches
// it — through the service worker when the page has one — compiles it as it
// streams in and posts back the WebAssembly.Module with the fetch's timing
// (times since 1970 in ms; the page's resource timing cannot see this fetch),
// or an error text.
onmessage = async (event) => {
  try {
    const module = await WebAssembly.compileStreaming(fetch(event.data));
    const e = performance.getEntriesByName(event.data)[0];
    const at = (t) => (e && t ? performance.timeOrigin + t : 0);
    postMessage({ module, requested: at(e && e.startTime), fetched: at(e && e.responseEnd), bytes: e ? e.transferSize : 0 });
  } catch (err) {
    postMessage(String(err));
  }
};
