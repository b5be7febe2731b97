//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"

	"simkinerja/app/internal/respbuf"
)

// withGzip compresses the text the local server sends (pages, styles,
// scripts, the manifest, SVG) for clients that accept gzip. On a phone's
// slow link the first page, its two stylesheets and go-app's scripts are
// about 80 KB uncompressed, a few hundred milliseconds before app.wasm is
// even requested; gzipped they are about a fifth. On Workers the edge
// compresses by itself. app.wasm is served precompressed (static.go) and is
// left alone, as are ranges and anything already encoded.
func withGzip(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Range") != "" || strings.HasSuffix(r.URL.Path, ".wasm") ||
			!accepts(r.Header.Get("Accept-Encoding"), "gzip") {
			h.ServeHTTP(w, r)
			return
		}
		// The validator the client holds is the one sent below; the handler
		// knows it without the suffix.
		if inm := r.Header.Get("If-None-Match"); strings.Contains(inm, `-gzip"`) {
			r = r.Clone(r.Context())
			r.Header.Set("If-None-Match", strings.ReplaceAll(inm, `-gzip"`, `"`))
		}
		rec := respbuf.New(w.Header())
		h.ServeHTTP(rec, r)
		body := rec.Body.Bytes()
		if compressible(rec.Header(), rec.Status, len(body)) {
			var zb bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&zb, gzip.BestCompression)
			zw.Write(body)
			zw.Close()
			body = zb.Bytes()
			rec.Header().Set("Content-Encoding", "gzip")
			rec.Header().Set("Content-Length", strconv.Itoa(len(body)))
			rec.Header().Add("Vary", "Accept-Encoding")
			if et := rec.Header().Get("ETag"); strings.HasSuffix(et, `"`) {
				rec.Header().Set("ETag", strings.TrimSuffix(et, `"`)+`-gzip"`)
			}
		}
		w.WriteHeader(rec.Status)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
	})
}

// compressibleTypes are the media types worth gzipping.
var compressibleTypes = []string{"text/", "application/javascript", "application/json",
	"application/manifest+json", "image/svg+xml"}

// compressible reports whether a complete response should be gzipped: a
// full 200 answer of a text type, not encoded yet, big enough to gain.
func compressible(h http.Header, status, size int) bool {
	if status != http.StatusOK || size < 512 || h.Get("Content-Encoding") != "" {
		return false
	}
	ct := h.Get("Content-Type")
	for _, t := range compressibleTypes {
		if strings.HasPrefix(ct, t) {
			return true
		}
	}
	return false
}
