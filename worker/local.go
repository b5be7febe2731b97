//go:build !js

package worker

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // database/sql driver "sqlite", pure Go
)

// NewLocal opens (creating it and its folder if needed) the SQLite file at
// dbPath, applies the migrations and returns the API handler for the local
// server, to be mounted at "/api/" without stripping the prefix, plus a func
// that closes the database. The write limit comes from $WRITE_LIMIT (writes
// per minute per client, 0 = off), default DefaultWriteLimit.
func NewLocal(dbPath string) (http.Handler, func() error, error) {
	limit, err := ParseWriteLimit(os.Getenv(WriteLimitEnv))
	if err != nil {
		return nil, nil, err
	}
	db, err := OpenSQLite(dbPath)
	if err != nil {
		return nil, nil, err
	}
	return New(NewSQLStore(db), Options{WriteLimit: limit}), db.Close, nil
}

// OpenSQLite opens or creates the SQLite file at path and migrates it. WAL
// and a busy timeout let concurrent requests share the file without
// "database is locked" errors.
func OpenSQLite(path string) (*sql.DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("buat folder basis data: %w", err)
		}
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
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
