# simkinerja — every command a person runs. `make run` and `make test` set up what they need.
SHELL := /bin/bash
GO ?= go
PORT ?= 8000
export GOFLAGS ?= -mod=mod
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
VERSION ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo dev)$(shell git diff --quiet 2>/dev/null || echo -dirty)

.PHONY: all run test bench build deploy fmt vet test-domain test-domain-wasm bench-domain fuzz-domain clean
all: build

# Parts of the tree keep their own recipes; this file stays the one entry point.
include app/app.mk
include worker/worker.mk

## run: build the PWA and serve it with the API and an embedded SQLite store on 127.0.0.1:$(PORT)
run: app-run

## test: every test — vet, domain (native and js/wasm), app, worker (native and workerd), e2e
test: vet test-domain test-domain-wasm app-test worker-test

## bench: domain, app size/start-up and worker latency benchmarks
bench: bench-domain app-bench worker-bench

## build: the app's two wasm files and the worker wasm
build: app-build worker-build

## deploy: wrangler deploy (needs a Cloudflare account; never run by tests)
deploy: worker-deploy

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null; ls domain/*.go))" || { gofmt -l .; echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./domain/... ./app/... ./worker/...

# Fuzz budgets in make test are execution counts ("Nx"), not durations: a
# duration -fuzztime can fail with a bare "context deadline exceeded" and no
# crasher when the deadline races a busy worker (golang/go#75804, unfixed in
# go1.26.x; CI hit it on a loaded 2-core machine). A count has no deadline.
DOMAIN_FUZZTIME ?= 300000x
RECORD_FUZZTIME ?= 100000x
# Each planner input runs the planner twice plus up to ~10 projections to
# check its answer (up to ~1 ms), hence the smaller count.
PLANNER_FUZZTIME ?= 3000x

test-domain:
	$(GO) test -count=1 ./domain/...
	$(GO) test -count=1 -run=NONE -fuzz=FuzzScenario -fuzztime=$(DOMAIN_FUZZTIME) ./domain/
	$(GO) test -count=1 -run=NONE -fuzz=FuzzRecord -fuzztime=$(RECORD_FUZZTIME) ./domain/
	$(GO) test -count=1 -run=NONE -fuzz=FuzzPlanner -fuzztime=$(PLANNER_FUZZTIME) ./domain/

test-domain-wasm:
	GOOS=js GOARCH=wasm $(GO) build ./domain/...
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec=$(WASM_EXEC) ./domain/...

bench-domain:
	$(GO) test -run=NONE -bench=. -benchmem ./domain/...
	@echo "Planner (30-year horizon) in js/wasm under Node:"
	GOOS=js GOARCH=wasm $(GO) test -run=NONE -bench=Rencana -benchmem -exec=$(WASM_EXEC) ./domain/
	@command -v brotli >/dev/null || { apt-get update -qq && apt-get install -y -qq brotli >/dev/null; }
	@echo "JSON seam in js/wasm (domain/cmd/wasmprobe, -trimpath -s -w): bytes raw / gzip -9 / brotli -q 11"
	@for tag in std gojson; do \
	  GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -tags "$$tag" -o build/probe-$$tag.wasm ./domain/cmd/wasmprobe && \
	  printf '%-8s %9d %9d %9d\n' $$tag $$(stat -c %s build/probe-$$tag.wasm) $$(gzip -9 -c build/probe-$$tag.wasm | wc -c) $$(brotli -c -q 11 build/probe-$$tag.wasm | wc -c); \
	done

## fuzz-domain: run the scenario fuzzer for FUZZTIME (default 5000000x, about
## two minutes here; a duration such as 5m works too but can end in the
## spurious deadline failure described above)
FUZZTIME ?= 5000000x
fuzz-domain:
	$(GO) test -run=NONE -fuzz=FuzzScenario -fuzztime=$(FUZZTIME) ./domain/

fmt:
	gofmt -w $$(git ls-files '*.go') domain

clean:
	rm -rf web/app.wasm web/app.wasm.* web/pelatih.wasm web/pelatih.wasm.* build/ .wrangler/
