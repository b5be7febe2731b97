//go:build !js

package worker

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func envInt(t testing.TB, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		t.Fatalf("%s=%q: want a positive integer", name, v)
	}
	return n
}

// TestLoad is the bounded load test: WORKER_LOAD_REQUESTS requests (1 000 in
// `make test`, 10 000 in `make load`) from WORKER_LOAD_CONCURRENCY (50)
// workers against the native server on loopback with a real SQLite file. It
// mixes share writes and reads, submissions, class reads and health checks,
// then reads back every share and submission written: zero lost, zero 5xx.
// The rate limiter stays on, with a limit above the run's writes, so its
// counters are exercised under concurrency too (and must count every write).
func TestLoad(t *testing.T) {
	total := envInt(t, "WORKER_LOAD_REQUESTS", 1000)
	conc := envInt(t, "WORKER_LOAD_CONCURRENCY", 50)
	store, closeDB, err := OpenSQLiteStore(filepath.Join(t.TempDir(), "load.db")) // as NewLocal does
	if err != nil {
		t.Fatal(err)
	}
	defer closeDB()
	db := store.db
	mux := http.NewServeMux()
	// All load comes from one address (loopback), so the limits are raised
	// above the run's needs but stay on, so their counters are exercised.
	mux.Handle("/api/", New(store, Options{
		WriteLimit: 2*total + 10, ReadLimit: total, ClientDayBytes: 1 << 40, Logf: t.Logf,
	}))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conc, MaxConnsPerHost: conc}, Timeout: 60 * time.Second}

	docs := [][]byte{scenarioFixture(t, "sangat_baik"), scenarioFixture(t, "baik_poin_32"), scenarioFixture(t, "baik_identitas")}
	post := func(path string, body []byte, hdr map[string]string) (int, []byte, error) {
		req, _ := http.NewRequest("POST", srv.URL+path, bytes.NewReader(body))
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		return doReq(client, req)
	}
	// Classes of a socialisation session: about 40 participants each.
	classes := make([]classCreated, max(1, total/10*2/40))
	for i := range classes {
		status, body, err := post("/api/classes", nil, nil)
		if err != nil || status != 201 {
			t.Fatalf("class: %d %s %v", status, body, err)
		}
		json.Unmarshal(body, &classes[i])
	}

	var (
		mu        sync.Mutex
		shares    = map[string][]byte{} // id → document sent
		shareIDs  []string
		subs      = map[string]map[string]string{} // class → id → idempotency key
		subIDs    = map[string]string{}            // idempotency key → id answered
		names     = map[string][]string{}          // idempotency key → names sent with it
		dups      int
		fivexx    atomic.Int64
		failures  atomic.Int64
		writes    atomic.Int64
		latencies = make([]time.Duration, total)
		next      atomic.Int64
	)
	writes.Add(int64(len(classes)))
	fail := func(format string, a ...any) {
		if failures.Add(1) <= 10 {
			t.Errorf(format, a...)
		}
	}
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= total {
					return
				}
				t0 := time.Now()
				var status int
				var body []byte
				var err error
				switch op := i % 10; {
				case op < 4:
					doc := docs[i%len(docs)]
					writes.Add(1)
					status, body, err = post("/api/shares", doc, nil)
					if err == nil && status == 201 {
						var c shareCreated
						json.Unmarshal(body, &c)
						mu.Lock()
						shares[c.ID] = doc
						shareIDs = append(shareIDs, c.ID)
						mu.Unlock()
					} else if err == nil {
						fail("share create: %d %s", status, body)
					}
				case op < 6:
					mu.Lock()
					id := ""
					if len(shareIDs) > 0 {
						id = shareIDs[i%len(shareIDs)]
					}
					mu.Unlock()
					if id == "" {
						id = "health"
					}
					path := "/api/shares/" + id
					if id == "health" {
						path = "/api/health"
					}
					status, body, err = get(client, srv.URL+path, nil)
					if err == nil && status != 200 {
						fail("GET %s: %d %s", path, status, body)
					}
				case op < 8:
					// op 6 sends a new submission; op 7 retries the op 6 of the
					// same ten (a lost response) with the same Idempotency-Key
					// and a different name: the retry must replace, not add.
					base := i - (op - 6)
					key := fmt.Sprintf("load-kunci-%08d", base)
					name := fmt.Sprintf("Peserta %d", i)
					class := classes[base%len(classes)]
					writes.Add(1)
					status, body, err = post("/api/classes/"+class.Code+"/submissions",
						[]byte(`{"name":"`+name+`","scenario":`+string(docs[base%len(docs)])+`}`), map[string]string{"Idempotency-Key": key})
					if err == nil && (status == 201 || status == 200) {
						var c submissionCreated
						json.Unmarshal(body, &c)
						mu.Lock()
						if subs[class.Code] == nil {
							subs[class.Code] = map[string]string{}
						}
						if prev, ok := subIDs[key]; ok && prev != c.ID {
							dups++
							t.Errorf("key %s: ids %s and %s", key, prev, c.ID)
						}
						subIDs[key] = c.ID
						names[key] = append(names[key], name)
						subs[class.Code][c.ID] = key
						mu.Unlock()
					} else if err == nil {
						fail("submit: %d %s", status, body)
					}
				case op == 8:
					class := classes[i%len(classes)]
					status, body, err = get(client, srv.URL+"/api/classes/"+class.Code, map[string]string{"Authorization": "Bearer " + class.Token})
					if err == nil && status != 200 {
						fail("class read: %d %s", status, body)
					}
				default:
					status, body, err = get(client, srv.URL+"/api/health", nil)
				}
				latencies[i] = time.Since(t0)
				if err != nil {
					fail("request %d: %v", i, err)
				}
				if status >= 500 {
					fivexx.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)

	// Read back everything written.
	lost := 0
	for id, doc := range shares {
		status, body, err := get(client, srv.URL+"/api/shares/"+id, nil)
		want, cerr := canonicalScenario(doc, "") // what is stored: no NIP
		if cerr != nil {
			t.Fatal(cerr)
		}
		if err != nil || status != 200 || !sameJSON(t, body, want) {
			lost++
			if lost <= 5 {
				t.Errorf("share %s: %d %v %s", id, status, err, body)
			}
		}
	}
	nsubs := 0
	for _, class := range classes {
		_, body, err := get(client, srv.URL+"/api/classes/"+class.Code, map[string]string{"Authorization": "Bearer " + class.Token})
		if err != nil {
			t.Fatal(err)
		}
		var view struct {
			Submissions []struct{ ID, Name string } `json:"submissions"`
			Aggregate   struct{ Count int }         `json:"aggregate"`
		}
		if err := json.Unmarshal(body, &view); err != nil {
			t.Fatalf("class view: %v", err)
		}
		seen := map[string]string{}
		for _, s := range view.Submissions {
			seen[s.ID] = s.Name
		}
		for id, key := range subs[class.Code] {
			nsubs++
			if name, ok := seen[id]; !ok || !slices.Contains(names[key], name) {
				lost++
				if lost <= 10 {
					t.Errorf("submission %s (%s) missing from class %s", id, name, class.Code)
				}
			}
		}
		if view.Aggregate.Count != len(subs[class.Code]) || len(view.Submissions) != len(subs[class.Code]) {
			t.Errorf("class %s: %d listed, count %d, %d written", class.Code, len(view.Submissions), view.Aggregate.Count, len(subs[class.Code]))
		}
	}
	counted := countedWrites(t, db)
	if elapsed < time.Minute && counted != writes.Load() {
		t.Errorf("rate-limit counters hold %d writes, %d were made", counted, writes.Load())
	}
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	t.Logf("load: %d requests, %d concurrent, %.1fs, %.0f req/s; p50 %v p99 %v max %v; %d shares + %d submissions (%d keys, half of them retried) in %d classes written and read back, %d lost, %d duplicated, %d 5xx; %d writes counted by the limiter",
		total, conc, elapsed.Seconds(), float64(total)/elapsed.Seconds(),
		latencies[total/2], latencies[total*99/100], latencies[total-1], len(shares), nsubs, len(subIDs), len(classes), lost, dups, fivexx.Load(), counted)
	if nsubs != len(subIDs) {
		t.Errorf("%d submissions listed for %d idempotency keys", nsubs, len(subIDs))
	}
	if lost != 0 || dups != 0 || fivexx.Load() != 0 || failures.Load() != 0 {
		t.Fatalf("lost %d, duplicated %d, 5xx %d, failed %d", lost, dups, fivexx.Load(), failures.Load())
	}
}

func countedWrites(t *testing.T, db *sql.DB) int64 {
	var n sql.NullInt64
	if err := db.QueryRow("SELECT sum(n) FROM counters WHERE key LIKE 'w:%'").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n.Int64
}

func get(client *http.Client, url string, hdr map[string]string) (int, []byte, error) {
	req, _ := http.NewRequest("GET", url, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	return doReq(client, req)
}

func doReq(client *http.Client, req *http.Request) (int, []byte, error) {
	res, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return res.StatusCode, b, err
}
