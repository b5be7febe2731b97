// The rehearsal of Go's start that the compile worker (web/wasm-compile.js)
// runs on a return visit; app/earlystart.go says why and what it gains. It
// is a script of its own, loaded by that worker only then, so that every
// page does not carry it inline with its copy of the compile worker.
//
// V8 compiles a wasm function when it is first called, on the thread that
// calls it, and the compiled code belongs to the module the page and this
// worker share: running the start here first compiles it here, not on the
// page's main thread. Nothing the rehearsal does reaches the page, its
// storage or the network: Go sees a window of stand-ins and a copy of the
// page's local storage in memory, and its output (a panic's first lines)
// goes into the report ({rehearsal: "ready" | "stopped", ms}), not the
// console.

// rehearse runs the module's start on a make-believe window at job.page and,
// once Go waits for events, taps the first toggle button it rendered (or
// else the first button), so that an answer to a tap is compiled too.
async function rehearse(module, job) {
  if (!self.skStorage) {
    await new Promise((resolve) => {
      self.skStored = resolve;
      setTimeout(resolve, 1000);
    });
  }
  const t0 = performance.now();
  const stage = makeStage(job.page, self.skStorage || {});
  let output = "";
  const fs = Object.assign({}, self.fs, {
    writeSync(fd, buf) {
      output = (output + new TextDecoder().decode(buf)).slice(0, 600);
      return buf.length;
    },
    write(fd, buf, offset, length, position, callback) {
      callback(null, this.writeSync(fd, buf.subarray(offset, offset + length)));
    },
  });
  try {
    const go = new Go();
    go.exit = () => {};
    const instance = await WebAssembly.instantiate(module, go.importObject);
    // wasm_exec.js hands Go globalThis as js.Global(); from here on that is
    // the stage. The worker's own code keeps using self.
    self.fs = fs;
    self.globalThis = stage.window;
    go.run(instance);
    await stage.idle();
    const button = stage.elements.find((el) => el.tag === "BUTTON" && el.attrs.get("aria-pressed") === "false" && el.listeners.click) ||
      stage.elements.find((el) => el.tag === "BUTTON" && el.listeners.click);
    if (button) {
      button.listeners.click.forEach((fn) => fn(stage.event(button)));
      await stage.idle();
    }
    const ready = performance.getEntriesByName("simkinerja-ready").length > 0;
    return { rehearsal: ready && !go.exited ? "ready" : "stopped", ms: Math.round(performance.now() - t0), tapped: !!button, note: go.exited ? output : "" };
  } catch (err) {
    return { rehearsal: "stopped", ms: Math.round(performance.now() - t0), note: String(err).slice(0, 200) };
  }
}

