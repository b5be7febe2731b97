//go:build !js

package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"testing"
	"time"
)

// TestServerDropsSlowAndIdleClients: the native server closes a connection
// whose body trickles in and an idle keep-alive connection (issue 9 finding
// 8: both stayed open past 30 s with only ReadHeaderTimeout set). The
// server's own timeouts are checked, and the behaviour with shorter ones so
// the test stays quick.
func TestServerDropsSlowAndIdleClients(t *testing.T) {
	srv := newServer("127.0.0.1:0", http.NotFoundHandler())
	if srv.ReadTimeout <= 0 || srv.ReadTimeout > 30*time.Second || srv.IdleTimeout <= 0 || srv.IdleTimeout > 30*time.Second ||
		srv.WriteTimeout <= 0 || srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > 64<<10 {
		t.Fatalf("limits: read %v, write %v, idle %v, header bytes %d", srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout, srv.MaxHeaderBytes)
	}
	scale := func(d time.Duration) time.Duration { return d / 50 }
	srv.ReadTimeout, srv.IdleTimeout, srv.ReadHeaderTimeout = scale(srv.ReadTimeout), scale(srv.IdleTimeout), scale(srv.ReadHeaderTimeout)
	srv.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b [64]byte
		for { // read the body as it comes
			if _, err := r.Body.Read(b[:]); err != nil {
				break
			}
		}
		w.Write([]byte("ok"))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Close()

	closedWithin := func(c net.Conn, d time.Duration) bool {
		c.SetReadDeadline(time.Now().Add(d))
		r := bufio.NewReader(c)
		for {
			if _, err := r.ReadByte(); err != nil {
				ne, ok := err.(net.Error)
				return !(ok && ne.Timeout())
			}
		}
	}
	slow, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	fmt.Fprintf(slow, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n")
	go func() { // a byte every 100 ms, far slower than ReadTimeout allows
		for i := 0; i < 100; i++ {
			if _, err := slow.Write([]byte("x")); err != nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	if !closedWithin(slow, 5*srv.ReadTimeout) {
		t.Error("a trickling body kept its connection open")
	}

	idle, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer idle.Close()
	fmt.Fprintf(idle, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	if !closedWithin(idle, 5*srv.IdleTimeout+time.Second) {
		t.Error("an idle keep-alive connection stayed open")
	}
}
