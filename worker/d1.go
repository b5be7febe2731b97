//go:build js && wasm

package worker

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/syumai/workers/cloudflare"
	"github.com/syumai/workers/cloudflare/d1"
)

// D1Binding is the name of the D1 binding in wrangler.toml.
const D1Binding = "DB"

// NewD1 returns the API over the D1 database bound as D1Binding, with the
// write limit from the WRITE_LIMIT var. It runs at the start of every Workers
// request (each request is a fresh Go instance), so it only wraps the
// binding: no query, no migration (wrangler applies those).
func NewD1() (http.Handler, error) {
	c, err := d1.OpenConnector(D1Binding)
	if err != nil {
		return nil, fmt.Errorf("D1 %q: %w", D1Binding, err)
	}
	limit, err := ParseWriteLimit(cloudflare.Getenv(WriteLimitEnv))
	if err != nil {
		return nil, err
	}
	return New(NewSQLStore(sql.OpenDB(c)), Options{WriteLimit: limit}), nil
}
