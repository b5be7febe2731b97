//go:build !js

package worker

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// scenarioFixture reads testdata/worker/scenarios/<name>.json.
func scenarioFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "worker", "scenarios", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.TrimSpace(string(b)))
}

var jsonCT = map[string]string{"Content-Type": "application/json"}

// contractCase is one row of the contract table. Paths and bodies may use
// {share}, {code}, {token}, filled from fixtures made before the table runs.
type contractCase struct {
	name   string
	method string
	path   string
	header map[string]string
	body   []byte
	status int
	code   string   // error code, for error responses
	fields []string // field paths the 400 must list
	check  func(t *testing.T, res response, fx fixtures)
	// needsDomainFix marks a probe that passes once domain reports JSON type
	// errors with the array index on every runtime (the domain engineer's
	// change for issue 9 item 11); until then it is skipped where it fails.
	needsDomainFix bool
}

// chunked in a case's header sends the body without Content-Length.
const chunked = "X-Uji-Chunked"

// wrongToken is the one answer for an unknown class and a wrong token.
const wrongToken = `{"error":{"code":"token_salah","message":"Token kelas salah."}}`

func sameAnswer(want string) func(t *testing.T, res response, _ fixtures) {
	return func(t *testing.T, res response, _ fixtures) {
		if got := strings.TrimSpace(string(res.body)); got != want {
			t.Errorf("body %s, want exactly %s", got, want)
		}
		noClassData(t, res, fixtures{})
	}
}

// fixtures are objects made through the API before the table runs.
type fixtures struct {
	share, code, token string
	shareDoc           []byte
}

func TestContractNative(t *testing.T) {
	runContract(t, nativeTarget(t, contractWriteLimit))
	t.Run("record", func(t *testing.T) { runRecord(t, nativeTarget(t, contractWriteLimit)) })
	t.Run("rate limit", func(t *testing.T) { runRateLimit(t, nativeTarget(t, contractWriteLimit)) })
}

func TestContractWrangler(t *testing.T) {
	runContract(t, wranglerTarget(t))
	t.Run("record", func(t *testing.T) { runRecord(t, wranglerTarget(t)) })
	t.Run("rate limit", func(t *testing.T) { runRateLimit(t, wranglerTarget(t)) })
}

var (
	idShape    = regexp.MustCompile(`^[A-Za-z0-9_-]{22,}$`)
	codeShape  = regexp.MustCompile(`^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$`)
	tokenShape = regexp.MustCompile(`^[A-Za-z0-9_-]{32,}$`)
)

