//go:build !wasm

package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"simkinerja/app/internal/browser"
)

// serverOnly are packages only go-app's server side brings into app.wasm: the
// Handler's net/http and what net/http's initialisers pull in (TLS, X.509,
// sockets, MIME forms). The client keeps net/url and net/netip. crypto/aes
// comes only with go-app's encryption of persisted state, which the app never
// uses (-tags=goapp_nocrypto); crypto/rand stays, for go-app's UUIDs.
var serverOnly = regexp.MustCompile(`^(net|net/http(/.*)?|net/textproto|crypto/tls(/.*)?|crypto/x509(/.*)?|mime/multipart|crypto/aes)$`)

// TestWasmLeavesGoAppServerOut fails when app.wasm, built with the release
// flags, links go-app's server side again: the replace of go-app by
// app/third_party/go-app was dropped, a build tag was lost there or from the
// release flags, or a client file started importing net/http.
func TestWasmLeavesGoAppServerOut(t *testing.T) {
	root, err := browser.Root()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	deps, err := wasmDeps(ctx, root, "./app/cmd/simkinerja")
	if err != nil {
		t.Fatal(err)
	}
	if !contains(deps, "github.com/maxence-charriere/go-app/v10/pkg/app") {
		t.Fatalf("go-app is not among the wasm's packages (%d packages): the check would prove nothing", len(deps))
	}
	var bad []string
	for _, p := range deps {
		if serverOnly.MatchString(p) {
			bad = append(bad, p)
		}
	}
	if len(bad) > 0 {
		t.Errorf("app.wasm links server-only packages %v (release flags %q); see app/third_party/go-app/README.md", bad, browser.BuildFlags)
	}
	dir, err := goAppDir(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(root, "app", "third_party", "go-app"); dir != want {
		t.Errorf("go-app compiled from %s, want the patched copy %s", dir, want)
	}
}

// TestReleaseFlagsInStep: make app-wasm (APP_BUILD_FLAGS in app/app.mk) and
// the e2e/bench builds (browser.BuildFlags) must build the same wasm, so the
// sizes and start-up times measured are those of what is shipped.
func TestReleaseFlagsInStep(t *testing.T) {
	root, err := browser.Root()
	if err != nil {
		t.Fatal(err)
	}
	mk, err := os.ReadFile(filepath.Join(root, "app", "app.mk"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^APP_BUILD_FLAGS\s*:?=\s*(.*)$`).FindSubmatch(mk)
	if m == nil {
		t.Fatal("APP_BUILD_FLAGS not found in app/app.mk")
	}
	got := strings.Join(strings.Fields(strings.ReplaceAll(string(m[1]), `"`, "")), " ")
	want := strings.Join(browser.BuildFlags, " ")
	if got != want {
		t.Errorf("app/app.mk APP_BUILD_FLAGS = %q, browser.BuildFlags = %q: keep them in step", got, want)
	}
	for _, tag := range []string{"goapp_noserver", "goapp_nocrypto"} {
		if !strings.Contains(want, tag) {
			t.Errorf("release flags %q lack the tag %s: see app/third_party/go-app/README.md", want, tag)
		}
	}
}

// TestParseLighthouse reads the figures the report prints from a Lighthouse
// JSON report, and refuses a report without them.
func TestParseLighthouse(t *testing.T) {
	r, err := parseLighthouse([]byte(`{"lighthouseVersion":"12.8.2","categories":{"performance":{"score":0.75},"accessibility":{"score":1}},
		"audits":{"first-contentful-paint":{"numericValue":900.5},"largest-contentful-paint":{"numericValue":1100},
		"total-blocking-time":{"numericValue":330},"speed-index":{"numericValue":1200},"cumulative-layout-shift":{"numericValue":0.02}}}`))
	if err != nil {
		t.Fatal(err)
	}
	want := lighthouse{Version: "12.8.2", Performance: 75, Accessibility: 100, FCP: 900.5, LCP: 1100, TBT: 330, SI: 1200, CLS: 0.02}
	if r != want {
		t.Errorf("got %+v, want %+v", r, want)
	}
	if _, err := parseLighthouse([]byte(`{"categories":{"performance":{"score":null}},"audits":{}}`)); err == nil {
		t.Error("a report without scores was accepted")
	}
	if _, err := parseLighthouse([]byte(`{"runtimeError":{"code":"NO_FCP","message":"no paint"}}`)); err == nil || !strings.Contains(err.Error(), "NO_FCP") {
		t.Errorf("runtime error not reported: %v", err)
	}
}
