package worker

import (
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
)

// Options tune the handler. The zero value is valid: no rate limit, real clock,
// standard logger.
type Options struct {
	// WriteLimit is the most writes (POSTs) one client may make per minute;
	// 0 disables the limit. Counters live in the Store, never in memory.
	WriteLimit int
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
	return &API{store: store, opts: opts}
}

// route is one path shape; a segment "*" matches one non-empty segment and is
// passed to the handler as a parameter.
type route struct {
	method  string
	pattern []string
	handle  func(a *API, w http.ResponseWriter, r *http.Request, params []string) error
	write   bool // counts toward the write limit
}

var routes = []route{
	{http.MethodGet, []string{"api", "health"}, (*API).health, false},
	{http.MethodPost, []string{"api", "shares"}, (*API).createShare, true},
	{http.MethodGet, []string{"api", "shares", "*"}, (*API).readShare, false},
	{http.MethodPost, []string{"api", "classes"}, (*API).createClass, true},
	{http.MethodGet, []string{"api", "classes", "*"}, (*API).readClass, false},
	{http.MethodPost, []string{"api", "classes", "*", "submissions"}, (*API).submit, true},
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
			if err := a.limitWrites(w, r); err != nil {
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
// server fault, logged and reported without its details.
func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) {
	e, ok := err.(*Error)
	if !ok {
		a.opts.Logf("worker: %s %s: %v", r.Method, r.URL.Path, err)
		e = apiError(CodeInternal, "Terjadi kesalahan di server. Coba lagi nanti.")
	}
	writeError(w, e)
}

func (a *API) health(w http.ResponseWriter, r *http.Request, _ []string) error {
	return writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
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

// WriteLimitEnv names the setting of Options.WriteLimit: an environment
// variable for NewLocal, a wrangler var for the Workers build.
const WriteLimitEnv = "WRITE_LIMIT"

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
