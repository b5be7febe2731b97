//go:build !wasm

package main

import (
	"flag"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// serve answers like simkinerja's server: go-app's Handler, and app.wasm from
// its .br sibling when the client accepts brotli (the same transfer for both
// apps in the benchmark).
func serve() {
	addr := flag.String("addr", "127.0.0.1:8001", "listen address")
	web := flag.String("web", "web", "folder with app.wasm and app.wasm.br")
	version := flag.String("version", "bare", "build version")
	flag.Parse()
	h := &app.Handler{Name: "Hello", Version: *version, WasmContentLengthHeader: "X-Wasm-Content-Length",
		Icon: app.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", SVG: "/web/icon.svg"}}
	mux := http.NewServeMux()
	mux.Handle("/", h)
	mux.HandleFunc("/web/", func(w http.ResponseWriter, r *http.Request) {
		name := filepath.Join(*web, filepath.Base(r.URL.Path))
		w.Header().Set("Cache-Control", "no-cache")
		if strings.HasSuffix(name, ".wasm") {
			st, err := os.Stat(name)
			if err != nil {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "application/wasm")
			w.Header().Set("X-Wasm-Content-Length", strconv.FormatInt(st.Size(), 10))
			w.Header().Set("Vary", "Accept-Encoding")
			if strings.Contains(r.Header.Get("Accept-Encoding"), "br") {
				if _, err := os.Stat(name + ".br"); err == nil {
					w.Header().Set("Content-Encoding", "br")
					http.ServeFile(w, r, name+".br")
					return
				}
			}
		}
		http.ServeFile(w, r, name)
	})
	log.Fatal(http.ListenAndServe(*addr, mux))
}
