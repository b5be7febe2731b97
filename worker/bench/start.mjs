// Measures what every Workers request pays before Go sees it: instantiating
// the worker wasm and running the Go runtime and main() until workers.Ready,
// exactly as build/worker/worker.mjs does per request (the compiled module is
// cached, as workerd caches it). Then one GET /api/health through the same
// instance, which lets it exit. Node and workerd share V8, so the figure is
// the instance start cost on the same engine, without wrangler's proxy.
//
// usage: node worker/bench/start.mjs <build dir> [iterations]
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const dir = path.resolve(process.argv[2] ?? "build/worker");
const iterations = Number(process.argv[3] ?? 30);
await import(pathToFileURL(path.join(dir, "wasm_exec.js")).href);

globalThis.tryCatch = (fn) => {
  try {
    return { result: fn() };
  } catch (e) {
    return { error: e };
  }
};

const t0 = performance.now();
const mod = await WebAssembly.compile(fs.readFileSync(path.join(dir, "app.wasm")));
const compileMs = performance.now() - t0;

const start = [];
const total = [];
for (let i = 0; i < iterations; i++) {
  const began = performance.now();
  const go = new Go();
  let ready;
  const readyPromise = new Promise((r) => (ready = r));
  const instance = await WebAssembly.instantiate(mod, { ...go.importObject, workers: { ready: () => ready() } });
  const binding = {};
  // env.DB only has to exist: health never queries it.
  go.run(instance, { env: { DB: {}, WRITE_LIMIT: "120" }, ctx: {}, binding });
  await readyPromise;
  start.push(performance.now() - began);
  const res = await binding.handleRequest(new Request("http://127.0.0.1/api/health"));
  const body = await res.text();
  if (res.status !== 200 || !body.includes("ok")) throw new Error(`health: ${res.status} ${body}`);
  total.push(performance.now() - began);
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
};
console.log(JSON.stringify({
  compile_ms: compileMs,
  start_p50_ms: pct(start, 50),
  start_p99_ms: pct(start, 99),
  health_total_p50_ms: pct(total, 50),
  iterations,
}));
