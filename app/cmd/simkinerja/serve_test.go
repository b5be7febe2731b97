//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	skapp "simkinerja/app"
)

// TestSecurityHeaders: every response of the local server carries the CSP,
// nosniff, referrer and framing headers (issue 9 finding 9: none were sent).
func TestSecurityHeaders(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<!doctype html><p>halo</p>"))
	}))
	mux.Handle("/web/", newStatic(t.TempDir(), "v1"))
	h := withSecurityHeaders(mux)
	for _, path := range []string{"/", "/simulasi", "/web/app.css", "/web/"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		for _, want := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"} {
			if rec.Header().Get(want) == "" {
				t.Errorf("%s: no %s", path, want)
			}
		}
		csp := rec.Header().Get("Content-Security-Policy")
		for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval' " + skapp.EarlyScriptHash() + ";", "frame-ancestors 'none'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, want)
			}
		}
		_, scripts, _ := strings.Cut(csp, "script-src ")
		scripts, _, _ = strings.Cut(scripts, ";")
		if strings.Contains(csp, "'unsafe-eval'") || strings.Contains(scripts, "'unsafe-inline'") || strings.Count(scripts, "'sha256-") != 1 {
			t.Errorf("%s: CSP allows eval or inline scripts: %q", path, csp)
		}
		if got := rec.Header().Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", path, got)
		}
	}
}

// TestNoDirectoryListing: /web/ and its folders are not listed.
func TestNoDirectoryListing(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "app.css"), []byte("body{}"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "rahasia.txt"), []byte("x"), 0o644)
	h := newStatic(dir, "v1")
	for _, path := range []string{"/web/", "/web/sub/", "/web/sub", "/web"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code == http.StatusOK || strings.Contains(rec.Body.String(), "app.css") || strings.Contains(rec.Body.String(), "rahasia") {
			t.Errorf("%s: %d %q, want no listing", path, rec.Code, rec.Body.String())
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/web/app.css", nil))
	if rec.Code != 200 || rec.Body.String() != "body{}" {
		t.Errorf("a file: %d %q", rec.Code, rec.Body.String())
	}
}

// TestHeadersFile: the _headers file for Workers static assets applies the
// same headers to every path, in the format Workers reads.
func TestHeadersFile(t *testing.T) {
	f := headersFile()
	lines := strings.Split(strings.TrimSpace(f), "\n")
	var rules []string
	for _, l := range lines {
		if !strings.HasPrefix(l, "#") {
			rules = append(rules, l)
		}
	}
	if len(rules) != len(securityHeaders)+1 || rules[0] != "/*" {
		t.Fatalf("_headers:\n%s", f)
	}
	for i, kv := range securityHeaders {
		if want := "  " + kv[0] + ": " + kv[1]; rules[i+1] != want {
			t.Errorf("line %d %q, want %q", i+2, rules[i+1], want)
		}
	}
}

// TestServerTimeouts: a slow body, a slow header and an idle keep-alive
// connection all end (finding 8: only ReadHeaderTimeout was set), and
// headers are bounded.
func TestServerTimeouts(t *testing.T) {
	srv := newServer(http.NotFoundHandler())
	if srv.ReadTimeout <= 0 || srv.ReadTimeout > 30*time.Second ||
		srv.IdleTimeout <= 0 || srv.IdleTimeout > 30*time.Second ||
		srv.ReadHeaderTimeout <= 0 || srv.WriteTimeout <= 0 ||
		srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > 64<<10 {
		t.Errorf("server limits: read %v, header %v, write %v, idle %v, max header %d",
			srv.ReadTimeout, srv.ReadHeaderTimeout, srv.WriteTimeout, srv.IdleTimeout, srv.MaxHeaderBytes)
	}
}
