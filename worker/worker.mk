# worker/worker.mk — the edge worker (included by the top Makefile).
#
# worker-test    contract suite natively and under wrangler dev (workerd + local D1),
#                privacy tests, short fuzz, short load test, bundle size
# worker-size    wrangler deploy --dry-run; fails above the free plan's 3 MiB gzip
# worker-bench   p50/p99 of share create/read and class view (native, wrangler dev),
#                instance start, wasm size
# worker-build   build/worker/{app.wasm,worker.mjs,...} for wrangler
# worker-dev     the worker under wrangler dev on 127.0.0.1:$(WORKER_PORT), local D1
# worker-deploy  apply D1 migrations remotely and wrangler deploy (needs a Cloudflare login)
# load           10 000 requests, 50 concurrent, against the native server; read everything back

.PHONY: worker-test worker-size worker-bench worker-build worker-dev worker-deploy worker-deps load

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

## worker-test: contract suite (native + wrangler dev), privacy, short fuzz, short load, size
worker-test: worker-deps worker-size
	$(GO) test -count=1 -timeout=15m ./worker/...
	$(GO) test -count=1 -run=NONE -fuzz=FuzzDecodeRequest -fuzztime=$(WORKER_FUZZ_DECODE) ./worker/
	$(GO) test -count=1 -run=NONE -fuzz=FuzzHandler -fuzztime=$(WORKER_FUZZ_HANDLER) ./worker/

# The free plan takes a worker of at most 3 MiB compressed; wrangler reports
# the gzip size of what it would upload.
WORKER_MAX_GZIP_KIB ?= 3072

## worker-size: build as for deploy (wrangler deploy --dry-run) and check the gzip size
worker-size: worker-deps
	@out=$$($(WRANGLER) deploy --dry-run --outdir build/worker-dry-run 2>&1) || { echo "$$out"; exit 1; }; \
	kib=$$(echo "$$out" | sed -n 's/.*Total Upload: .* gzip: \([0-9.]*\) KiB.*/\1/p'); \
	[ -n "$$kib" ] || { echo "$$out"; echo "worker-size: no gzip size in wrangler's output"; exit 1; }; \
	echo "worker bundle: $$kib KiB gzip (limit $(WORKER_MAX_GZIP_KIB) KiB)"; \
	awk -v k="$$kib" -v m=$(WORKER_MAX_GZIP_KIB) 'BEGIN { exit !(k <= m) }' || { echo "worker-size: bundle above the free plan's 3 MiB gzip"; exit 1; }

## worker-bench: latency, start time and size
worker-bench: worker-deps
	$(GO) test -count=1 -run=NONE -bench=. -benchtime=500x -timeout=15m ./worker/

# The client-key secret (a Workers secret in production) for local runs:
# generated once, never committed (build/ is ignored). `make run` creates
# the same file itself (worker.NewLocal).
WORKER_SECRET := build/client-key.secret
$(WORKER_SECRET):
	@mkdir -p build && umask 077 && od -An -N32 -tx1 /dev/urandom | tr -d ' \n' > $@

## worker-dev: wrangler dev on 127.0.0.1 with local D1 (migrations applied first);
## GET /__scheduled runs the hourly cleanup by hand
worker-dev: worker-deps $(WORKER_SECRET)
	mkdir -p build/site
	$(WRANGLER) d1 migrations apply DB --local --persist-to $(WRANGLER_STATE)
	$(WRANGLER) dev --local --ip 127.0.0.1 --port $(WORKER_PORT) --persist-to $(WRANGLER_STATE) --show-interactive-dev-session=false \
		--test-scheduled --var CLIENT_KEY_SECRET:$$(cat $(WORKER_SECRET))

## worker-deploy: production deploy (needs `wrangler login`, a real database_id and,
## once, `wrangler secret put CLIENT_KEY_SECRET`)
worker-deploy: worker-deps app-site
	$(WRANGLER) d1 migrations apply DB --remote
	$(WRANGLER) deploy

## load: bounded load test — 10 000 requests, 50 concurrent, native server on loopback
load:
	WORKER_LOAD_REQUESTS=10000 WORKER_LOAD_CONCURRENCY=50 $(GO) test -count=1 -run='^TestLoad$$' -v -timeout=10m ./worker/