func runContract(t *testing.T, tg target) {
	sb := scenarioFixture(t, "sangat_baik")
	fx := makeFixtures(t, tg, sb)
	big := []byte(`{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[],"pad":"` + strings.Repeat("x", MaxScenarioBytes) + `"}`)
	unknownID := base64.RawURLEncoding.EncodeToString(make([]byte, 16)) // right shape, never issued
	submission := func(name string, scenario []byte) []byte {
		if name == "" {
			return []byte(`{"scenario":` + string(scenario) + `}`)
		}
		return []byte(`{"name":` + mustJSON(t, name) + `,"scenario":` + string(scenario) + `}`)
	}
	// A document of the right size padded with whitespace is still too large:
	// the limit counts bytes as sent.
	padded := append(append([]byte{}, sb[:len(sb)-1]...), []byte(strings.Repeat(" ", MaxScenarioBytes))...)
	padded = append(padded, '}')
	cases := []contractCase{
		{name: "health", method: "GET", path: "/api/health", status: 200, check: func(t *testing.T, res response, _ fixtures) {
			if got := decodeMap(t, res.body)["status"]; got != "ok" {
				t.Errorf("status = %v, want ok", got)
			}
		}},
		{name: "share create", method: "POST", path: "/api/shares", header: jsonCT, body: sb, status: 201, check: func(t *testing.T, res response, _ fixtures) {
			m := decodeMap(t, res.body)
			id, _ := m["id"].(string)
			if !idShape.MatchString(id) {
				t.Fatalf("id %q: want ≥ 22 base64url chars", id)
			}
			if raw, err := base64.RawURLEncoding.DecodeString(id); err != nil || len(raw)*8 < 128 {
				t.Errorf("id %q carries %d bits, want ≥ 128", id, len(raw)*8)
			}
			if m["url"] != "/s/"+id {
				t.Errorf("url = %v, want /s/%s", m["url"], id)
			}
		}},
		{name: "share read", method: "GET", path: "/api/shares/{share}", status: 200, check: func(t *testing.T, res response, fx fixtures) {
			if !sameJSON(t, res.body, fx.shareDoc) {
				t.Errorf("share = %s\nwant %s", res.body, fx.shareDoc)
			}
		}},
		{name: "share unknown", method: "GET", path: "/api/shares/" + unknownID, status: 404, code: CodeNotFound},
		{name: "share id too short", method: "GET", path: "/api/shares/abc", status: 400, code: CodeInvalidID},
		{name: "share id bad chars", method: "GET", path: "/api/shares/" + strings.Repeat("*", 22), status: 400, code: CodeInvalidID},
		{name: "share malformed json", method: "POST", path: "/api/shares", header: jsonCT, body: []byte(`{"schema":`), status: 400, code: CodeInvalidJSON, fields: []string{"$"}},
		{name: "share empty body", method: "POST", path: "/api/shares", header: jsonCT, body: []byte{}, status: 400, code: CodeInvalidJSON, fields: []string{"$"}},
		{name: "share unknown field", method: "POST", path: "/api/shares", header: jsonCT, body: scenarioFixture(t, "invalid_client_numbers"), status: 400, code: CodeInvalidScenario, fields: []string{"ak_total"}},
		{name: "share invalid scenario", method: "POST", path: "/api/shares", header: jsonCT, body: scenarioFixture(t, "invalid_months_rating"), status: 400, code: CodeInvalidScenario,
			fields: []string{"periods[0].months", "periods[0].praktik.rating"}},
		{name: "share text/plain", method: "POST", path: "/api/shares", header: map[string]string{"Content-Type": "text/plain"}, body: sb, status: 415, code: CodeUnsupportedType},
		{name: "share no content type", method: "POST", path: "/api/shares", body: sb, status: 415, code: CodeUnsupportedType},
		{name: "share too large", method: "POST", path: "/api/shares", header: jsonCT, body: big, status: 413, code: CodeTooLarge},
		{name: "share padded with whitespace", method: "POST", path: "/api/shares", header: jsonCT, body: padded, status: 413, code: CodeTooLarge},
		{name: "share too large, chunked", method: "POST", path: "/api/shares", header: map[string]string{"Content-Type": "application/json", chunked: "1"}, body: big, status: 413, code: CodeTooLarge},
		{name: "submit too large, chunked", method: "POST", path: "/api/classes/{code}/submissions", header: map[string]string{"Content-Type": "application/json", chunked: "1"}, body: submission("", big), status: 413, code: CodeTooLarge},
		// Finding 11: the runtimes differed on these.
		// syumai/workers splits header values at ",": a list of content types
		// must be refused on Workers as it is natively.
		{name: "share content type list", method: "POST", path: "/api/shares", header: map[string]string{"Content-Type": "application/json, text/plain"}, body: sb, status: 415, code: CodeUnsupportedType},
		{name: "share two content types", method: "POST", path: "/api/shares", header: map[string]string{"Content-Type": "text/plain, application/json"}, body: sb, status: 415, code: CodeUnsupportedType},
		{name: "long url", method: "GET", path: "/api/shares/" + strings.Repeat("a", 3000), status: 431, code: CodeHeaderTooLarge},
		{name: "long header", method: "GET", path: "/api/shares/{share}", header: map[string]string{"X-Isi": strings.Repeat("a", 10<<10)}, status: 431, code: CodeHeaderTooLarge},
		{name: "long authorization", method: "GET", path: "/api/classes/{code}", header: map[string]string{"Authorization": "Bearer " + strings.Repeat("a", 10<<10)}, status: 431, code: CodeHeaderTooLarge},
		{name: "type error path has the index", method: "POST", path: "/api/shares", header: jsonCT,
			body:   []byte(`{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":"enam"}]}`),
			status: 400, code: CodeInvalidScenario, fields: []string{"periods[0].months"}, needsDomainFix: true},
		{name: "share json with charset", method: "POST", path: "/api/shares", header: map[string]string{"Content-Type": "application/json; charset=utf-8"}, body: sb, status: 201},
		{name: "unknown route", method: "GET", path: "/api/nope", status: 404, code: CodeNotFound},
		{name: "unknown nested route", method: "GET", path: "/api/shares/{share}/extra", status: 404, code: CodeNotFound},
		{name: "shares wrong method", method: "GET", path: "/api/shares", status: 405, code: CodeMethod, check: wantAllow("POST")},
		{name: "share delete", method: "DELETE", path: "/api/shares/{share}", status: 405, code: CodeMethod, check: wantAllow("GET")},
		{name: "classes wrong method", method: "PUT", path: "/api/classes", status: 405, code: CodeMethod, check: wantAllow("POST")},
		{name: "submissions wrong method", method: "GET", path: "/api/classes/{code}/submissions", status: 405, code: CodeMethod, check: wantAllow("POST")},
		{name: "health wrong method", method: "POST", path: "/api/health", header: jsonCT, body: []byte(`{}`), status: 405, code: CodeMethod},
		{name: "class create", method: "POST", path: "/api/classes", status: 201, check: func(t *testing.T, res response, _ fixtures) {
			m := decodeMap(t, res.body)
			if c, _ := m["code"].(string); !codeShape.MatchString(c) {
				t.Errorf("code %q: want 6 chars of the unambiguous alphabet", c)
			}
			if tok, _ := m["token"].(string); !tokenShape.MatchString(tok) {
				t.Errorf("token %q: want a long random secret", tok)
			}
		}},
		{name: "submit with name", method: "POST", path: "/api/classes/{code}/submissions", header: jsonCT, body: submission("Bu Ani", sb), status: 201, check: func(t *testing.T, res response, _ fixtures) {
			m := decodeMap(t, res.body)
			// RULES.md: ahli muda, Sangat Baik (150 %) for 2 × 6 months → 37,5.
			if m["predikat"] != "sangat_baik" || m["angka_kredit"] != "37,5" || m["name"] != "Bu Ani" {
				t.Errorf("submission result = %s", res.body)
			}
		}},
		{name: "submit lowercase code", method: "POST", path: "/api/classes/{code_lower}/submissions", header: jsonCT, body: submission("", scenarioFixture(t, "baik_poin_32")), status: 201},
		{name: "submit client numbers in envelope", method: "POST", path: "/api/classes/{code}/submissions", header: jsonCT,
			body: []byte(`{"scenario":` + string(sb) + `,"predikat":"sangat_baik","ak":"999"}`), status: 400, code: CodeInvalidBody, fields: []string{"ak", "predikat"}},
		{name: "submit client numbers in scenario", method: "POST", path: "/api/classes/{code}/submissions", header: jsonCT,
			body: submission("", scenarioFixture(t, "invalid_client_numbers")), status: 400, code: CodeInvalidScenario, fields: []string{"scenario.ak_total"}},
		{name: "submit invalid scenario", method: "POST", path: "/api/classes/{code}/submissions", header: jsonCT,
			body: submission("", scenarioFixture(t, "invalid_months_rating")), status: 400, code: CodeInvalidScenario,
			fields: []string{"scenario.periods[0].months", "scenario.periods[0].praktik.rating"}},
		{name: "submit malformed", method: "POST", path: "/api/classes/{code}/submissions", header: jsonCT, body: []byte(`{"scenario":`), status: 400, code: CodeInvalidJSON, fields: []string{"$"}},
		{name: "submit no scenario", method: "POST", path: "/api/classes/{code}/submissions", header: jsonCT, body: []byte(`{"name":"x"}`), status: 400, code: CodeInvalidBody, fields: []string{"scenario"}},
		{name: "submit name not text", method: "POST", path: "/api/classes/{code}/submissions", header: jsonCT, body: []byte(`{"name":5,"scenario":` + string(sb) + `}`), status: 400, code: CodeInvalidBody, fields: []string{"name"}},
		{name: "submit name too long", method: "POST", path: "/api/classes/{code}/submissions", header: jsonCT, body: submission(strings.Repeat("a", 81), sb), status: 400, code: CodeInvalidBody, fields: []string{"name"}},
		{name: "submit wrong content type", method: "POST", path: "/api/classes/{code}/submissions", header: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, body: submission("", sb), status: 415, code: CodeUnsupportedType},
		{name: "submit too large", method: "POST", path: "/api/classes/{code}/submissions", header: jsonCT, body: submission("", big), status: 413, code: CodeTooLarge},
		{name: "submit unknown class", method: "POST", path: "/api/classes/ZZZZZZ/submissions", header: jsonCT, body: submission("", sb), status: 404, code: CodeNotFound},
		{name: "submit bad code", method: "POST", path: "/api/classes/AB0O1I/submissions", header: jsonCT, body: submission("", sb), status: 400, code: CodeInvalidID},
		{name: "class without token", method: "GET", path: "/api/classes/{code}", status: 401, code: CodeUnauthorized, check: noClassData},
		{name: "class wrong token", method: "GET", path: "/api/classes/{code}", header: map[string]string{"Authorization": "Bearer wrong-token-0123456789abcdef0123456789"}, status: 403, code: CodeForbidden, check: sameAnswer(wrongToken)},
		{name: "class basic auth", method: "GET", path: "/api/classes/{code}", header: map[string]string{"Authorization": "Basic {token}"}, status: 401, code: CodeUnauthorized, check: noClassData},
		// An unknown class and a wrong token get one answer, byte for byte, so a
		// guessed code tells nothing (finding 2).
		{name: "class unknown", method: "GET", path: "/api/classes/ZZZZZZ", header: map[string]string{"Authorization": "Bearer {token}"}, status: 403, code: CodeForbidden, check: sameAnswer(wrongToken)},
		{name: "class bad code", method: "GET", path: "/api/classes/abc", header: map[string]string{"Authorization": "Bearer {token}"}, status: 400, code: CodeInvalidID},
		{name: "class read", method: "GET", path: "/api/classes/{code}", header: map[string]string{"Authorization": "Bearer {token}"}, status: 200, check: checkClassView},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := fill(tc.path, fx)
			header := map[string]string{}
			for k, v := range tc.header {
				header[k] = fill(v, fx)
			}
			res := tg.do(t, tc.method, path, header, tc.body)
			if tc.needsDomainFix && res.status == tc.status && !strings.Contains(string(res.body), `"`+tc.fields[0]+`"`) {
				t.Skipf("waits for the domain change (JSON type errors with the array index on every runtime): %s", res.body)
			}
			if res.status != tc.status {
				t.Fatalf("%s %s: status %d, want %d; body %s", tc.method, path, res.status, tc.status, res.body)
			}
			if ct := res.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q, want application/json", ct)
			}
			if tc.status >= 400 {
				checkError(t, res, tc.code, tc.fields)
			}
			if tc.check != nil {
				tc.check(t, res, fx)
			}
		})
	}
}

