//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	skapp "simkinerja/app"
)

func serve() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8000"
	}
	dbDefault := os.Getenv("SIMKINERJA_DB")
	if dbDefault == "" {
		dbDefault = filepath.Join("build", "simkinerja.db")
	}
	addr := flag.String("addr", "127.0.0.1:"+port, "listen address (PORT sets the port)")
	web := flag.String("web", "web", "directory of the static files (app.wasm, icons, app.css)")
	db := flag.String("db", dbDefault, "SQLite file of the API (SIMKINERJA_DB)")
	site := flag.String("site", "", "write the static website into this directory and exit")
	flag.StringVar(&version, "version", version, "build version announced to clients (default: the git commit)")
	flag.Parse()

	h := skapp.NewHandler(version)
	if *site != "" {
		if err := writeSite(*site, *web, h); err != nil {
			log.Fatal(err)
		}
		// Workers static assets read their response headers from _headers.
		if err := os.WriteFile(filepath.Join(*site, "_headers"), []byte(headersFile()), 0o644); err != nil {
			log.Fatal(err)
		}
		return
	}
	if err := run(*addr, *web, *db, h); err != nil {
		log.Fatal(err)
	}
}

// newServer bounds what a slow or idle client can hold: a body sent a byte
// at a time ends at ReadTimeout, an idle keep-alive connection at
// IdleTimeout; headers past MaxHeaderBytes get Go's own 431.
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       20 * time.Second,
		WriteTimeout:      60 * time.Second, // app.wasm raw is ~9 MB
		IdleTimeout:       15 * time.Second,
		MaxHeaderBytes:    32 << 10,
	}
}

// run serves until SIGINT/SIGTERM.
func run(addr, webDir, dbPath string, h *app.Handler) error {
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o755); err != nil {
		return fmt.Errorf("folder basis data: %w", err)
	}
	api, closeAPI, err := newAPI(dbPath)
	if err != nil {
		return fmt.Errorf("membuka API (%s): %w", dbPath, err)
	}
	defer closeAPI()

	mux := http.NewServeMux()
	mux.Handle("/api/", api)
	mux.Handle("/web/", withGzip(newStatic(webDir, version)))
	mux.Handle("/", withGzip(skapp.Pages(h, webDir)))

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := newServer(withSecurityHeaders(mux))
	log.Printf("simkinerja %s: http://%s (basis data %s)", version, ln.Addr(), dbPath)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}
