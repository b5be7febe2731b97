//go:build !js

package worker

// Native tests of issue 9's findings that need a fake clock or a broken
// store: budgets, expiry, keyed client hashes, health.

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock is a settable clock for Options.Now.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func newClock() *fakeClock { return &fakeClock{t: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)} }

// docCost is what storing the fixture name as a share charges to the byte
// budgets: its canonical form plus the row overhead.
func docCost(t testing.TB, name string) (doc string, cost int64) {
	t.Helper()
	raw := scenarioFixture(t, name)
	canon, err := canonicalScenario(raw, "")
	if err != nil {
		t.Fatal(err)
	}
	return string(raw), int64(len(canon) + rowOverhead)
}

func countRows(t testing.TB, st *SQLStore, q string) int {
	t.Helper()
	var n int
	if err := st.db.QueryRow(q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// TestClientDayBudget: one address can store only ClientDayBytes a day
// (finding 1: ≈ 7.6 MiB a minute passed); a refused or invalid write costs
// no counter row; the next day it may write again.
func TestClientDayBudget(t *testing.T) {
	clock := newClock()
	doc, cost := docCost(t, "sangat_baik")
	api, st := newTestAPI(t, Options{WriteLimit: 120, ClientDayBytes: 4*cost + cost/2, Now: clock.Now})
	stored := 0
	var last int
	for i := 0; i < 10; i++ {
		last = serve(api, "POST", "/api/shares", "192.0.2.7:1", jsonCT, doc).Code
		if last != 201 {
			break
		}
		stored++
		clock.Add(time.Second)
	}
	if stored != 4 || last != 429 {
		t.Fatalf("stored %d shares then %d; want 4 then 429", stored, last)
	}
	rows := countRows(t, st, "SELECT count(*) FROM counters")
	sum := countRows(t, st, "SELECT sum(n) FROM counters WHERE key LIKE 'w:%'")
	for i := 0; i < 5; i++ {
		rec := serve(api, "POST", "/api/shares", "192.0.2.7:1", jsonCT, doc)
		if rec.Code != 429 || !strings.Contains(rec.Body.String(), CodeQuota) || rec.Header().Get("Retry-After") == "" {
			t.Fatalf("over budget: %d %s", rec.Code, rec.Body)
		}
		if rec := serve(api, "POST", "/api/shares", "192.0.2.8:1", jsonCT, `{"schema":`); rec.Code != 400 {
			t.Fatalf("invalid: %d", rec.Code)
		}
	}
	if got := countRows(t, st, "SELECT count(*) FROM counters"); got != rows {
		t.Errorf("refused and invalid writes added counter rows: %d → %d", rows, got)
	}
	if got := countRows(t, st, "SELECT sum(n) FROM counters WHERE key LIKE 'w:%'"); got != sum {
		t.Errorf("refused writes were counted: %d → %d", sum, got)
	}
	if got := serve(api, "POST", "/api/shares", "192.0.2.9:1", jsonCT, doc).Code; got != 201 {
		t.Errorf("another address: %d", got)
	}
	clock.Add(24 * time.Hour)
	if got := serve(api, "POST", "/api/shares", "192.0.2.7:1", jsonCT, doc).Code; got != 201 {
		t.Errorf("next day: %d, want 201", got)
	}
}

// TestStoreCeiling: many addresses together meet the store's daily share
// (503) and then its ceiling (507), with a JSON error, before the database
// is full; health says writes do not work at the ceiling.
func TestStoreCeiling(t *testing.T) {
	clock := newClock()
	doc, cost := docCost(t, "sangat_baik")
	api, _ := newTestAPI(t, Options{StoreBytes: 30 * (3*cost + cost/2), Now: clock.Now}) // 3.5 documents a day
	addr := 0
	write := func() int {
		addr++
		return serve(api, "POST", "/api/shares", fmt.Sprintf("198.51.100.%d:1", addr%250+1), jsonCT, doc).Code
	}
	perDay := 0
	for write() == 201 {
		perDay++
	}
	if perDay != 3 {
		t.Errorf("%d writes in a day that holds 3", perDay)
	}
	rec := serve(api, "POST", "/api/shares", "203.0.113.1:1", jsonCT, doc)
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), CodeStoreBusy) {
		t.Errorf("past the day's share: %d %s, want 503 %s", rec.Code, rec.Body, CodeStoreBusy)
	}
	days := 0
	for ; days < 40; days++ {
		clock.Add(24 * time.Hour)
		if write() != 201 {
			break
		}
		for write() == 201 {
		}
	}
	rec = serve(api, "POST", "/api/shares", "203.0.113.2:1", jsonCT, doc)
	if rec.Code != 507 || !strings.Contains(rec.Body.String(), CodeStoreFull) {
		t.Fatalf("after %d days: %d %s, want 507", days, rec.Code, rec.Body)
	}
	if days < 28 {
		t.Errorf("ceiling reached after %d days, want about 30 (a thirtieth a day)", days)
	}
	if rec := serve(api, "GET", "/api/health", "", nil, ""); rec.Code != 503 || !strings.Contains(rec.Body.String(), `"writes":false`) {
		t.Errorf("health at the ceiling: %d %s", rec.Code, rec.Body)
	}
	// Data expires after 90 days, and so does its share of the ceiling.
	clock.Add(91 * 24 * time.Hour)
	if got := serve(api, "POST", "/api/shares", "203.0.113.3:1", jsonCT, doc).Code; got != 201 {
		t.Errorf("91 days later: %d, want 201", got)
	}
}

