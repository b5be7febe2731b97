package worker

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Limits of the API.
const (
	// MaxScenarioBytes is the largest scenario document accepted (64 KiB).
	MaxScenarioBytes = 64 << 10
	// maxSubmissionBytes leaves room for the envelope around a scenario.
	maxSubmissionBytes = MaxScenarioBytes + 1<<10
	// maxPatchBytes bounds the body of a class change ({"closed":true}).
	maxPatchBytes = 1 << 10
	// ShareLifetime is how long a share link works.
	ShareLifetime = 90 * 24 * time.Hour
	// ClassLifetime is how long a class and its submissions are kept.
	ClassLifetime = 90 * 24 * time.Hour
	// DefaultMaxClassSize bounds a class: the trainer's view recomputes every
	// submission, and a Workers request has little CPU time.
	DefaultMaxClassSize = 500
	// DefaultWriteLimit is the default number of writes per minute per client.
	// A class behind one school NAT shares an address, so it is generous.
	DefaultWriteLimit = 120
	// DefaultReadLimit is the default number of class views per minute per
	// client: a trainer's screen polls every 4 s (15 a minute), and a few
	// trainers may share one school address.
	DefaultReadLimit = 60
	// DefaultMissLimit is the default number of failed class lookups (unknown
	// or closed class, wrong token) per hour per client. It is what bounds
	// guessing class codes: 31⁶ ≈ 8.9·10⁸ codes.
	DefaultMissLimit = 30
	// DefaultClientDayBytes is what one client (an IPv4 address or an IPv6
	// /64) may store per UTC day: 400 submissions of 5 KB for a class behind
	// one NAT, and over the 90 days data lives at most 189 MB, under the
	// store's ceiling.
	DefaultClientDayBytes = 2 << 20
	// DefaultStoreBytes is the ceiling of what the store holds: D1's free
	// plan allows 500 MB per database; the rest is room for indexes,
	// counters and SQLite's own pages.
	DefaultStoreBytes = 400_000_000
	// maxURLBytes and maxHeaderBytes bound a request before any work, the same
	// on both runtimes (431 JSON); beyond the runtimes' own limits, Go's
	// server and workerd answer 431 themselves (plain text).
	maxURLBytes    = 2 << 10
	maxHeaderBytes = 8 << 10
)

// Options tune the handler. The zero value is valid: no write-count limit,
// the default read, miss and byte limits, a random client-key secret, the
// real clock and the standard logger.
type Options struct {
	// WriteLimit is the most writes (POST, PATCH, DELETE) one client may make
	// per minute (sliding); 0 disables it. Counters live in the Store.
	WriteLimit int
	// ReadLimit is the most class views one client may open per minute
	// (sliding); 0 means DefaultReadLimit, < 0 none.
	ReadLimit int
	// MissLimit is the most failed class lookups one client may make per hour
	// (sliding); 0 means DefaultMissLimit, < 0 none.
	MissLimit int
	// ClientDayBytes is what one client may store per UTC day; 0 means
	// DefaultClientDayBytes, < 0 no limit.
	ClientDayBytes int64
	// StoreBytes is the ceiling of stored bytes (and a thirtieth of it the
	// most one day may add); 0 means DefaultStoreBytes, < 0 no ceiling.
	StoreBytes int64
	// ClientSecret keys the hashes that stand for client addresses in the
	// counters (HMAC-SHA256); at least MinSecretBytes. nil means a random
	// secret for this handler's life, which suits one long-lived process only:
	// on Workers every request is a new instance, so NewD1 requires one.
	ClientSecret []byte
	// MaxClassSize is the most submissions a class takes; 0 means
	// DefaultMaxClassSize.
	MaxClassSize int
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Logf logs server errors and recovered panics; nil means log.Printf.
	Logf func(format string, args ...any)
}

// API is the edge API as an http.Handler. It serves paths under /api/ as they
// arrive (mount it at "/api/" without stripping the prefix).
type API struct {
	store Store
	opts  Options
}

// New returns the API over store.
func New(store Store, opts Options) *API {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.MaxClassSize <= 0 {
		opts.MaxClassSize = DefaultMaxClassSize
	}
	if opts.Logf == nil {
		opts.Logf = log.Printf
	}
	opts.ReadLimit = orDefault(opts.ReadLimit, DefaultReadLimit)
	opts.MissLimit = orDefault(opts.MissLimit, DefaultMissLimit)
	opts.ClientDayBytes = orDefault(opts.ClientDayBytes, DefaultClientDayBytes)
	opts.StoreBytes = orDefault(opts.StoreBytes, DefaultStoreBytes)
	if len(opts.ClientSecret) == 0 {
		opts.ClientSecret = make([]byte, MinSecretBytes)
		_, _ = rand.Read(opts.ClientSecret)
	}
	return &API{store: store, opts: opts}
}

// orDefault maps 0 to def and anything negative to 0 (off).
func orDefault[T int | int64](v, def T) T {
	switch {
	case v == 0:
		return def
	case v < 0:
		return 0
	}
	return v
}