// makeFixtures creates one share, one class with three submissions.
func makeFixtures(t *testing.T, tg target, sb []byte) fixtures {
	t.Helper()
	var fx fixtures
	res := tg.do(t, "POST", "/api/shares", jsonCT, sb)
	if res.status != 201 {
		t.Fatalf("create share: %d %s", res.status, res.body)
	}
	fx.share = decodeMap(t, res.body)["id"].(string)
	fx.shareDoc = sb
	res = tg.do(t, "POST", "/api/classes", nil, nil)
	if res.status != 201 {
		t.Fatalf("create class: %d %s", res.status, res.body)
	}
	m := decodeMap(t, res.body)
	fx.code, fx.token = m["code"].(string), m["token"].(string)
	return fx
}

func fill(s string, fx fixtures) string {
	return strings.NewReplacer("{share}", fx.share, "{code}", fx.code, "{code_lower}", strings.ToLower(fx.code), "{token}", fx.token).Replace(s)
}

// checkError checks the error shape: {"error":{"code","message"}} with an
// Indonesian message, and the field paths a 400 must list.
func checkError(t *testing.T, res response, code string, fields []string) {
	t.Helper()
	var body struct {
		Error struct {
			Code    string   `json:"code"`
			Message string   `json:"message"`
			Fields  []string `json:"fields"`
		} `json:"error"`
	}
	if err := json.Unmarshal(res.body, &body); err != nil {
		t.Fatalf("error body is not JSON: %v: %s", err, res.body)
	}
	if body.Error.Code != code {
		t.Errorf("error code %q, want %q (%s)", body.Error.Code, code, res.body)
	}
	if body.Error.Message == "" {
		t.Errorf("error without message: %s", res.body)
	}
	for _, f := range fields {
		found := false
		for _, g := range body.Error.Fields {
			found = found || g == f
		}
		if !found {
			t.Errorf("fields %q lack %q", body.Error.Fields, f)
		}
		if !strings.Contains(body.Error.Message, f) && f != "$" {
			t.Errorf("message %q does not name %q", body.Error.Message, f)
		}
	}
}

