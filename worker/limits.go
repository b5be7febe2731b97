package worker

import (
	"context"
	"net/http"
	"strconv"
	"time"
)

// Rate limits and storage budgets. Every counter is a row in the Store
// (Workers instances live for one request, so nothing is kept in memory),
// keyed by a kind and the client's daily-rotating keyed hash (clientKey). A
// request is checked against its counters with reads first and charged with
// conditional upserts only once it is valid and allowed, so refused (429)
// and invalid (400) requests write nothing.

// Counter kinds (the key prefix) and window lengths in seconds.
const (
	kindWrites = "w:" // writes per minute per client, sliding (Options.WriteLimit)
	kindReads  = "r:" // class views per minute per client, sliding (Options.ReadLimit)
	kindMisses = "x:" // failed class lookups per hour per client, sliding (Options.MissLimit)
	kindBytes  = "b:" // stored bytes per UTC day per client (Options.ClientDayBytes)
	keyGlobal  = "g"  // stored bytes per UTC day, all clients (Options.StoreBytes)
	keyHealth  = "h"  // the health probe's write, once a minute

	minute = 60
	hour   = 3600
	day    = 86400
)

// rowOverhead is charged per stored row on top of its document, for the id,
// timestamps and index entries, so many tiny writes cannot slip past the
// byte budget.
const rowOverhead = 512

// window is one sliding-window request limit.
type window struct {
	kind   string
	period int64
	limit  int64
}

// slidingCap returns how many requests the current window of w may still
// hold for this client: the limit minus the previous window's count weighted
// by how much of it still overlaps the last period (the usual two-window
// approximation of a sliding window), minus the current count. So a burst at
// the end of one window cannot be repeated at the start of the next.
func (a *API) slidingCap(ctx context.Context, addr string, w window, now time.Time) (capN int64, cur Counter, err error) {
	t := now.Unix()
	win, elapsed := t/w.period, t%w.period
	prevKey, curKey := a.key(w.kind, addr, (win-1)*w.period), a.key(w.kind, addr, win*w.period)
	var prev Counter
	if prevKey == curKey {
		cs, err := a.store.Counters(ctx, curKey, win-1, win)
		if err != nil {
			return 0, cur, err
		}
		prev, cur = cs[win-1], cs[win]
	} else { // the client key rotated at midnight between the two windows
		p, err := a.store.Counters(ctx, prevKey, win-1, win-1)
		if err != nil {
			return 0, cur, err
		}
		c, err := a.store.Counters(ctx, curKey, win, win)
		if err != nil {
			return 0, cur, err
		}
		prev, cur = p[win-1], c[win]
	}
	weighted := (prev.N*(w.period-elapsed) + w.period - 1) / w.period // rounded up
	return w.limit - weighted, cur, nil
}

// check refuses the request with 429 if it would pass w; it writes nothing.
func (a *API) check(ctx context.Context, hdr http.Header, addr string, w window, now time.Time) error {
	_, err := a.windowCharge(ctx, hdr, addr, w, now)
	return err
}

// windowCharge is the charge of one request to w, or 429 if it would pass
// w. It writes nothing. w must be on (limit > 0).
func (a *API) windowCharge(ctx context.Context, hdr http.Header, addr string, w window, now time.Time) (Charge, error) {
	if w.limit <= 0 {
		return Charge{}, nil
	}
	capN, cur, err := a.slidingCap(ctx, addr, w, now)
	if err != nil {
		return Charge{}, err
	}
	if cur.N+1 > capN {
		return Charge{}, a.refuse(hdr, w, now)
	}
	t := now.Unix()
	return Charge{Key: a.key(w.kind, addr, t), Win: t / w.period, Add: Counter{N: 1},
		CapN: capN, CapBytes: 1 << 62, Expires: time.Unix((t/w.period+2)*w.period, 0)}, nil
}

// count charges one request to w, refusing it with 429 when it would pass w
// or a concurrent request took the last place first.
func (a *API) count(ctx context.Context, hdr http.Header, addr string, w window, now time.Time) error {
	if w.limit <= 0 {
		return nil
	}
	c, err := a.windowCharge(ctx, hdr, addr, w, now)
	if err != nil {
		return err
	}
	ok, err := a.store.Charge(ctx, c)
	if err != nil {
		return err
	}
	if !ok {
		return a.refuse(hdr, w, now)
	}
	return nil
}

func (a *API) refuse(hdr http.Header, w window, now time.Time) error {
	hdr.Set("Retry-After", strconv.FormatInt(retryAfter(w.period, now), 10))
	switch w.kind {
	case kindMisses:
		return apiError(CodeRateLimited, "Terlalu banyak kode kelas atau token yang salah dari jaringan ini. Tunggu sebentar lalu coba lagi.")
	case kindReads:
		return apiError(CodeRateLimited, "Data kelas terlalu sering dibuka dari jaringan ini. Tunggu sebentar lalu coba lagi.")
	}
	return apiError(CodeRateLimited, "Terlalu banyak permintaan dari perangkat ini. Tunggu sebentar lalu coba lagi.")
}

