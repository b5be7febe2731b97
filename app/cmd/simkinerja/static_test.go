//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	skapp "simkinerja/app"
)

func TestStaticServesPrecompressedWasm(t *testing.T) {
	dir := t.TempDir()
	raw := []byte("\x00asm raw bytes")
	write := func(name, body string, age time.Duration) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		mt := time.Now().Add(-age)
		os.Chtimes(p, mt, mt)
	}
	write("app.wasm", string(raw), time.Hour)
	write("app.wasm.br", "BR", 0)
	write("app.wasm.gz", "GZ", 0)
	write("app.css", "body{}", 0)
	h := newStatic(dir, "v1")

	for _, c := range []struct{ accept, encoding, body string }{
		{"gzip, deflate, br, zstd", "br", "BR"},
		{"gzip", "gzip", "GZ"},
		{"br;q=0, gzip;q=0.5", "gzip", "GZ"},
		{"", "", string(raw)},
		{"identity", "", string(raw)},
	} {
		r := httptest.NewRequest("GET", "/web/app.wasm", nil)
		if c.accept != "" {
			r.Header.Set("Accept-Encoding", c.accept)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK || w.Header().Get("Content-Encoding") != c.encoding || w.Body.String() != c.body {
			t.Errorf("Accept-Encoding %q: %d %q %q", c.accept, w.Code, w.Header().Get("Content-Encoding"), w.Body.String())
		}
		if ct := w.Header().Get("Content-Type"); ct != "application/wasm" {
			t.Errorf("%q: Content-Type %q", c.accept, ct)
		}
		if got := w.Header().Get(skapp.WasmLengthHeader); got != "14" {
			t.Errorf("%q: raw length header %q", c.accept, got)
		}
		if w.Header().Get("Vary") != "Accept-Encoding" {
			t.Errorf("%q: no Vary", c.accept)
		}
	}

	// A .br older than the wasm is stale (wasm rebuilt without repacking).
	write("app.wasm.br", "OLD", 2*time.Hour)
	r := httptest.NewRequest("GET", "/web/app.wasm", nil)
	r.Header.Set("Accept-Encoding", "br, gzip")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("stale .br served: %q", w.Header().Get("Content-Encoding"))
	}

	// Other files come from the folder as they are.
	w = httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/web/app.css", nil))
	if w.Body.String() != "body{}" {
		t.Errorf("app.css: %d %q", w.Code, w.Body.String())
	}
}