// TestFullStore: when the database itself is full, writes answer 507 (not
// 500), health reports it, and the cleanup still deletes expired rows, after
// which writes work again (finding 1: counting failed first, so the store
// stayed down; finding 6: health said 200).
func TestFullStore(t *testing.T) {
	clock := newClock()
	api, st := newTestAPI(t, Options{WriteLimit: 1000, StoreBytes: -1, ClientDayBytes: -1, Now: clock.Now})
	st.db.SetMaxOpenConns(1) // max_page_count is per connection
	doc, _ := docCost(t, "baik_poin_32")
	for i := 0; i < 20; i++ {
		if rec := serve(api, "POST", "/api/shares", "", jsonCT, doc); rec.Code != 201 {
			t.Fatalf("fill: %d %s", rec.Code, rec.Body)
		}
	}
	clock.Add(91 * 24 * time.Hour)
	if _, err := st.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	var pages int
	st.db.QueryRow("PRAGMA page_count").Scan(&pages)
	if _, err := st.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages)); err != nil {
		t.Fatal(err)
	}
	var rec *httptest.ResponseRecorder
	for i := 0; i < 500; i++ { // until the last page has no room
		if rec = serve(api, "POST", "/api/shares", "", jsonCT, doc); rec.Code != 201 {
			break
		}
	}
	if rec.Code != 507 || !strings.Contains(rec.Body.String(), CodeStoreFull) {
		t.Fatalf("write to a full store: %d %s, want 507", rec.Code, rec.Body)
	}
	if rec := serve(api, "GET", "/api/health", "", nil, ""); rec.Code != 503 || !strings.Contains(rec.Body.String(), `"writes":false`) {
		t.Errorf("health of a full store: %d %s", rec.Code, rec.Body)
	}
	if err := api.Cleanup(context.Background()); err != nil {
		t.Fatalf("cleanup of a full store: %v", err)
	}
	if n := countRows(t, st, fmt.Sprintf("SELECT count(*) FROM shares WHERE expires_at <= %d", clock.Now().Unix())); n != 0 {
		t.Errorf("%d expired shares left", n)
	}
	if rec := serve(api, "POST", "/api/shares", "", jsonCT, doc); rec.Code != 201 {
		t.Errorf("write after the cleanup: %d %s", rec.Code, rec.Body)
	}
	clock.Add(time.Minute)
	if rec := serve(api, "GET", "/api/health", "", nil, ""); rec.Code != 200 {
		t.Errorf("health after the cleanup: %d %s", rec.Code, rec.Body)
	}
}