// route is one path shape; a segment "*" matches one non-empty segment and is
// passed to the handler as a parameter.
type route struct {
	method  string
	pattern []string
	handle  func(a *API, w http.ResponseWriter, r *http.Request, params []string) error
	write   bool // counts toward the write limit (checked here, charged by the handler)
}

var routes = []route{
	{http.MethodGet, []string{"api", "health"}, (*API).health, false},
	{http.MethodPost, []string{"api", "shares"}, (*API).createShare, true},
	{http.MethodGet, []string{"api", "shares", "*"}, (*API).readShare, false},
	{http.MethodPost, []string{"api", "classes"}, (*API).createClass, true},
	{http.MethodGet, []string{"api", "classes", "*"}, (*API).readClass, false},
	{http.MethodPatch, []string{"api", "classes", "*"}, (*API).changeClass, true},
	{http.MethodPost, []string{"api", "classes", "*", "submissions"}, (*API).submit, true},
	{http.MethodDelete, []string{"api", "classes", "*", "submissions", "*"}, (*API).removeSubmission, true},
}

// knownMethods are the methods workerd passes to a worker; it answers any
// other itself with 501, so the native server does the same.
var knownMethods = map[string]bool{
	"GET": true, "HEAD": true, "POST": true, "PUT": true, "DELETE": true,
	"OPTIONS": true, "PATCH": true, "CONNECT": true, "TRACE": true,
}

// ServeHTTP routes the request, turns every error (and panic) into the JSON
// error shape, and never lets a panic reach syumai/workers, which would crash
// the instance.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rw := &statusWriter{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			a.opts.Logf("worker: panic in %s %s: %v", r.Method, r.URL.Path, v)
			if !rw.wrote {
				writeError(rw, apiError(CodeInternal, "Terjadi kesalahan di server. Coba lagi nanti."))
			}
		}
	}()
	if err := a.dispatch(rw, r); err != nil {
		a.fail(rw, r, err)
	}
}

func (a *API) dispatch(w http.ResponseWriter, r *http.Request) error {
	if !knownMethods[r.Method] {
		return apiError(CodeNotImplemented, "Metode "+strconv.Quote(r.Method)+" tidak dikenal.")
	}
	if err := checkRequestSize(r); err != nil {
		return err
	}
	segs := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	var allowed []string
	for _, rt := range routes {
		params, ok := match(rt.pattern, segs)
		if !ok {
			continue
		}
		if rt.method != r.Method && !(rt.method == http.MethodGet && r.Method == http.MethodHead) {
			allowed = append(allowed, rt.method)
			continue
		}
		if rt.write {
			// Refuse a client past its write limit before reading the body;
			// the handler charges the write once it is valid.
			if err := a.check(r.Context(), w.Header(), clientAddr(r), a.writes(), a.opts.Now()); err != nil {
				return err
			}
		}
		return rt.handle(a, w, r, params)
	}
	if len(allowed) > 0 {
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		return apiError(CodeMethod, "Metode "+r.Method+" tidak diizinkan untuk alamat ini; gunakan "+strings.Join(allowed, " atau ")+".")
	}
	return apiError(CodeNotFound, "Alamat API tidak ditemukan.")
}

// checkRequestSize refuses a long URL or header with 431 before any work, so
// both runtimes answer the same below their own limits.
func checkRequestSize(r *http.Request) error {
	if len(r.URL.RequestURI()) > maxURLBytes {
		return apiError(CodeHeaderTooLarge, "Alamat permintaan terlalu panjang.")
	}
	total := 0
	for k, vs := range r.Header {
		for _, v := range vs {
			total += len(k) + len(v) + 4
		}
	}
	if total > maxHeaderBytes {
		return apiError(CodeHeaderTooLarge, "Header permintaan terlalu besar.")
	}
	return nil
}

func match(pattern, segs []string) ([]string, bool) {
	if len(pattern) != len(segs) {
		return nil, false
	}
	var params []string
	for i, p := range pattern {
		switch {
		case p == "*" && segs[i] != "":
			params = append(params, segs[i])
		case p != segs[i]:
			return nil, false
		}
	}
	return params, true
}

// fail writes err as the JSON error; anything that is not an *Error is a
// server fault, logged and reported without its details, except that a full
// or read-only store says so (507, 503).
func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) {
	e, ok := err.(*Error)
	if !ok {
		a.opts.Logf("worker: %s %s: %v", r.Method, r.URL.Path, err)
		switch {
		case errors.Is(err, ErrStoreFull):
			e = apiError(CodeStoreFull, "Penyimpanan server penuh. Draf Anda tetap di perangkat; coba lagi nanti.")
		case errors.Is(err, ErrReadOnly):
			e = apiError(CodeStoreBusy, "Penyimpanan server sedang tidak bisa menulis. Draf Anda tetap di perangkat; coba lagi nanti.")
		default:
			e = apiError(CodeInternal, "Terjadi kesalahan di server. Coba lagi nanti.")
		}
	}
	writeError(w, e)
}

// healthProbeBytes is the write health must be able to make: a small
// submission.
const healthProbeBytes = 4 << 10

