# app/app.mk — the PWA (included by the top Makefile).
#
# app-run     build everything and serve the app + API on 127.0.0.1:$(PORT)
# app-build   web/app.wasm and web/pelatih.wasm (+ .br/.gz), icons,
#             build/simkinerja (server)
# app-site    the static site for Workers static assets in build/site/
# app-test    component tests and the e2e suite in headless Chromium
# app-bench   wasm sizes, start-up times (desktop, phone profile) and Lighthouse
#             mobile, ours vs a bare stock go-app hello-world

.PHONY: app-run app-build app-wasm app-icons app-server app-site app-test app-bench

# -gcflags=all=-l: no inlining anywhere (our packages, go-app, the standard
# library). Inlined copies of small helpers cost about 110 KB brotli of
# app.wasm (raw grows 0.3 MB without them, brotli shrinks); the code they run
# is a form re-render, not a hot loop, and make bench's phone profile did not
# get slower. (Ours alone, -gcflags=simkinerja/...=-l, saved 55 KB.)
# -tags=goapp_noserver: go-app's server side (Handler, net/http, crypto/tls)
# stays out of app.wasm (app/third_party/go-app, about 340 KB brotli).
# -tags=goapp_nocrypto: so does go-app's AES-GCM encryption of persisted state,
# which the app never uses (61 KB raw, about 10 KB brotli).
# Keep in step with BuildFlags in app/internal/browser/app.go (checked by
# app/cmd/appbench's tests).
APP_BUILD_FLAGS := -trimpath -ldflags="-s -w" -gcflags=all=-l -tags=goapp_noserver,goapp_nocrypto
# pelatih.wasm: the trainer's, print and sharing screens (/presentasi, /kelas/…, /bagikan,
# /ringkasan), out of the teacher's first download (app/bundle.go). The same
# flags plus the pelatih tag; browser.PelatihFlags builds it the same way.
APP_COMMA := ,
APP_PELATIH_FLAGS := $(patsubst -tags=%,-tags=%$(APP_COMMA)pelatih,$(APP_BUILD_FLAGS))
APP_ICONS := web/icon-192.png web/icon-512.png web/icon-maskable-512.png web/icon.svg

app-build: app-wasm app-icons app-server

## app-wasm: compile both wasm files; repack .br/.gz only when one changed
app-wasm:
	@mkdir -p build
	$(call app_wasm,app,APP_BUILD_FLAGS)
	$(call app_wasm,pelatih,APP_PELATIH_FLAGS)

# $(call app_wasm,NAME,FLAGS-VARIABLE): build web/NAME.wasm and its .br/.gz.
define app_wasm
	GOOS=js GOARCH=wasm $(GO) build $($(2)) -o build/$(1).wasm.new ./app/cmd/simkinerja
	@if cmp -s build/$(1).wasm.new web/$(1).wasm && [ web/$(1).wasm.br -nt web/$(1).wasm ] && [ web/$(1).wasm.gz -nt web/$(1).wasm ]; then \
		rm build/$(1).wasm.new; echo "web/$(1).wasm unchanged"; \
	else \
		mv build/$(1).wasm.new web/$(1).wasm && $(GO) run ./app/cmd/wasmpack web/$(1).wasm && \
		$(GO) run ./app/cmd/wasmpack -sizes web/$(1).wasm; \
	fi
endef

app-icons: $(APP_ICONS)
$(APP_ICONS): app/cmd/icons/main.go
	$(GO) run ./app/cmd/icons -o web

app-server:
	@mkdir -p build
	$(GO) build -ldflags="-X main.version=$(VERSION)" -o build/simkinerja ./app/cmd/simkinerja

app-run: app-build
	./build/simkinerja -addr 127.0.0.1:$(PORT)

app-site: app-build
	rm -rf build/site
	./build/simkinerja -site build/site
	@echo "static site in build/site ($$(du -sh build/site | cut -f1))"

## app-test: component tests (go-app test engine) and e2e in real headless Chromium;
## the e2e suite installs chromium with apt-get when it is missing.
app-test:
	$(GO) test -count=1 ./app/...
	@# The go-app patch's own test of its goapp_nocrypto stubs (go-app is a
	@# module of its own, outside ./app/...).
	cd app/third_party/go-app && $(GO) test -count=1 -tags=goapp_nocrypto -run TestNoCrypto ./pkg/app

## app-bench: sizes, start-up (desktop and phone profile) and Lighthouse mobile,
## ours against the stock bare go-app app in the same run. Lighthouse (npm,
## pinned in app/cmd/appbench/node/package-lock.json) is installed there by
## make, never at the repository root.
APP_BENCH_RUNS ?= 5
APP_BENCH_LH_RUNS ?= 3
APP_BENCH_NODE := app/cmd/appbench/node
APP_LIGHTHOUSE := $(APP_BENCH_NODE)/node_modules/.bin/lighthouse
app-bench: $(APP_LIGHTHOUSE)
	$(GO) run ./app/cmd/appbench -runs $(APP_BENCH_RUNS) -lighthouse $(APP_LIGHTHOUSE) -lighthouse-runs $(APP_BENCH_LH_RUNS)

$(APP_LIGHTHOUSE): $(APP_BENCH_NODE)/package.json $(APP_BENCH_NODE)/package-lock.json
	cd $(APP_BENCH_NODE) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@
