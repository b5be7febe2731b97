//go:build js && wasm

package worker

import (
	"database/sql"
	"fmt"

	"github.com/syumai/workers/cloudflare"
	"github.com/syumai/workers/cloudflare/d1"
)

// D1Binding is the name of the D1 binding in wrangler.toml.
const D1Binding = "DB"

// NewD1 returns the API over the D1 database bound as D1Binding, with the
// settings from wrangler vars and the CLIENT_KEY_SECRET secret
// (OptionsFromEnv). It runs at the start of every Workers request and Cron
// Trigger (each is a fresh Go instance), so it only wraps the binding: no
// query, no migration (wrangler applies those).
func NewD1() (*API, error) {
	store, err := NewD1Store()
	if err != nil {
		return nil, err
	}
	opts, err := OptionsFromEnv(cloudflare.Getenv)
	if err != nil {
		return nil, err
	}
	return New(store, opts), nil
}

// NewD1Store is the Store over the D1 database bound as D1Binding. The
// Workers main uses it alone to keep deleting expired data when the
// settings are wrong (no secret), as expiry needs none.
func NewD1Store() (*SQLStore, error) {
	c, err := d1.OpenConnector(D1Binding)
	if err != nil {
		return nil, fmt.Errorf("D1 %q: %w", D1Binding, err)
	}
	return NewSQLStore(sql.OpenDB(c)), nil
}