// health reports whether the API can write: the store's ceiling is not
// reached and a write to the store works. The write (a counter row) happens
// at most once a minute, so polling health costs the store nothing more.
func (a *API) health(w http.ResponseWriter, r *http.Request, _ []string) error {
	ctx, now := r.Context(), a.opts.Now()
	type status struct {
		Status string `json:"status"`
		Writes bool   `json:"writes"`
		Reason string `json:"reason,omitempty"`
	}
	down := func(reason string) error {
		w.Header().Set("Retry-After", "60")
		return writeJSON(w, http.StatusServiceUnavailable, status{Status: "gangguan", Reason: reason})
	}
	if err := a.checkBudget(ctx, http.Header{}, "", healthProbeBytes, now); err != nil {
		if e, ok := err.(*Error); ok && (e.Code == CodeStoreFull || e.Code == CodeStoreBusy) {
			return down(e.Message)
		} else if !ok {
			a.opts.Logf("worker: health: %v", err)
			return down("Penyimpanan server tidak dapat dibaca.")
		}
	}
	t := now.Unix()
	// The probe row is as large as a small submission, so a store too full
	// for real writes refuses it too (a tiny row may still fit in a page).
	key := keyHealth + strings.Repeat("0", healthProbeBytes)
	cs, err := a.store.Counters(ctx, key, t/minute, t/minute)
	if err != nil {
		a.opts.Logf("worker: health: %v", err)
		return down("Penyimpanan server tidak dapat dibaca.")
	}
	if _, probed := cs[t/minute]; !probed {
		probe := Charge{Key: key, Win: t / minute, Add: Counter{N: 1}, CapN: 1 << 62, CapBytes: 1 << 62, Expires: time.Unix((t/minute+2)*minute, 0)}
		if _, err := a.store.Charge(ctx, probe); err != nil {
			a.opts.Logf("worker: health: %v", err)
			return down("Penyimpanan server tidak dapat ditulisi.")
		}
	}
	return writeJSON(w, http.StatusOK, status{Status: "ok", Writes: true})
}

// Cleanup deletes expired shares, classes (with their submissions) and
// counters. It runs on its own schedule — a Cron Trigger on Workers, a
// ticker natively (StartCleanup) — independent of requests, of rate limits
// and of a full store (deleting needs no room).
func (a *API) Cleanup(ctx context.Context) error {
	n, err := a.store.DeleteExpired(ctx, a.opts.Now())
	if n > 0 {
		a.opts.Logf("worker: %d baris kedaluwarsa dihapus", n)
	}
	return err
}

// statusWriter remembers whether the header went out, so a late panic does
// not write a second header.
type statusWriter struct {
	http.ResponseWriter
	wrote bool
}

func (s *statusWriter) WriteHeader(code int) {
	s.wrote = true
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	s.wrote = true
	return s.ResponseWriter.Write(b)
}

// Settings read from the environment: environment variables for NewLocal,
// wrangler vars and secrets for the Workers build.
const (
	// WriteLimitEnv sets Options.WriteLimit.
	WriteLimitEnv = "WRITE_LIMIT"
	// StoreLimitEnv sets Options.StoreBytes (bytes; for a paid plan's size).
	StoreLimitEnv = "STORE_LIMIT_BYTES"
	// ClientDayEnv sets Options.ClientDayBytes (bytes per client per UTC day).
	ClientDayEnv = "CLIENT_DAY_BYTES"
	// SecretEnv holds Options.ClientSecret: a Workers secret
	// (`wrangler secret put CLIENT_KEY_SECRET`), natively an environment
	// variable or else a generated file next to the database.
	SecretEnv = "CLIENT_KEY_SECRET"
)

// ParseWriteLimit reads a WRITE_LIMIT value; "" means DefaultWriteLimit.
func ParseWriteLimit(v string) (int, error) {
	if v == "" {
		return DefaultWriteLimit, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s=%q: harus bilangan bulat ≥ 0 (0 = tanpa batas)", WriteLimitEnv, v)
	}
	return n, nil
}

// OptionsFromEnv reads the settings through getenv (os.Getenv natively,
// cloudflare.Getenv on Workers). The secret is required: without it, client
// keys could not be compared across requests on Workers.
func OptionsFromEnv(getenv func(string) string) (Options, error) {
	var o Options
	var err error
	if o.WriteLimit, err = ParseWriteLimit(getenv(WriteLimitEnv)); err != nil {
		return o, err
	}
	for _, b := range []struct {
		env string
		to  *int64
	}{{StoreLimitEnv, &o.StoreBytes}, {ClientDayEnv, &o.ClientDayBytes}} {
		if v := getenv(b.env); v != "" {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n <= 0 {
				return o, fmt.Errorf("%s=%q: harus bilangan bulat > 0 (byte)", b.env, v)
			}
			*b.to = n
		}
	}
	secret := strings.TrimSpace(getenv(SecretEnv))
	if len(secret) < MinSecretBytes {
		return o, fmt.Errorf("%s belum diatur atau kurang dari %d karakter (wrangler secret put %s)", SecretEnv, MinSecretBytes, SecretEnv)
	}
	o.ClientSecret = []byte(secret)
	return o, nil
}
