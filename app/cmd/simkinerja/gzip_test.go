//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Pages, styles and scripts go out gzipped to clients that take it, with a
// validator of their own that still answers 304; app.wasm and small or
// binary files are left as they are.
func TestGzip(t *testing.T) {
	dir := t.TempDir()
	css := strings.Repeat(".kartu { margin: 0 }\n", 200)
	for name, body := range map[string]string{"app.css": css, "icon-192.png": strings.Repeat("\x89PNG", 400), "app.wasm": "\x00asm\x01\x00\x00\x00"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h := withGzip(newStatic(dir, "v1"))
	get := func(path, accept, inm string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", path, nil)
		r.Header.Set("Accept-Encoding", accept)
		if inm != "" {
			r.Header.Set("If-None-Match", inm)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}

	w := get("/web/app.css", "gzip, deflate, br", "")
	if w.Code != 200 || w.Header().Get("Content-Encoding") != "gzip" || !strings.Contains(w.Header().Get("Vary"), "Accept-Encoding") {
		t.Fatalf("app.css: %d %v", w.Code, w.Header())
	}
	zr, err := gzip.NewReader(bytes.NewReader(w.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(zr); string(got) != css {
		t.Errorf("app.css gunzipped differs (%d bytes)", len(got))
	}
	if w.Body.Len() >= len(css)/5 {
		t.Errorf("app.css gzipped is %d of %d bytes", w.Body.Len(), len(css))
	}
	if et := w.Header().Get("ETag"); et != "" {
		if again := get("/web/app.css", "gzip", et); again.Code != http.StatusNotModified {
			t.Errorf("If-None-Match %s: %d, want 304", et, again.Code)
		}
	}
	if w := get("/web/app.css", "identity", ""); w.Header().Get("Content-Encoding") != "" || w.Body.String() != css {
		t.Errorf("without gzip: %v, %d bytes", w.Header(), w.Body.Len())
	}
	if w := get("/web/icon-192.png", "gzip", ""); w.Header().Get("Content-Encoding") != "" {
		t.Errorf("png gzipped: %v", w.Header())
	}
	if w := get("/web/app.wasm", "gzip", ""); w.Header().Get("Content-Encoding") != "" || w.Body.Len() != 8 {
		t.Errorf("app.wasm: %v, %d bytes", w.Header(), w.Body.Len())
	}
}