func wantAllow(method string) func(t *testing.T, res response, _ fixtures) {
	return func(t *testing.T, res response, _ fixtures) {
		if got := res.header.Get("Allow"); got != method {
			t.Errorf("Allow = %q, want %q", got, method)
		}
	}
}

func noClassData(t *testing.T, res response, _ fixtures) {
	if strings.Contains(string(res.body), "submissions") || strings.Contains(string(res.body), "Bu Ani") {
		t.Errorf("class data leaked without a valid token: %s", res.body)
	}
}

// checkClassView checks the trainer's view after the table's two accepted
// submissions (Sangat Baik 37,5 named "Bu Ani"; Baik 25 with 32 points).
func checkClassView(t *testing.T, res response, fx fixtures) {
	var v struct {
		Code        string `json:"code"`
		Submissions []struct {
			Name        string `json:"name"`
			Predikat    string `json:"predikat"`
			AngkaKredit string `json:"angka_kredit"`
			KurangPoin  bool   `json:"kurang_poin"`
		} `json:"submissions"`
		Aggregate struct {
			Count             int            `json:"count"`
			Predikat          map[string]int `json:"predikat"`
			MedianAngkaKredit string         `json:"median_angka_kredit"`
			MeanAngkaKredit   string         `json:"mean_angka_kredit"`
			MedianAK          string         `json:"median_ak"`
			KurangPoin        int            `json:"kurang_poin"`
		} `json:"aggregate"`
	}
	if err := json.Unmarshal(res.body, &v); err != nil {
		t.Fatal(err)
	}
	if v.Code != fx.code || len(v.Submissions) != 2 {
		t.Fatalf("class view = %s", res.body)
	}
	s0, s1 := v.Submissions[0], v.Submissions[1]
	if s0.Name != "Bu Ani" || s0.Predikat != "sangat_baik" || s0.AngkaKredit != "37,5" || !s0.KurangPoin {
		t.Errorf("first submission = %+v", s0)
	}
	if s1.Name != "" || s1.Predikat != "baik" || s1.AngkaKredit != "25" || s1.KurangPoin {
		t.Errorf("second submission = %+v", s1)
	}
	a := v.Aggregate
	want := map[string]int{"sangat_baik": 1, "baik": 1, "butuh_perbaikan": 0, "kurang": 0, "sangat_kurang": 0}
	if a.Count != 2 || !reflect.DeepEqual(a.Predikat, want) || a.KurangPoin != 1 {
		t.Errorf("aggregate = %+v", a)
	}
	// (37,5 + 25) / 2 = 31,25 for both median and mean of two values.
	if a.MedianAngkaKredit != "31,25" || a.MeanAngkaKredit != "31,25" || a.MedianAK != "31.25" {
		t.Errorf("median/mean = %s / %s (%s)", a.MedianAngkaKredit, a.MeanAngkaKredit, a.MedianAK)
	}
}

