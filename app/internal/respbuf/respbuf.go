//go:build !wasm

// Package respbuf holds a whole HTTP response before it is sent, for the
// local server's handlers that rewrite or compress what go-app and the
// static files answer (pages, scripts and styles are tens of KB).
package respbuf

import (
	"bytes"
	"net/http"
)

// Recorder is an http.ResponseWriter that keeps the status, headers and
// body. Status is 200 unless the handler sets another.
type Recorder struct {
	Status int
	Body   bytes.Buffer
	header http.Header
}

// New returns a Recorder writing its headers into header (a fresh map when
// nil).
func New(header http.Header) *Recorder {
	if header == nil {
		header = http.Header{}
	}
	return &Recorder{Status: http.StatusOK, header: header}
}

// Header is the response's header map.
func (r *Recorder) Header() http.Header { return r.header }

// WriteHeader records the status.
func (r *Recorder) WriteHeader(status int) { r.Status = status }

// Write appends to the body.
func (r *Recorder) Write(b []byte) (int, error) { return r.Body.Write(b) }