// makeStage builds the make-believe window: real language built-ins,
// timers, MessageChannel and performance; local storage as a copy in
// memory; everything else a stand-in that takes any call and gives
// another stand-in. Elements remember their tag, attributes, properties
// and listeners.
function makeStage(href, stored) {
  const numbers = new Set(["length", "nodeType", "innerWidth", "innerHeight", "outerWidth", "outerHeight", "scrollX", "scrollY", "pageXOffset", "pageYOffset", "offsetHeight", "offsetWidth", "offsetTop", "offsetLeft", "clientHeight", "clientWidth", "scrollTop", "scrollLeft", "scrollHeight", "scrollWidth", "devicePixelRatio", "selectionStart", "selectionEnd", "selectedIndex", "childElementCount", "clientX", "clientY", "pageX", "pageY", "screenX", "screenY", "button", "buttons", "detail", "timeStamp", "which", "keyCode"]);
  const booleans = new Set(["matches", "checked", "disabled", "hidden", "isConnected", "onLine", "open", "defaultPrevented", "persisted"]);
  const nulls = new Set(["getElementById", "querySelector", "closest"]);
  const elements = [];
  const standIn = (node) =>
    new Proxy(function () {}, {
      get(target, key) {
        if (typeof key === "symbol") return undefined;
        if (node && node.props.has(key)) return node.props.get(key);
        if (node) {
          switch (key) {
            case "tagName": case "nodeName": return node.tag;
            case "setAttribute": return (k, v) => node.attrs.set(String(k), String(v));
            case "getAttribute": return (k) => (node.attrs.has(String(k)) ? node.attrs.get(String(k)) : null);
            case "hasAttribute": return (k) => node.attrs.has(String(k));
            case "removeAttribute": return (k) => node.attrs.delete(String(k));
            case "addEventListener": return (type, fn) => { (node.listeners[type] = node.listeners[type] || []).push(fn); };
            case "removeEventListener": return (type, fn) => { node.listeners[type] = (node.listeners[type] || []).filter((f) => f !== fn); };
          }
        }
        if (numbers.has(key)) return 0;
        if (booleans.has(key)) return false;
        if (nulls.has(key)) return () => null;
        if (key === "createElement" || key === "createElementNS") return (a, b) => element(String(b === undefined ? a : b));
        if (key === "createTextNode") return (text) => element("#text", text);
        return standIn(null);
      },
      set(target, key, value) {
        if (node) node.props.set(key, value);
        return true;
      },
      has: () => true,
      apply: () => standIn(null),
      construct: () => standIn(null),
    });
  const element = (tag, text) => {
    const node = { tag: tag.toUpperCase(), attrs: new Map(), props: new Map(), listeners: {} };
    if (text !== undefined) node.props.set("nodeValue", String(text));
    node.proxy = standIn(node);
    elements.push(node);
    return node.proxy;
  };
  const items = new Map(Object.entries(stored));
  const storage = {
    getItem: (k) => (items.has(String(k)) ? items.get(String(k)) : null),
    setItem: (k, v) => { items.set(String(k), String(v)); },
    removeItem: (k) => { items.delete(String(k)); },
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    get length() { return items.size; },
  };
  const page = new URL(href);
  const location = { href: page.href, origin: page.origin, protocol: page.protocol, host: page.host, hostname: page.hostname, port: page.port, pathname: page.pathname, search: page.search, hash: page.hash, assign() {}, replace() {}, reload() {} };
  const real = new Set(["Object", "Array", "Uint8Array", "Uint8ClampedArray", "Int8Array", "Int16Array", "Int32Array", "Uint16Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt", "ArrayBuffer", "DataView", "String", "Number", "Boolean", "Symbol", "Math", "JSON", "Date", "Error", "TypeError", "RangeError", "Promise", "Map", "Set", "WeakMap", "Reflect", "Proxy", "RegExp", "URL", "URLSearchParams", "TextEncoder", "TextDecoder", "Intl", "NaN", "Infinity", "isNaN", "isFinite", "parseInt", "parseFloat", "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "queueMicrotask", "MessageChannel", "performance", "crypto", "fs", "process"]);
  const document = element("#document");
  for (const [part, tag] of [["documentElement", "html"], ["head", "head"], ["body", "body"]]) {
    elements[0].props.set(part, element(tag));
  }
  const window = new Proxy(self, {
    get(target, key) {
      switch (key) {
        case "window": case "self": case "globalThis": case "top": case "parent": return window;
        case "document": return document;
        case "location": return location;
        case "localStorage": case "sessionStorage": return storage;
      }
      if (typeof key === "string" && real.has(key)) {
        const v = Reflect.get(target, key);
        return typeof v === "function" && !/^[A-Z]/.test(key) ? v.bind(target) : v;
      }
      return typeof key === "symbol" ? undefined : standIn(null);
    },
    set(target, key, value) {
      if (key === "fs") return Reflect.set(target, key, value);
      return true;
    },
    has: () => true,
  });
  // idle resolves once Go has waited for events for a few turns of the
  // event loop (its start yields to the browser between steps).
  const idle = () =>
    new Promise((resolve) => {
      let quiet = 0;
      const check = () => {
        const busy = performance.now();
        setTimeout(() => {
          quiet = performance.now() - busy < 20 ? quiet + 1 : 0;
          quiet >= 5 ? resolve() : check();
        }, 10);
      };
      check();
    });
  const event = (target) => new Proxy(standIn(null), {
    get(t, key) {
      if (key === "target" || key === "currentTarget" || key === "srcElement") return target;
      if (key === "type") return "click";
      return Reflect.get(t, key);
    },
  });
  return { window, elements, idle, event };
}