// runRateLimit writes until the limit answers 429, then checks the limit is
// per client (on wrangler, where a request can name its client) and that
// reads are not limited.
func runRateLimit(t *testing.T, tg target) {
	sb := scenarioFixture(t, "sangat_baik")
	var limited response
	n := 0
	// A minute boundary may reset the window once, so allow two windows.
	for ; n < 2*contractWriteLimit+2; n++ {
		res := tg.do(t, "POST", "/api/shares", jsonCT, sb)
		if res.status == http.StatusTooManyRequests {
			limited = res
			break
		}
		if res.status != http.StatusCreated {
			t.Fatalf("write %d: %d %s", n, res.status, res.body)
		}
	}
	if limited.status != http.StatusTooManyRequests {
		t.Fatalf("no 429 after %d writes (limit %d)", n, contractWriteLimit)
	}
	if n < contractWriteLimit-1 {
		t.Errorf("429 after only %d writes, limit is %d", n, contractWriteLimit)
	}
	checkError(t, limited, CodeRateLimited, nil)
	if ra := limited.header.Get("Retry-After"); ra == "" {
		t.Error("429 without Retry-After")
	}
	if res := tg.do(t, "GET", "/api/health", nil, nil); res.status != 200 {
		t.Errorf("read after limit: %d", res.status)
	}
	if res := tg.do(t, "POST", "/api/classes", nil, nil); res.status != http.StatusTooManyRequests {
		t.Errorf("class create by a limited client: %d, want 429", res.status)
	}
	if tg.perClient {
		other := tg
		other.header = map[string]string{"CF-Connecting-IP": "203.0.113.77"}
		if res := other.do(t, "POST", "/api/shares", jsonCT, sb); res.status != http.StatusCreated {
			t.Errorf("another client is limited too: %d %s", res.status, res.body)
		}
	}
}

func decodeMap(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("not a JSON object: %v: %s", err, b)
	}
	return m
}

func sameJSON(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatalf("%v: %s", err, a)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	return reflect.DeepEqual(x, y)
}

func mustJSON(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
