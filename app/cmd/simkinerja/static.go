//go:build !wasm

package main

import (
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	skapp "simkinerja/app"
)

// static serves /web/ from a directory. app.wasm is served from its
// precompressed sibling (app.wasm.br, then .gz) when the client accepts the
// encoding and the sibling is not older than the wasm; go-app's own Handler
// would serve it raw.
type static struct {
	dir     string
	version string
	files   http.Handler
}

func newStatic(dir, version string) http.Handler {
	return &static{dir: dir, version: version, files: http.StripPrefix("/web", http.FileServer(noDirs{http.Dir(dir)}))}
}

// noDirs hides directories, so /web/ and its folders are never listed
// (http.FileServer would list them).
type noDirs struct{ http.FileSystem }

func (fs noDirs) Open(name string) (http.File, error) {
	f, err := fs.FileSystem.Open(name)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || st.IsDir() {
		f.Close()
		return nil, os.ErrNotExist
	}
	return f, nil
}

// contentSecurityPolicy admits what go-app's pages need and nothing else:
// scripts only from this origin, plus 'wasm-unsafe-eval' to compile
// app.wasm (not 'unsafe-eval') and the one inline script that starts the
// compile worker from the page's head, by its hash (skapp.EarlyScript), and
// that worker from a blob: of the page's own copy on a first visit;
// inline style attributes, which go-app sets for .Style(); data: images
// (generated downloads and the QR code); fetches to this origin only (the
// API); no plugins, no framing, no foreign forms.
var contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' " + skapp.EarlyScriptHash() + "; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
	"manifest-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
	"form-action 'self'; frame-ancestors 'none'"

// securityHeaders go with every response of the local server and, through
// the _headers file (headersFile), with every static asset on Workers. No
// referrer: a share link's id is in the URL.
var securityHeaders = [][2]string{
	{"Content-Security-Policy", contentSecurityPolicy},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
	{"X-Frame-Options", "DENY"},
	{"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
}

// withSecurityHeaders sets securityHeaders before h answers (h may set a
// stricter policy of its own, as the API does).
func withSecurityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, kv := range securityHeaders {
			w.Header().Set(kv[0], kv[1])
		}
		h.ServeHTTP(w, r)
	})
}

// headersFile is the _headers file of Workers static assets: the same
// headers for every path.
func headersFile() string {
	var b strings.Builder
	b.WriteString("# Written by `simkinerja -site` (app/cmd/simkinerja/static.go); security headers for every static asset.\n/*\n")
	for _, kv := range securityHeaders {
		b.WriteString("  " + kv[0] + ": " + kv[1] + "\n")
	}
	return b.String()
}

// encodings in order of preference: file suffix and Content-Encoding.
var encodings = []struct{ suffix, name string }{{".br", "br"}, {".gz", "gzip"}}

func (s *static) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(path.Clean(r.URL.Path), "/web/")
	w.Header().Set("Cache-Control", "no-cache")
	if !strings.HasSuffix(name, ".wasm") {
		s.files.ServeHTTP(w, r)
		return
	}
	rawPath := filepath.Join(s.dir, filepath.FromSlash(name))
	raw, err := os.Stat(rawPath)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Vary", "Accept-Encoding")
	w.Header().Set(skapp.WasmLengthHeader, strconv.FormatInt(raw.Size(), 10))
	for _, enc := range encodings {
		if !accepts(r.Header.Get("Accept-Encoding"), enc.name) {
			continue
		}
		f, err := os.Open(rawPath + enc.suffix)
		if err != nil {
			continue
		}
		st, err := f.Stat()
		if err != nil || st.ModTime().Before(raw.ModTime()) {
			f.Close() // stale: a newer app.wasm was built without repacking
			continue
		}
		w.Header().Set("Content-Type", "application/wasm")
		w.Header().Set("Content-Encoding", enc.name)
		w.Header().Set("ETag", `"`+s.version+"-"+enc.name+`"`)
		http.ServeContent(w, r, name, st.ModTime(), f)
		f.Close()
		return
	}
	f, err := os.Open(rawPath)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Set("ETag", `"`+s.version+`"`)
	http.ServeContent(w, r, name, raw.ModTime(), f)
}

// accepts reports whether an Accept-Encoding header admits coding (q > 0).
func accepts(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(fields[0]), coding) {
			continue
		}
		for _, p := range fields[1:] {
			p = strings.TrimSpace(p)
			if q, ok := strings.CutPrefix(p, "q="); ok {
				if v, err := strconv.ParseFloat(q, 64); err == nil && v == 0 {
					return false
				}
			}
		}
		return true
	}
	return false
}
