#!/usr/bin/env bash
# Builds the edge worker for wrangler into build/worker (run from the repository
# root; wrangler.toml's build command and `make worker-build` both call it):
# the JS glue from syumai/workers in Go mode (TinyGo is not used), then the Go
# wasm. encoding/json is the domain's JSON seam in js/wasm: goccy/go-json
# would put the worker at ~2.9 MB gzip, against ~2.0 MB, under the free plan's
# 3 MiB compressed limit either way but with no room left.
set -euo pipefail
GO=${GO:-go}
OUT=${WORKER_BUILD:-build/worker}
export GOFLAGS=${GOFLAGS:--mod=mod}
"$GO" run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o "$OUT"
# WORKER_TAGS: extra build tags; the tests use "workertest" (worker/testroute.go).
GOOS=js GOARCH=wasm "$GO" build -tags="${WORKER_TAGS:-}" -trimpath -ldflags='-s -w' -o "$OUT/app.wasm" ./worker/cmd/worker
mkdir -p build/site # wrangler wants the assets folder to exist, even before the PWA is built
echo "worker wasm: $(stat -c%s "$OUT/app.wasm") bytes raw, $(gzip -9 -c "$OUT/app.wasm" | wc -c) bytes gzip (free plan: 3 MiB compressed)" >&2
