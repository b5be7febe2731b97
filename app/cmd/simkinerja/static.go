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
	return &static{dir: dir, version: version, files: http.StripPrefix("/web", http.FileServer(http.Dir(dir)))}
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
