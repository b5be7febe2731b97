package worker

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"net"
	"net/http"
	"strings"
)

// clientKeyBytes is how much of the HMAC a counter key keeps: 96 bits, more
// than enough to tell clients apart, too little to carry anything else.
const clientKeyBytes = 12

// MinSecretBytes is the shortest accepted client-key secret.
const MinSecretBytes = 32

// key is the counter key of kind for the client at addr in the UTC day of
// unix time t: kind + a truncated HMAC-SHA256 of the client's network under
// the server's secret and the day. Without the secret the stored keys cannot
// be reversed by trying all 2³² IPv4 addresses, and as the day is part of
// the input, one client's keys of two days cannot be linked.
func (a *API) key(kind, addr string, t int64) string {
	m := hmac.New(sha256.New, a.opts.ClientSecret)
	var d [8]byte
	binary.BigEndian.PutUint64(d[:], uint64(t/day))
	m.Write(d[:])
	m.Write([]byte(clientNetwork(addr)))
	return kind + hex.EncodeToString(m.Sum(nil)[:clientKeyBytes])
}

// clientNetwork is the part of an address that names one client: the whole
// IPv4 address, or the /64 prefix of an IPv6 address (one subscriber's
// network; a host can take any address in it). Anything unparsable is used
// as it is.
func clientNetwork(addr string) string {
	ip := net.ParseIP(strings.TrimSpace(addr))
	if ip == nil {
		return "?" + addr
	}
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// clientAddr is the client's address: natively the TCP peer, on Workers the
// CF-Connecting-IP that syumai/workers puts in RemoteAddr (set by Cloudflare,
// not by the client).
func clientAddr(r *http.Request) string {
	if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		return host
	}
	return r.RemoteAddr
}
