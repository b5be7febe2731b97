# worker/worker.mk — the edge worker (included by the top Makefile).
#
# worker-test    contract suite natively and under wrangler dev (workerd + local D1),
#                privacy tests, short fuzz, short load test
# worker-bench   p50/p99 of share create/read and class view (native, wrangler dev),
#                instance start, wasm size
# worker-build   build/worker/{app.wasm,worker.mjs,...} for wrangler
# worker-dev     the worker under wrangler dev on 127.0.0.1:$(WORKER_PORT), local D1
# worker-deploy  apply D1 migrations remotely and wrangler deploy (needs a Cloudflare login)
# load           10 000 requests, 50 concurrent, against the native server; read everything back

.PHONY: worker-test worker-bench worker-build worker-dev worker-deploy worker-deps load

WORKER_BUILD   := build/worker
WORKER_PORT    ?= 8787
# Execution counts, not durations (see DOMAIN_FUZZTIME in the top Makefile:
# golang/go#75804). About 5-10 s each on this machine.
WORKER_FUZZ_DECODE  ?= 60000x
WORKER_FUZZ_HANDLER ?= 50000x
# Wrangler is pinned in worker/package.json (4.86.0 runs on Node 20). Never
# telemetry, never the network for cf metadata, no banner.
WRANGLER_ENV   := WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_HIDE_BANNER=true
WRANGLER_BIN   := worker/node_modules/.bin/wrangler
WRANGLER       := $(WRANGLER_ENV) $(WRANGLER_BIN)
# One state dir per wrangler version, so two versions never share local D1 state.
WRANGLER_STATE := build/wrangler-state/$(shell node -p 'require("./worker/package.json").devDependencies.wrangler' 2>/dev/null || echo unknown)

worker-deps: $(WRANGLER_BIN)
$(WRANGLER_BIN): worker/package.json worker/package-lock.json
	cd worker && npm ci --no-audit --no-fund
	touch $@

## worker-build: the worker wasm (Go, js/wasm, encoding/json seam) and its JS glue
worker-build:
	GO=$(GO) WORKER_BUILD=$(WORKER_BUILD) worker/build.sh

## worker-test: contract suite (native + wrangler dev), privacy, short fuzz, short load
worker-test: worker-deps
	$(GO) test -count=1 -timeout=15m ./worker/...
	$(GO) test -count=1 -run=NONE -fuzz=FuzzDecodeRequest -fuzztime=$(WORKER_FUZZ_DECODE) ./worker/
	$(GO) test -count=1 -run=NONE -fuzz=FuzzHandler -fuzztime=$(WORKER_FUZZ_HANDLER) ./worker/

## worker-bench: latency, start time and size
worker-bench: worker-deps
	$(GO) test -count=1 -run=NONE -bench=. -benchtime=500x -timeout=15m ./worker/

## worker-dev: wrangler dev on 127.0.0.1 with local D1 (migrations applied first)
worker-dev: worker-deps
	mkdir -p build/site
	$(WRANGLER) d1 migrations apply DB --local --persist-to $(WRANGLER_STATE)
	$(WRANGLER) dev --local --ip 127.0.0.1 --port $(WORKER_PORT) --persist-to $(WRANGLER_STATE) --show-interactive-dev-session=false

## worker-deploy: production deploy (needs `wrangler login` and a real database_id)
worker-deploy: worker-deps app-site
	$(WRANGLER) d1 migrations apply DB --remote
	$(WRANGLER) deploy

## load: bounded load test — 10 000 requests, 50 concurrent, native server on loopback
load:
	WORKER_LOAD_REQUESTS=10000 WORKER_LOAD_CONCURRENCY=50 $(GO) test -count=1 -run='^TestLoad$$' -v -timeout=10m ./worker/