// TestHealthReadOnlyStore: health fails when the store takes no writes
// (finding 6).
func TestHealthReadOnlyStore(t *testing.T) {
	api, st := newTestAPI(t, Options{})
	if rec := serve(api, "GET", "/api/health", "", nil, ""); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"writes":true`) {
		t.Fatalf("health: %d %s", rec.Code, rec.Body)
	}
	st.db.SetMaxOpenConns(1)
	if _, err := st.db.Exec("PRAGMA query_only = ON"); err != nil {
		t.Fatal(err)
	}
	api.opts.Now = func() time.Time { return time.Now().Add(2 * time.Minute) } // past the last probe
	rec := serve(api, "GET", "/api/health", "", nil, "")
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), `"writes":false`) {
		t.Errorf("health of a read-only store: %d %s", rec.Code, rec.Body)
	}
	if rec := serve(api, "POST", "/api/classes", "", nil, ""); rec.Code != 503 {
		t.Errorf("write to a read-only store: %d %s, want 503", rec.Code, rec.Body)
	}
}

// TestExpiredClassUnreadable: a class past its 90 days cannot be read and
// takes no submissions, before any cleanup ran, with and without the write
// limit (a gap the mutation check found: only shares were tested).
func TestExpiredClassUnreadable(t *testing.T) {
	for _, limit := range []int{0, 40} {
		t.Run(fmt.Sprint("limit ", limit), func(t *testing.T) {
			clock := newClock()
			api, st := newTestAPI(t, Options{WriteLimit: limit, Now: clock.Now})
			var c classCreated
			json.Unmarshal(serve(api, "POST", "/api/classes", "", nil, "").Body.Bytes(), &c)
			body := `{"scenario":` + string(scenarioFixture(t, "sangat_baik")) + `}`
			auth := map[string]string{"Authorization": "Bearer " + c.Token}
			if rec := serve(api, "POST", "/api/classes/"+c.Code+"/submissions", "", jsonCT, body); rec.Code != 201 {
				t.Fatalf("submit: %d", rec.Code)
			}
			clock.Add(ClassLifetime - time.Second)
			if rec := serve(api, "GET", "/api/classes/"+c.Code, "", auth, ""); rec.Code != 200 {
				t.Fatalf("last second: %d", rec.Code)
			}
			clock.Add(time.Second)
			if rec := serve(api, "GET", "/api/classes/"+c.Code, "", auth, ""); rec.Code != 403 || strings.Contains(rec.Body.String(), "submissions") {
				t.Errorf("expired class view: %d %s", rec.Code, rec.Body)
			}
			if rec := serve(api, "POST", "/api/classes/"+c.Code+"/submissions", "", jsonCT, body); rec.Code != 404 {
				t.Errorf("submit to an expired class: %d %s", rec.Code, rec.Body)
			}
			if rec := serve(api, "PATCH", "/api/classes/"+c.Code, "", map[string]string{"Authorization": "Bearer " + c.Token, "Content-Type": "application/json"}, `{"closed":false}`); rec.Code != 403 {
				t.Errorf("reopen an expired class: %d %s", rec.Code, rec.Body)
			}
			// The rows are still there: the answers come from the expiry in
			// the queries, not from a cleanup.
			if n := countRows(t, st, "SELECT count(*) FROM submissions"); n != 1 {
				t.Errorf("%d submissions stored, want the 1 not yet cleaned up", n)
			}
		})
	}
}

// TestCleanupWithoutRateLimit: expiry runs on its own schedule, so
// WRITE_LIMIT=0 no longer keeps 91-day-old names (finding 3).
func TestCleanupWithoutRateLimit(t *testing.T) {
	clock := newClock()
	api, st := newTestAPI(t, Options{WriteLimit: 0, Now: clock.Now})
	serve(api, "POST", "/api/shares", "", jsonCT, string(scenarioFixture(t, "baik_identitas")))
	var c classCreated
	json.Unmarshal(serve(api, "POST", "/api/classes", "", nil, "").Body.Bytes(), &c)
	serve(api, "POST", "/api/classes/"+c.Code+"/submissions", "", jsonCT, `{"name":"Bu Ani","scenario":`+string(scenarioFixture(t, "sangat_baik"))+`}`)
	clock.Add(91 * 24 * time.Hour)
	var live classCreated
	json.Unmarshal(serve(api, "POST", "/api/classes", "", nil, "").Body.Bytes(), &live)
	stop := api.StartCleanup(time.Hour) // runs once at start, then hourly
	defer stop()
	deadline := time.Now().Add(10 * time.Second)
	for countRows(t, st, "SELECT count(*) FROM submissions") != 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	stop()
	for table, want := range map[string]int{"shares": 0, "submissions": 0, "classes": 1} {
		if n := countRows(t, st, "SELECT count(*) FROM "+table); n != want {
			t.Errorf("%s: %d rows after the cleanup, want %d", table, n, want)
		}
	}
	if n := countRows(t, st, "SELECT count(*) FROM counters WHERE expires <= "+fmt.Sprint(clock.Now().Unix())); n != 0 {
		t.Errorf("%d expired counters left", n)
	}
}

// TestClientKeysKeyed: counter keys are an HMAC under the server's secret of
// the day and the client's network, truncated: not reversible by trying all
// IPv4 addresses without the secret, different every day (finding 4).
func TestClientKeysKeyed(t *testing.T) {
	secret := []byte(testSecret)
	a := New(nil, Options{ClientSecret: secret})
	b := New(nil, Options{ClientSecret: []byte("another-secret-0123456789abcdefghijkl")})
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC).Unix()
	k := a.key(kindWrites, "192.0.2.7", t0)
	m := hmac.New(sha256.New, secret)
	binary.Write(m, binary.BigEndian, uint64(t0/day))
	m.Write([]byte("192.0.2.7"))
	if want := kindWrites + hex.EncodeToString(m.Sum(nil)[:clientKeyBytes]); k != want {
		t.Errorf("key %s, want %s", k, want)
	}
	if k == b.key(kindWrites, "192.0.2.7", t0) {
		t.Error("two secrets give the same key")
	}
	if k == a.key(kindWrites, "192.0.2.7", t0+day) {
		t.Error("the key does not rotate daily")
	}
	if k != a.key(kindWrites, "192.0.2.7", t0+3600) {
		t.Error("the key changes within a day")
	}
	if a.key(kindWrites, "2001:db8:1:2::1", t0) != a.key(kindWrites, "2001:db8:1:2:aaaa::9", t0) {
		t.Error("two addresses of one IPv6 /64 get different keys")
	}
	if _, err := OptionsFromEnv(func(string) string { return "" }); err == nil {
		t.Error("no secret accepted")
	}
	if _, err := OptionsFromEnv(func(k string) string { return map[string]string{SecretEnv: "pendek"}[k] }); err == nil {
		t.Error("a short secret accepted")
	}
	env := map[string]string{SecretEnv: testSecret, WriteLimitEnv: "7", StoreLimitEnv: "1000000", ClientDayEnv: "5000"}
	o, err := OptionsFromEnv(func(k string) string { return env[k] })
	if err != nil || o.WriteLimit != 7 || o.StoreBytes != 1000000 || o.ClientDayBytes != 5000 || string(o.ClientSecret) != testSecret {
		t.Errorf("options from the environment: %+v %v", o, err)
	}
	env[ClientDayEnv] = "-1"
	if _, err := OptionsFromEnv(func(k string) string { return env[k] }); err == nil {
		t.Error("a negative byte budget accepted")
	}
}

// TestLocalSecretFile: `make run` generates its secret once and reuses it.
func TestLocalSecretFile(t *testing.T) {
	path := t.TempDir() + "/sub/" + SecretFile
	s1, err := LocalSecret(path)
	if err != nil || len(s1) < MinSecretBytes {
		t.Fatalf("%q %v", s1, err)
	}
	s2, err := LocalSecret(path)
	if err != nil || s2 != s1 {
		t.Errorf("second read %q %v, want %q", s2, err, s1)
	}
}

// TestSQLiteSynchronousFull: the embedded store syncs at every commit, so a
// power cut loses no acknowledged write.
func TestSQLiteSynchronousFull(t *testing.T) {
	_, st := newTestAPI(t, Options{})
	st.db.SetMaxOpenConns(3)
	for i := 0; i < 3; i++ { // every pooled connection
		var mode int
		if err := st.db.QueryRow("PRAGMA synchronous").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if mode != 2 {
			t.Errorf("synchronous = %d, want 2 (FULL)", mode)
		}
	}
}

// TestIdempotentConcurrentRetries: retries racing each other still make one
// entry (finding 10).
func TestIdempotentConcurrentRetries(t *testing.T) {
	api, st := newTestAPI(t, Options{WriteLimit: 100})
	var c classCreated
	json.Unmarshal(serve(api, "POST", "/api/classes", "", nil, "").Body.Bytes(), &c)
	body := `{"scenario":` + string(scenarioFixture(t, "sangat_baik")) + `}`
	hdr := map[string]string{"Content-Type": "application/json", IdempotencyHeader: "kunci-balapan-0123456789"}
	var wg sync.WaitGroup
	ids := make([]string, 8)
	for i := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := serve(api, "POST", "/api/classes/"+c.Code+"/submissions", "", hdr, body)
			var sc submissionCreated
			json.Unmarshal(rec.Body.Bytes(), &sc)
			ids[i] = sc.ID
		}()
	}
	wg.Wait()
	for _, id := range ids {
		if id == "" || id != ids[0] {
			t.Fatalf("ids %v: want one id for all retries", ids)
		}
	}
	if n := countRows(t, st, "SELECT count(*) FROM submissions"); n != 1 {
		t.Errorf("%d rows for one idempotency key", n)
	}
	if bytes.Contains([]byte(fmt.Sprint(st)), []byte("kunci-balapan")) {
		t.Error("the key itself is kept")
	}
	if n := countRows(t, st, "SELECT count(*) FROM submissions WHERE idem LIKE '%balapan%'"); n != 0 {
		t.Error("the key itself is stored, not its hash")
	}
}

// TestClosedClassIsNoMiss: participants behind one school address who keep
// sending to a closed class get 404 but do not use up the address's failed
// lookups, so their trainer still sees the class.
func TestClosedClassIsNoMiss(t *testing.T) {
	api, _ := newTestAPI(t, Options{WriteLimit: 1000})
	var c classCreated
	json.Unmarshal(serve(api, "POST", "/api/classes", "", nil, "").Body.Bytes(), &c)
	auth := map[string]string{"Authorization": "Bearer " + c.Token, "Content-Type": "application/json"}
	if rec := serve(api, "PATCH", "/api/classes/"+c.Code, "", auth, `{"closed":true}`); rec.Code != 200 {
		t.Fatalf("close: %d %s", rec.Code, rec.Body)
	}
	body := `{"scenario":` + string(scenarioFixture(t, "sangat_baik")) + `}`
	for i := 0; i < DefaultMissLimit+5; i++ {
		if rec := serve(api, "POST", "/api/classes/"+c.Code+"/submissions", "", jsonCT, body); rec.Code != 404 {
			t.Fatalf("submission %d to a closed class: %d %s", i, rec.Code, rec.Body)
		}
	}
	if rec := serve(api, "GET", "/api/classes/"+c.Code, "", auth, ""); rec.Code != 200 {
		t.Errorf("trainer view after late submissions: %d %s", rec.Code, rec.Body)
	}
}
