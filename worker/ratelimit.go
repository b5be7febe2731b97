package worker

import (
	"net"
	"net/http"
	"strconv"
)

// limitWrites counts this write for the client and refuses it past the
// per-minute limit. The counter is a row in the Store (one upsert), because a
// Workers instance lives for one request only. The client is the connection's
// address: natively the TCP peer, on Workers the CF-Connecting-IP that
// syumai/workers puts in RemoteAddr.
func (a *API) limitWrites(w http.ResponseWriter, r *http.Request) error {
	if a.opts.WriteLimit <= 0 {
		return nil
	}
	now := a.opts.Now()
	n, err := a.store.CountWrite(r.Context(), clientKey(clientAddr(r)), now)
	if err != nil {
		return err
	}
	if n == 1 {
		// First write of this client this minute: a cheap moment to drop old
		// counters and expired data, instead of a cron job.
		if err := a.store.DeleteExpired(r.Context(), now); err != nil {
			a.opts.Logf("worker: %v", err)
		}
	}
	if n > a.opts.WriteLimit {
		w.Header().Set("Retry-After", strconv.FormatInt(60-now.Unix()%60, 10))
		return apiError(CodeRateLimited, "Terlalu banyak permintaan dari perangkat ini. Tunggu sebentar lalu coba lagi.")
	}
	return nil
}

func clientAddr(r *http.Request) string {
	if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		return host
	}
	return r.RemoteAddr
}
