//go:build !js

// Command worker serves the simkinerja edge API natively on 127.0.0.1 over a
// SQLite file — the same handler `make run` mounts, without the PWA. The
// load test and benchmarks start it this way; on Cloudflare Workers the js
// build of this command (main_js.go) serves the API over D1 instead.
package main

import (
	"context"
	"errors"
	"flag"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"simkinerja/worker"
)

// newServer bounds what slow or idle clients can hold: a body sent a byte at
// a time ends at ReadTimeout, an idle keep-alive connection at IdleTimeout.
// Headers above MaxHeaderBytes get Go's own 431 (the handler answers 431
// JSON from 8 KiB).
func newServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr: addr, Handler: h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       20 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       15 * time.Second,
		MaxHeaderBytes:    32 << 10,
	}
}

func main() {
	addr := flag.String("addr", "127.0.0.1:8787", "listen address (loopback by default)")
	db := flag.String("db", "build/worker/local.db", "SQLite file, created on first run")
	flag.Parse()
	h, closeDB, err := worker.NewLocal(*db)
	if err != nil {
		log.Fatal(err)
	}
	defer closeDB()
	mux := http.NewServeMux()
	mux.Handle("/api/", h)
	srv := newServer(*addr, mux)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	log.Printf("simkinerja worker API on http://%s/api/ (db %s)", *addr, *db)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}
