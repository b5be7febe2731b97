// Compiles app.wasm (or pelatih.wasm) off the page's main thread (see
// app/startscript.go): the page posts the file's address, the worker fetches
// it — through the service worker when the page has one — compiles it as it
// streams in and posts the WebAssembly.Module back, or an error text.
onmessage = async (event) => {
  try {
    postMessage(await WebAssembly.compileStreaming(fetch(event.data)));
  } catch (err) {
    postMessage(String(err));
  }
};
