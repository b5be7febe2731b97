//go:build !js

package worker

// Issue 9's probes as an attacker and as a demanding trainer, run on both
// runtimes like the contract table: trainer controls, idempotent
// submissions, read and miss limits, health, expiry on its own schedule,
// and the answers the runtimes themselves give.

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestAbuseNative(t *testing.T) {
	runAbuse(t, func() target { return nativeTarget(t, contractWriteLimit) })
}
func TestAbuseWrangler(t *testing.T) { runAbuse(t, func() target { return wranglerTarget(t) }) }

func runAbuse(t *testing.T, newTarget func() target) {
	t.Run("health reports writes", func(t *testing.T) {
		res := newTarget().do(t, "GET", "/api/health", nil, nil)
		if res.status != 200 {
			t.Fatalf("health: %d %s", res.status, res.body)
		}
		m := decodeMap(t, res.body)
		if m["status"] != "ok" || m["writes"] != true {
			t.Errorf("health = %s, want status ok and writes true", res.body)
		}
	})
	t.Run("unknown method", func(t *testing.T) {
		tg := newTarget()
		// workerd answers a method it does not know with 501 before the
		// worker runs (plain text); the native server answers 501 as well,
		// as JSON.
		res := tg.do(t, "FROB", "/api/health", nil, nil)
		if res.status != http.StatusNotImplemented {
			t.Fatalf("FROB: %d %s, want 501", res.status, res.body)
		}
		if tg.name == "native" {
			checkError(t, res, CodeNotImplemented, nil)
		}
	})
	t.Run("headers beyond the runtime's limit", func(t *testing.T) {
		// Past 8 KiB the handler answers 431 JSON (contract table); past the
		// runtime's own limit (Go: MaxHeaderBytes, workerd: its request
		// parser) the runtime answers 431 itself, in plain text.
		res := newTarget().do(t, "GET", "/api/health", map[string]string{"X-Isi": strings.Repeat("a", 200<<10)}, nil)
		if res.status != http.StatusRequestHeaderFieldsTooLarge {
			t.Errorf("200 KiB header: %d, want 431", res.status)
		}
	})
	t.Run("trainer controls", func(t *testing.T) { runTrainerControls(t, newTarget()) })
	t.Run("idempotent submissions", func(t *testing.T) { runIdempotent(t, newTarget()) })
	t.Run("class views are limited", func(t *testing.T) {
		tg := newTarget()
		code, token := newClass(t, tg)
		auth := map[string]string{"Authorization": "Bearer " + token}
		var last response
		for i := 0; i <= DefaultReadLimit; i++ {
			last = tg.do(t, "GET", "/api/classes/"+code, auth, nil)
			if last.status != 200 {
				break
			}
		}
		if last.status != http.StatusTooManyRequests {
			t.Fatalf("view %d: %d, want 429 after %d views in a minute", DefaultReadLimit+1, last.status, DefaultReadLimit)
		}
		checkError(t, last, CodeRateLimited, nil)
	})
	t.Run("class codes cannot be enumerated", func(t *testing.T) {
		tg := newTarget()
		code, token := newClass(t, tg)
		auth := map[string]string{"Authorization": "Bearer " + token}
		guesses := 0
		var last response
		for i := 0; i < DefaultMissLimit+5; i++ {
			guess := fmt.Sprintf("ZZZ%03d", 200+i)
			guess = strings.NewReplacer("0", "A", "1", "B").Replace(guess)
			last = tg.do(t, "GET", "/api/classes/"+guess, auth, nil)
			if last.status != http.StatusForbidden {
				break
			}
			guesses++
		}
		if last.status != http.StatusTooManyRequests || guesses > DefaultMissLimit {
			t.Fatalf("after %d guesses: %d %s, want 429 after %d", guesses, last.status, last.body, DefaultMissLimit)
		}
		// Guessing by submitting is limited by the same count.
		sub := []byte(`{"scenario":` + string(scenarioFixture(t, "sangat_baik")) + `}`)
		if res := tg.do(t, "POST", "/api/classes/ZZZZZZ/submissions", jsonCT, sub); res.status != http.StatusTooManyRequests {
			t.Errorf("submission guess after the limit: %d, want 429", res.status)
		}
		if tg.perClient {
			other := tg
			other.header = map[string]string{"CF-Connecting-IP": "203.0.113.99"}
			if res := other.do(t, "GET", "/api/classes/"+code, auth, nil); res.status != 200 {
				t.Errorf("another client with the right token: %d", res.status)
			}
		}
	})
}

