// Compiles app.wasm off the page's main thread (see app/startscript.go): the
// page fetches app.wasm itself (through its service worker, on its own
// network) and hands the response body over as it streams in; the module
// goes back to the page, or an error text.
onmessage = async (event) => {
  try {
    const response = new Response(event.data, { headers: { "Content-Type": "application/wasm" } });
    postMessage(await WebAssembly.compileStreaming(response));
  } catch (err) {
    postMessage(String(err));
  }
};