// retryAfter is the time to the next window, at least one second.
func retryAfter(period int64, now time.Time) int64 {
	return max(1, period-now.Unix()%period)
}

func (a *API) writes() window { return window{kindWrites, minute, int64(a.opts.WriteLimit)} }
func (a *API) reads() window  { return window{kindReads, minute, int64(a.opts.ReadLimit)} }
func (a *API) misses() window { return window{kindMisses, hour, int64(a.opts.MissLimit)} }

// checkBudget refuses a write of size bytes that would pass the client's
// daily budget (429) or the store's (503 for today's share, 507 for the
// ceiling); it writes nothing.
func (a *API) checkBudget(ctx context.Context, hdr http.Header, addr string, size int64, now time.Time) error {
	_, err := a.budgetCharges(ctx, hdr, addr, size, now)
	return err
}

// budgetCharges are the charges of size stored bytes to the client's and
// the store's daily counters, or the refusal if they would pass a budget.
// It writes nothing.
func (a *API) budgetCharges(ctx context.Context, hdr http.Header, addr string, size int64, now time.Time) ([]Charge, error) {
	var out []Charge
	t := now.Unix()
	today := t / day
	add := Counter{N: 1, Bytes: size}
	if a.opts.ClientDayBytes > 0 {
		key := a.key(kindBytes, addr, t)
		cs, err := a.store.Counters(ctx, key, today, today)
		if err != nil {
			return nil, err
		}
		if cs[today].Bytes+size > a.opts.ClientDayBytes {
			hdr.Set("Retry-After", strconv.FormatInt(retryAfter(day, now), 10))
			return nil, apiError(CodeQuota, "Kuota simpan harian untuk jaringan ini sudah habis. Coba lagi besok.")
		}
		out = append(out, Charge{Key: key, Win: today, Add: add, CapN: 1 << 62, CapBytes: a.opts.ClientDayBytes,
			Expires: time.Unix((today+2)*day, 0)})
	}
	if a.opts.StoreBytes > 0 {
		// Everything stored expires within ClassLifetime (= ShareLifetime), so
		// the bytes charged in the days since bound what the store holds.
		lifetime := int64(ClassLifetime / time.Second)
		cs, err := a.store.Counters(ctx, keyGlobal, today-lifetime/day-1, today)
		if err != nil {
			return nil, err
		}
		var held int64
		for w, c := range cs {
			if w < today {
				held += c.Bytes
			}
		}
		capBytes := min(a.opts.StoreBytes-held, a.storeDayBytes())
		switch {
		case held+cs[today].Bytes+size > a.opts.StoreBytes:
			return nil, apiError(CodeStoreFull, "Penyimpanan server sudah mencapai batasnya; data lama terhapus otomatis setelah 90 hari. Simpan draf di perangkat dan coba lagi nanti.")
		case cs[today].Bytes+size > capBytes:
			hdr.Set("Retry-After", strconv.FormatInt(retryAfter(day, now), 10))
			return nil, apiError(CodeStoreBusy, "Kuota simpan harian server sudah habis. Draf Anda tetap di perangkat; coba lagi besok.")
		}
		out = append(out, Charge{Key: keyGlobal, Win: today, Add: add, CapN: 1 << 62, CapBytes: capBytes,
			Expires: time.Unix((today+1)*day+lifetime, 0)})
	}
	return out, nil
}

// storeDayBytes is the share of the store one day may fill: a thirtieth of
// the ceiling, so a flood of writes from many addresses takes a month to
// reach the ceiling instead of an hour, and blocks writes for a day at most.
func (a *API) storeDayBytes() int64 { return max(1, a.opts.StoreBytes/30) }

// commitWrite charges a valid write of size stored bytes (0 for a change
// that stores nothing new) to the client's write limit and to the byte
// budgets, in one statement. The limits are read first, so a refused write
// writes nothing; a write refused by a concurrent one's charge (a race) may
// leave its other counters charged.
func (a *API) commitWrite(ctx context.Context, hdr http.Header, addr string, size int64, now time.Time) error {
	var charges []Charge
	if size > 0 {
		cs, err := a.budgetCharges(ctx, hdr, addr, size, now)
		if err != nil {
			return err
		}
		charges = cs
	}
	if a.opts.WriteLimit > 0 {
		c, err := a.windowCharge(ctx, hdr, addr, a.writes(), now)
		if err != nil {
			return err
		}
		charges = append(charges, c)
	}
	ok, err := a.store.Charge(ctx, charges...)
	if err != nil || ok {
		return err
	}
	// Lost a race: say which limit it was, as far as can be told now.
	if err := a.checkBudget(ctx, hdr, addr, size, now); err != nil && size > 0 {
		return err
	}
	return a.refuse(hdr, a.writes(), now)
}