// newClass creates a class through the API.
func newClass(t *testing.T, tg target) (code, token string) {
	t.Helper()
	res := tg.do(t, "POST", "/api/classes", nil, nil)
	if res.status != 201 {
		t.Fatalf("create class: %d %s", res.status, res.body)
	}
	m := decodeMap(t, res.body)
	return m["code"].(string), m["token"].(string)
}

type viewedClass struct {
	Closed      bool `json:"closed"`
	Submissions []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"submissions"`
	Aggregate struct {
		Count int `json:"count"`
	} `json:"aggregate"`
}

func viewClass(t *testing.T, tg target, code, token string) viewedClass {
	t.Helper()
	res := tg.do(t, "GET", "/api/classes/"+code, map[string]string{"Authorization": "Bearer " + token}, nil)
	if res.status != 200 {
		t.Fatalf("class view: %d %s", res.status, res.body)
	}
	var v viewedClass
	if err := json.Unmarshal(res.body, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// runTrainerControls: the trainer removes a junk submission and closes and
// reopens the class (finding 2: neither was possible).
func runTrainerControls(t *testing.T, tg target) {
	code, token := newClass(t, tg)
	auth := map[string]string{"Authorization": "Bearer " + token}
	sb := scenarioFixture(t, "sangat_baik")
	submit := func(name string) response {
		return tg.do(t, "POST", "/api/classes/"+code+"/submissions", jsonCT, []byte(`{"name":"`+name+`","scenario":`+string(sb)+`}`))
	}
	var ids []string
	for _, n := range []string{"Bu Ani", "Palsu"} {
		res := submit(n)
		if res.status != 201 {
			t.Fatalf("submit: %d %s", res.status, res.body)
		}
		ids = append(ids, decodeMap(t, res.body)["id"].(string))
	}
	path := "/api/classes/" + code + "/submissions/" + ids[1]
	for _, h := range []map[string]string{nil, {"Authorization": "Bearer salah-0123456789abcdefghij"}} {
		res := tg.do(t, "DELETE", path, h, nil)
		if res.status != 401 && res.status != 403 {
			t.Errorf("DELETE without the token: %d %s", res.status, res.body)
		}
	}
	if res := tg.do(t, "DELETE", "/api/classes/ZZZZZZ/submissions/"+ids[1], auth, nil); res.status != 403 || strings.TrimSpace(string(res.body)) != wrongToken {
		t.Errorf("DELETE in an unknown class: %d %s, want the wrong-token answer", res.status, res.body)
	}
	if res := tg.do(t, "DELETE", path, auth, nil); res.status != http.StatusNoContent {
		t.Fatalf("DELETE: %d %s", res.status, res.body)
	}
	if res := tg.do(t, "DELETE", path, auth, nil); res.status != 404 {
		t.Errorf("DELETE again: %d %s, want 404", res.status, res.body)
	} else {
		checkError(t, res, CodeNotFound, nil)
	}
	v := viewClass(t, tg, code, token)
	if len(v.Submissions) != 1 || v.Submissions[0].ID != ids[0] || v.Aggregate.Count != 1 {
		t.Errorf("after DELETE: %+v", v)
	}

	patch := func(h map[string]string, body string) response {
		hdr := map[string]string{"Content-Type": "application/json"}
		for k, x := range h {
			hdr[k] = x
		}
		return tg.do(t, "PATCH", "/api/classes/"+code, hdr, []byte(body))
	}
	if res := patch(nil, `{"closed":true}`); res.status != 401 {
		t.Errorf("PATCH without the token: %d", res.status)
	}
	if res := patch(auth, `{"closed":"ya"}`); res.status != 400 {
		t.Errorf("PATCH with a bad body: %d %s", res.status, res.body)
	} else {
		checkError(t, res, CodeInvalidBody, []string{"closed"})
	}
	if res := patch(auth, `{"closed":true}`); res.status != 200 || decodeMap(t, res.body)["closed"] != true {
		t.Fatalf("close: %d %s", res.status, res.body)
	}
	if res := submit("Terlambat"); res.status != 404 {
		t.Errorf("submit to a closed class: %d %s, want 404", res.status, res.body)
	} else {
		checkError(t, res, CodeNotFound, nil)
	}
	if v := viewClass(t, tg, code, token); !v.Closed || len(v.Submissions) != 1 {
		t.Errorf("closed class view: %+v", v)
	}
	if res := patch(auth, `{"closed":false}`); res.status != 200 || decodeMap(t, res.body)["closed"] != false {
		t.Fatalf("reopen: %d %s", res.status, res.body)
	}
	if res := submit("Pak Budi"); res.status != 201 {
		t.Errorf("submit after reopening: %d %s", res.status, res.body)
	}
	if v := viewClass(t, tg, code, token); v.Closed || len(v.Submissions) != 2 {
		t.Errorf("reopened class view: %+v", v)
	}
}

// runIdempotent: a retried submission (the response was lost) replaces
// instead of adding a second entry, and a participant can replace their own
// entry from the same device (finding 10).
func runIdempotent(t *testing.T, tg target) {
	code, token := newClass(t, tg)
	sb, other := scenarioFixture(t, "sangat_baik"), scenarioFixture(t, "baik_poin_32")
	send := func(key, name string, doc []byte) response {
		h := map[string]string{"Content-Type": "application/json"}
		if key != "" {
			h[IdempotencyHeader] = key
		}
		return tg.do(t, "POST", "/api/classes/"+code+"/submissions", h, []byte(`{"name":"`+name+`","scenario":`+string(doc)+`}`))
	}
	key := "perangkat-ani-" + fmt.Sprint(time.Now().UnixNano())
	first := send(key, "Bu Ani", sb)
	if first.status != 201 {
		t.Fatalf("first: %d %s", first.status, first.body)
	}
	retry := send(key, "Bu Ani", sb)
	if retry.status != 200 || decodeMap(t, retry.body)["replaced"] != true {
		t.Fatalf("retry: %d %s, want 200 replaced", retry.status, retry.body)
	}
	fixed := send(key, "Bu Ani S.", other)
	if fixed.status != 200 {
		t.Fatalf("replacement: %d %s", fixed.status, fixed.body)
	}
	id := decodeMap(t, first.body)["id"]
	for _, r := range []response{retry, fixed} {
		if got := decodeMap(t, r.body)["id"]; got != id {
			t.Errorf("replacement id %v, want %v", got, id)
		}
	}
	if res := send("", "Pak Budi", sb); res.status != 201 {
		t.Fatalf("without a key: %d", res.status)
	}
	v := viewClass(t, tg, code, token)
	if len(v.Submissions) != 2 || v.Aggregate.Count != 2 || v.Submissions[0].Name != "Bu Ani S." {
		t.Errorf("class after a retry and a replacement: %+v", v)
	}
	for _, bad := range []string{"pendek", "kunci,dengan,koma-0123456789", strings.Repeat("k", 129), "kunci dengan spasi 0123"} {
		res := send(bad, "X", sb)
		if res.status != 400 {
			t.Errorf("key %q: %d %s, want 400", bad, res.status, res.body)
			continue
		}
		checkError(t, res, CodeInvalidHeader, nil)
	}
}

// TestCronCleanupWrangler: on Workers, expiry is the Cron Trigger's job
// (finding 3: it lived inside the rate limiter). Expired rows are put into
// D1 directly, then the scheduled handler runs (wrangler dev
// --test-scheduled) and they are gone, while live rows stay.
func TestCronCleanupWrangler(t *testing.T) {
	tg := wranglerTarget(t)
	old := time.Now().Add(-91 * 24 * time.Hour).Unix()
	live := time.Now().Add(time.Hour).Unix()
	// One wrangler d1 execute per step: each starts node (seconds).
	tg.rows(t, fmt.Sprintf(`INSERT INTO shares (id, scenario, created_at, expires_at) VALUES
		('kedaluwarsa-cron-000000', '{}', %[1]d, %[1]d), ('masih-berlaku-cron-0000', '{}', %[1]d, %[2]d);
		INSERT INTO classes (code, token_hash, created_at, expires_at) VALUES ('CRNOLD', 'x', %[1]d, %[1]d);
		INSERT INTO submissions (id, class_code, name, scenario, created_at) VALUES ('sub-cron-old', 'CRNOLD', 'Nama Lama', '{}', %[1]d);
		INSERT INTO counters (key, win, n, bytes, expires) VALUES ('w:cron', 1, 1, 0, %[1]d)`, old, live))
	res := tg.do(t, "GET", "/__scheduled?cron="+strings.ReplaceAll("17 * * * *", " ", "+"), nil, nil)
	if res.status != 200 {
		t.Fatalf("/__scheduled: %d %s", res.status, res.body)
	}
	rows := tg.rows(t, `SELECT 'share:' || id AS row FROM shares WHERE id LIKE '%cron%'
		UNION ALL SELECT 'class:' || code FROM classes WHERE code = 'CRNOLD'
		UNION ALL SELECT 'submission:' || id FROM submissions WHERE id = 'sub-cron-old'
		UNION ALL SELECT 'counter:' || key FROM counters WHERE key = 'w:cron'`)
	var left []string
	for _, r := range rows {
		left = append(left, fmt.Sprint(r["row"]))
	}
	if len(left) != 1 || left[0] != "share:masih-berlaku-cron-0000" {
		t.Errorf("rows left after the cron run: %v, want only the live share", left)
	}
}
