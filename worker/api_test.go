//go:build !js

package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// newTestAPI returns the API over a fresh SQLite file with opts.
func newTestAPI(t testing.TB, opts Options) (*API, *SQLStore) {
	t.Helper()
	db, err := OpenSQLite(filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	st := NewSQLStore(db)
	return New(st, opts), st
}

func serve(h http.Handler, method, path, remote string, header map[string]string, body string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if remote != "" {
		req.RemoteAddr = remote
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// panickyStore is the real store except that reading a share panics, as a
// bug in a handler would.
type panickyStore struct{ *SQLStore }

func (panickyStore) Share(context.Context, string, time.Time) (Share, error) {
	panic("boom: simulated handler bug")
}

func TestPanicBecomes500(t *testing.T) {
	_, st := newTestAPI(t, Options{})
	var mu sync.Mutex
	var logged []string
	api := New(panickyStore{st}, Options{Logf: func(f string, a ...any) {
		mu.Lock()
		defer mu.Unlock()
		logged = append(logged, fmt.Sprintf(f, a...))
	}})
	rec := serve(api, "GET", "/api/shares/"+newID(), "", nil, "")
	if rec.Code != 500 {
		t.Fatalf("status %d, want 500", rec.Code)
	}
	var body struct {
		Error Error `json:"error"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error.Code != CodeInternal || body.Error.Message == "" {
		t.Errorf("body %s (%v)", rec.Body, err)
	}
	if strings.Contains(rec.Body.String(), "boom") {
		t.Errorf("panic details leaked to the client: %s", rec.Body)
	}
	if len(logged) != 1 || !strings.Contains(logged[0], "boom") {
		t.Errorf("panic not logged: %q", logged)
	}
}

// TestPanicWrangler shows the same on the real Workers runtime: the panic
// route of the test build answers 500 JSON, is logged, and the worker keeps
// serving.
func TestPanicWrangler(t *testing.T) {
	tg := wranglerTarget(t)
	res := tg.do(t, "GET", "/api/_uji/panik", nil, nil)
	if res.status != 500 {
		t.Fatalf("status %d, want 500: %s", res.status, res.body)
	}
	checkError(t, res, CodeInternal, nil)
	if strings.Contains(string(res.body), "disengaja") {
		t.Errorf("panic details leaked: %s", res.body)
	}
	if res := tg.do(t, "GET", "/api/health", nil, nil); res.status != 200 {
		t.Errorf("health after a panic: %d", res.status)
	}
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(wranglerLog(), "panik yang disengaja") {
		if time.Now().After(deadline) {
			t.Fatalf("panic not in the worker log:\n%s", wranglerLog())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestShareExpiresAfter90Days(t *testing.T) {
	now := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	t0 := now
	clock := &t0
	api, _ := newTestAPI(t, Options{Now: func() time.Time { return *clock }})
	rec := serve(api, "POST", "/api/shares", "", jsonCT, string(scenarioFixture(t, "sangat_baik")))
	if rec.Code != 201 {
		t.Fatalf("create: %d %s", rec.Code, rec.Body)
	}
	var created shareCreated
	json.Unmarshal(rec.Body.Bytes(), &created)
	if want := now.Add(90 * 24 * time.Hour).Format(timeFormat); created.ExpiresAt != want {
		t.Errorf("expires_at %s, want %s", created.ExpiresAt, want)
	}
	for _, tc := range []struct {
		at   time.Duration
		want int
	}{{89 * 24 * time.Hour, 200}, {90*24*time.Hour - time.Second, 200}, {90 * 24 * time.Hour, 404}, {400 * 24 * time.Hour, 404}} {
		*clock = now.Add(tc.at)
		if rec := serve(api, "GET", "/api/shares/"+created.ID, "", nil, ""); rec.Code != tc.want {
			t.Errorf("after %v: %d, want %d", tc.at, rec.Code, tc.want)
		}
	}
}

// TestRateLimitSlidingWindow: the write limit is per client and slides: a
// burst at the end of one minute is not repeated at the start of the next
// (finding 7: 240 writes passed in 2 s across a calendar-minute boundary).
func TestRateLimitSlidingWindow(t *testing.T) {
	now := time.Date(2026, 1, 1, 8, 0, 58, 0, time.UTC)
	t0 := now
	clock := &t0
	api, st := newTestAPI(t, Options{WriteLimit: 120, Now: func() time.Time { return *clock }})
	write := func(remote string) int { return serve(api, "POST", "/api/classes", remote, nil, "").Code }
	passed := 0
	for i := 0; i < 130; i++ {
		if write("192.0.2.1:1000") == 201 {
			passed++
		}
	}
	if passed != 120 {
		t.Fatalf("first minute: %d writes passed, want 120", passed)
	}
	before := countRows(t, st, "SELECT sum(n) FROM counters")
	rec := serve(api, "POST", "/api/classes", "192.0.2.1:1001", nil, "")
	if after := countRows(t, st, "SELECT sum(n) FROM counters"); after != before {
		t.Errorf("a refused write changed the counters: %d → %d", before, after)
	}
	if rec.Code != 429 || rec.Header().Get("Retry-After") != "2" {
		t.Errorf("write 131: %d, Retry-After %q; want 429, 2", rec.Code, rec.Header().Get("Retry-After"))
	}
	if got := write("192.0.2.2:1000"); got != 201 {
		t.Errorf("another client: %d, want 201", got)
	}
	if got := serve(api, "GET", "/api/health", "192.0.2.1:1000", nil, "").Code; got != 200 {
		t.Errorf("read while limited: %d", got)
	}
	// Two seconds later, in the next calendar minute: the last minute still
	// holds the 120 writes (weighted 58/60), so only a few more pass.
	*clock = now.Add(2 * time.Second)
	passed = 0
	for i := 0; i < 130; i++ {
		if write("192.0.2.1:1000") == 201 {
			passed++
		}
	}
	if passed > 4 {
		t.Errorf("%d writes passed 2 s after a full minute, want ≤ 4 (sliding window)", passed)
	}
	// A full minute after the burst the client may write again.
	*clock = now.Add(62 * time.Second)
	if got := write("192.0.2.1:1000"); got != 201 {
		t.Errorf("a minute later: %d, want 201", got)
	}
	off, _ := newTestAPI(t, Options{WriteLimit: 0})
	for i := 0; i < 10; i++ {
		if got := serve(off, "POST", "/api/classes", "", nil, "").Code; got != 201 {
			t.Fatalf("limit 0 (off), write %d: %d", i, got)
		}
	}
}

// TestRateLimitIPv6Slash64: an IPv6 client is its /64, so rotating the
// interface part of the address does not get a fresh limit (finding 7).
func TestRateLimitIPv6Slash64(t *testing.T) {
	api, _ := newTestAPI(t, Options{WriteLimit: 3})
	for i := 0; i < 3; i++ {
		if got := serve(api, "POST", "/api/classes", fmt.Sprintf("[2001:db8:1:2::%x]:443", i+1), nil, "").Code; got != 201 {
			t.Fatalf("write %d: %d", i, got)
		}
	}
	if got := serve(api, "POST", "/api/classes", "[2001:db8:1:2:ffff:ffff:ffff:ffff]:443", nil, "").Code; got != 429 {
		t.Errorf("fourth address of the same /64: %d, want 429", got)
	}
	if got := serve(api, "POST", "/api/classes", "[2001:db8:1:3::1]:443", nil, "").Code; got != 201 {
		t.Errorf("another /64: %d, want 201", got)
	}
}

func TestParseWriteLimit(t *testing.T) {
	for in, want := range map[string]int{"": DefaultWriteLimit, "0": 0, "5": 5} {
		if got, err := ParseWriteLimit(in); err != nil || got != want {
			t.Errorf("%q: %d, %v", in, got, err)
		}
	}
	for _, in := range []string{"-1", "x", "1.5"} {
		if _, err := ParseWriteLimit(in); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}

func TestNewLocalCreatesAndReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nested", "dir", "local.db")
	t.Setenv(WriteLimitEnv, "")
	t.Setenv(SecretEnv, "")
	h, closeDB, err := NewLocal(path)
	if err != nil {
		t.Fatal(err)
	}
	rec := serve(h, "POST", "/api/shares", "", jsonCT, string(scenarioFixture(t, "sangat_baik")))
	if rec.Code != 201 {
		t.Fatalf("create: %d %s", rec.Code, rec.Body)
	}
	var created shareCreated
	json.Unmarshal(rec.Body.Bytes(), &created)
	if err := closeDB(); err != nil {
		t.Fatal(err)
	}
	// Reopening migrates nothing twice and keeps the data.
	h, closeDB, err = NewLocal(path)
	if err != nil {
		t.Fatal(err)
	}
	defer closeDB()
	if rec := serve(h, "GET", "/api/shares/"+created.ID, "", nil, ""); rec.Code != 200 {
		t.Errorf("after reopen: %d %s", rec.Code, rec.Body)
	}
	t.Setenv(WriteLimitEnv, "lots")
	if _, _, err := NewLocal(path); err == nil {
		t.Error("bad WRITE_LIMIT accepted")
	}
}

// TestSchemaSameOnBothRuntimes compares the schema Migrate builds in SQLite
// with the one wrangler builds in D1 from the same files.
func TestSchemaSameOnBothRuntimes(t *testing.T) {
	const q = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name"
	native := normalSchema(nativeTarget(t, 0).rows(t, q))
	wr := normalSchema(wranglerTarget(t).rows(t, q))
	if len(native) < 5 || !reflect.DeepEqual(native, wr) {
		t.Errorf("schemas differ:\nnative   %v\nwrangler %v", native, wr)
	}
	applied := wranglerTarget(t).rows(t, "SELECT name FROM d1_migrations ORDER BY id")
	if len(applied) != 2 || applied[0]["name"] != "0001_init.sql" || applied[1]["name"] != "0002_budget_controls.sql" {
		t.Errorf("wrangler d1_migrations = %v", applied)
	}
}

// normalSchema drops comments and layout (wrangler strips comments before
// executing a migration; SQLite keeps the statement text as given).
func normalSchema(rows []map[string]any) []string {
	comment := regexp.MustCompile(`--[^\n]*`)
	space := regexp.MustCompile(`\s+`)
	var out []string
	for _, r := range rows {
		sql := comment.ReplaceAllString(fmt.Sprint(r["sql"]), "")
		sql = space.ReplaceAllString(sql, " ")
		sql = strings.NewReplacer("( ", "(", " )", ")", " ,", ",").Replace(sql)
		out = append(out, fmt.Sprint(r["type"], " ", r["name"], ": ", strings.TrimSpace(sql)))
	}
	return out
}

func TestClassFull(t *testing.T) {
	api, _ := newTestAPI(t, Options{MaxClassSize: 2})
	var c classCreated
	json.Unmarshal(serve(api, "POST", "/api/classes", "", nil, "").Body.Bytes(), &c)
	body := `{"scenario":` + string(scenarioFixture(t, "sangat_baik")) + `}`
	var wg sync.WaitGroup
	codes := make([]int, 6)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i] = serve(api, "POST", "/api/classes/"+c.Code+"/submissions", "", jsonCT, body).Code
		}()
	}
	wg.Wait()
	n201, n409 := 0, 0
	for _, code := range codes {
		switch code {
		case 201:
			n201++
		case 409:
			n409++
		}
	}
	if n201 != 2 || n409 != 4 {
		t.Errorf("statuses %v: want two 201 and four 409", codes)
	}
	rec := serve(api, "GET", "/api/classes/"+c.Code, "", map[string]string{"Authorization": "Bearer " + c.Token}, "")
	var v classView
	json.Unmarshal(rec.Body.Bytes(), &v)
	if v.Aggregate.Count != 2 {
		t.Errorf("class holds %d submissions, want 2", v.Aggregate.Count)
	}
}

// TestClassViewSurvivesInvalidStoredScenario: a stored scenario that no longer
// validates (rules changed) is listed with a message and left out of the
// aggregate; the trainer still sees the class.
func TestClassViewSurvivesInvalidStoredScenario(t *testing.T) {
	api, st := newTestAPI(t, Options{})
	var c classCreated
	json.Unmarshal(serve(api, "POST", "/api/classes", "", nil, "").Body.Bytes(), &c)
	body := `{"scenario":` + string(scenarioFixture(t, "sangat_baik")) + `}`
	for i := 0; i < 2; i++ {
		if rec := serve(api, "POST", "/api/classes/"+c.Code+"/submissions", "", jsonCT, body); rec.Code != 201 {
			t.Fatalf("submit: %d %s", rec.Code, rec.Body)
		}
	}
	if _, err := st.db.Exec(`UPDATE submissions SET scenario = '{"schema":1,"rules":"1999"}' WHERE seq = (SELECT min(seq) FROM submissions)`); err != nil {
		t.Fatal(err)
	}
	rec := serve(api, "GET", "/api/classes/"+c.Code, "", map[string]string{"Authorization": "Bearer " + c.Token}, "")
	if rec.Code != 200 {
		t.Fatalf("class view: %d %s", rec.Code, rec.Body)
	}
	var v classView
	json.Unmarshal(rec.Body.Bytes(), &v)
	if len(v.Submissions) != 2 || v.Submissions[0].Masalah == "" || v.Submissions[1].Masalah != "" {
		t.Errorf("submissions = %+v", v.Submissions)
	}
	if v.Aggregate.Count != 1 || v.Aggregate.TidakValid != 1 || v.Aggregate.MedianAngkaKredit != "37,5" {
		t.Errorf("aggregate = %+v", v.Aggregate)
	}
}
