//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// The slow link delivers what the server sends, no faster than the phone
// profile's downlink and round trip allow, and counts the bytes.
func TestSlowLink(t *testing.T) {
	body := strings.Repeat("x", 40<<10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, body) }))
	defer srv.Close()
	link, err := newSlowLink(strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer link.Close()
	start := time.Now()
	resp, err := http.Get("http://" + link.Addr() + "/")
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	took := time.Since(start)
	if err != nil || string(got) != body {
		t.Fatalf("body: %d bytes, %v", len(got), err)
	}
	// A connection and a request: two round trips, then 40 KB at 200 KB/s.
	least := 2*phoneRTT*time.Millisecond + time.Duration(float64(len(body))/phoneDownload*float64(time.Second))
	if took < least {
		t.Errorf("40 KB through the link in %v, the profile allows no less than %v", took, least)
	}
	if n := link.sent.Load(); n < int64(len(body)) {
		t.Errorf("link counted %d bytes, sent at least %d", n, len(body))
	}
}
