//go:build !js

package worker

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // database/sql driver "sqlite", pure Go
)

// CleanupInterval is how often the native server deletes expired data (the
// Workers build runs the same Cleanup from an hourly Cron Trigger).
const CleanupInterval = time.Hour

// SecretFile is the name of the generated client-key secret next to the
// database of the local server, used when $CLIENT_KEY_SECRET is not set.
const SecretFile = "client-key.secret"

// NewLocal opens (creating it and its folder if needed) the SQLite file at
// dbPath, applies the migrations and returns the API handler for the local
// server, to be mounted at "/api/" without stripping the prefix, plus a func
// that stops the cleanup and closes the database. Settings come from the
// environment (OptionsFromEnv); the client-key secret from
// $CLIENT_KEY_SECRET, else from SecretFile beside the database, created
// when missing. Expired data is deleted at start and every CleanupInterval.
func NewLocal(dbPath string) (http.Handler, func() error, error) {
	getenv := os.Getenv
	if os.Getenv(SecretEnv) == "" {
		secret, err := LocalSecret(filepath.Join(filepath.Dir(dbPath), SecretFile))
		if err != nil {
			return nil, nil, err
		}
		getenv = func(k string) string {
			if k == SecretEnv {
				return secret
			}
			return os.Getenv(k)
		}
	}
	opts, err := OptionsFromEnv(getenv)
	if err != nil {
		return nil, nil, err
	}
	store, closeDB, err := OpenSQLiteStore(dbPath)
	if err != nil {
		return nil, nil, err
	}
	api := New(store, opts)
	stop := api.StartCleanup(CleanupInterval)
	return api, func() error { stop(); return closeDB() }, nil
}

// OpenSQLiteStore opens the SQLite file at path (OpenSQLite) twice: for
// reads, and for writes with one connection (NewSQLStoreRW).
func OpenSQLiteStore(path string) (*SQLStore, func() error, error) {
	read, err := OpenSQLite(path)
	if err != nil {
		return nil, nil, err
	}
	write, err := OpenSQLite(path)
	if err != nil {
		read.Close()
		return nil, nil, err
	}
	write.SetMaxOpenConns(1)
	return NewSQLStoreRW(read, write), func() error {
		return errors.Join(write.Close(), read.Close())
	}, nil
}

// LocalSecret reads the client-key secret from path, or creates the file
// (mode 0600, 32 random bytes in hex) when it does not exist.
func LocalSecret(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		if s := strings.TrimSpace(string(b)); len(s) >= MinSecretBytes {
			return s, nil
		}
		return "", fmt.Errorf("%s: rahasia kurang dari %d karakter", path, MinSecretBytes)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("baca rahasia: %w", err)
	}
	raw := make([]byte, 32)
	_, _ = rand.Read(raw)
	s := hex.EncodeToString(raw)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", fmt.Errorf("buat folder rahasia: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) { // another process made it first
		return LocalSecret(path)
	}
	if err != nil {
		return "", fmt.Errorf("buat rahasia: %w", err)
	}
	if _, err := f.WriteString(s + "\n"); err != nil {
		f.Close()
		return "", fmt.Errorf("tulis rahasia: %w", err)
	}
	return s, f.Close()
}

// StartCleanup runs Cleanup now and every interval in a goroutine until the
// returned func is called (which waits for a running cleanup to end).
func (a *API) StartCleanup(interval time.Duration) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			if err := a.Cleanup(ctx); err != nil && ctx.Err() == nil {
				a.opts.Logf("worker: cleanup: %v", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()
	return func() { cancel(); <-done }
}

// OpenSQLite opens or creates the SQLite file at path and migrates it. WAL
// and a busy timeout let concurrent requests share the file without
// "database is locked" errors; synchronous=FULL syncs the WAL at every
// commit, so a power cut loses no write that was acknowledged.
func OpenSQLite(path string) (*sql.DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("buat folder basis data: %w", err)
		}
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("buka basis data %s: %w", path, err)
	}
	if err := Migrate(context.Background(), db); err != nil {
		db.Close()
		return nil, fmt.Errorf("basis data %s: %w", path, err)
	}
	return db, nil
}
