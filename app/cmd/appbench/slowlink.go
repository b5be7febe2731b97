//go:build !wasm

package main

import (
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// slowLink is the phone's network between the browser and one server: a
// TCP proxy that every request goes through — the page's, its workers' and
// the service worker's alike, which per-target DevTools emulation does not
// reach (a dedicated worker fetching app.wasm would download at full speed).
// All connections share one downlink and one uplink of the profile's
// bandwidth, and every burst the browser sends (a connection, a request)
// waits one round trip before the server sees it.
type slowLink struct {
	ln       net.Listener
	upstream string
	down, up *pipe
	sent     atomic.Int64 // bytes carried to the browser
}

// pipe is one direction of the link: bytes leave at rate bytes a second,
// in the order they were offered, shared by every connection.
type pipe struct {
	mu   sync.Mutex
	rate float64
	free time.Time // when the pipe has sent everything offered so far
}

// wait blocks until n more bytes have gone through the pipe.
func (p *pipe) wait(n int) {
	p.mu.Lock()
	now := time.Now()
	if p.free.Before(now) {
		p.free = now
	}
	p.free = p.free.Add(time.Duration(float64(n) / p.rate * float64(time.Second)))
	until := p.free
	p.mu.Unlock()
	time.Sleep(time.Until(until))
}

// newSlowLink listens on a free loopback port and forwards to upstream
// (host:port) at the phone profile's bandwidth and round trip.
func newSlowLink(upstream string) (*slowLink, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	l := &slowLink{ln: ln, upstream: upstream, down: &pipe{rate: phoneDownload}, up: &pipe{rate: phoneUpload}}
	go l.serve()
	return l, nil
}

// Addr is where the browser connects.
func (l *slowLink) Addr() string { return l.ln.Addr().String() }

// Close stops accepting connections.
func (l *slowLink) Close() error { return l.ln.Close() }

func (l *slowLink) serve() {
	for {
		c, err := l.ln.Accept()
		if err != nil {
			return
		}
		go l.carry(c)
	}
}

// carry forwards one connection: the handshake costs a round trip, each
// burst from the browser another, and bytes either way take their turn in
// the shared pipes.
func (l *slowLink) carry(c net.Conn) {
	defer c.Close()
	time.Sleep(phoneRTT * time.Millisecond)
	s, err := net.Dial("tcp", l.upstream)
	if err != nil {
		return
	}
	defer s.Close()
	done := make(chan struct{}, 2)
	go func() { l.copy(s, c, l.up, true, nil); done <- struct{}{} }()
	go func() { l.copy(c, s, l.down, false, &l.sent); done <- struct{}{} }()
	<-done
}

// copy moves bytes from src to dst through p; a burst from the browser
// (request) first waits a round trip.
func (l *slowLink) copy(dst, src net.Conn, p *pipe, request bool, count *atomic.Int64) {
	defer dst.Close()
	buf := make([]byte, 16<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if request {
				time.Sleep(phoneRTT * time.Millisecond)
			}
			p.wait(n)
			if count != nil { // before the write, so a reader that has the bytes sees them counted
				count.Add(int64(n))
			}
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil { // io.EOF or a closed connection
			return
		}
	}
}
