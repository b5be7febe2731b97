//go:build !js

package worker

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"simkinerja/domain"
)

// fuzzSeeds are the request bodies kept in testdata/worker (valid and invalid
// scenarios, submission envelopes); Go keeps what the fuzzer finds in
// worker/testdata/fuzz.
func fuzzSeeds(f *testing.F) [][]byte {
	var seeds [][]byte
	for _, dir := range []string{"scenarios", "requests"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", "worker", dir, "*.json"))
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			seeds = append(seeds, b)
		}
	}
	if len(seeds) == 0 {
		f.Fatal("no seeds in testdata/worker")
	}
	return append(seeds, []byte(""), []byte("{"), []byte("null"), []byte(`{"name":"x","scenario":{}}`))
}

// FuzzDecodeRequest feeds arbitrary bytes to both request decoders (share
// body, submission envelope). Every input is either refused with a 4xx Error
// that names field paths, or accepted as a document that decodes again to the
// same canonical bytes: what is stored is exactly what the domain validated.
func FuzzDecodeRequest(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := canonicalScenario(data, "")
		checkDecoded(t, doc, err, "")
		req, err := decodeSubmission(data)
		if err != nil {
			checkDecoded(t, nil, err, "")
			return
		}
		doc, err = canonicalScenario(req.Scenario, "scenario.")
		checkDecoded(t, doc, err, "scenario")
	})
}

func checkDecoded(t *testing.T, doc []byte, err error, prefix string) {
	t.Helper()
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("decode error is not an API error: %T %v", err, err)
		}
		if e.Status != http.StatusBadRequest && e.Status != http.StatusRequestEntityTooLarge {
			t.Fatalf("status %d for a bad body: %v", e.Status, e)
		}
		if e.Status == http.StatusBadRequest && len(e.Fields) == 0 {
			t.Fatalf("400 without field paths: %v", e)
		}
		for _, f := range e.Fields {
			if prefix != "" && !strings.HasPrefix(f, prefix) && f != "$" {
				t.Fatalf("field %q outside %q", f, prefix)
			}
		}
		return
	}
	again, err := canonicalScenario(doc, "")
	if err != nil {
		t.Fatalf("stored document does not decode again: %v\n%s", err, doc)
	}
	if !bytes.Equal(doc, again) {
		t.Fatalf("canonical form not stable:\n%s\n%s", doc, again)
	}
	if r, _ := domain.DecodeRecord(doc); r.Identitas == nil && strings.Contains(string(doc), `"identitas"`) {
		t.Fatalf("identitas appears without being sent: %s", doc)
	}
}

// FuzzHandler drives the whole handler over a real SQLite file with arbitrary
// methods, paths, content types and bodies: never a 5xx (but 501 for a
// method workerd would not pass on either), always the JSON error shape for
// an error.
func FuzzHandler(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add("POST", "/api/shares", "application/json", s)
		f.Add("POST", "/api/classes/ABCDEF/submissions", "application/json", s)
	}
	f.Add("GET", "/api/shares/AAAAAAAAAAAAAAAAAAAAAA", "", []byte{})
	f.Add("GET", "/api/classes/abcdef", "text/plain", []byte{})
	f.Add("PATCH", "/api//shares", "application/json; charset=x", []byte("{}"))
	api, _ := newTestAPI(f, Options{})
	classRec := serve(api, "POST", "/api/classes", "", nil, "")
	var class classCreated
	json.Unmarshal(classRec.Body.Bytes(), &class)
	f.Fuzz(func(t *testing.T, method, path, contentType string, body []byte) {
		if !validMethod(method) || !strings.HasPrefix(path, "/") || strings.ContainsAny(path, " ?#\x00\r\n") {
			return // not an HTTP request a server would hand to the handler
		}
		path = strings.ReplaceAll(path, "{code}", class.Code)
		req, err := http.NewRequest(method, "http://x"+path, bytes.NewReader(body))
		if err != nil {
			return
		}
		req.Header.Set("Content-Type", contentType)
		req.Header.Set("Authorization", "Bearer "+class.Token)
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, req)
		if rec.Code >= 500 && !(rec.Code == http.StatusNotImplemented && !knownMethods[method]) {
			t.Fatalf("%s %s: %d %s", method, path, rec.Code, rec.Body)
		}
		if rec.Code == http.StatusNoContent && rec.Body.Len() == 0 {
			return // a removed submission
		}
		var out map[string]json.RawMessage
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("%s %s: body is not a JSON object: %s", method, path, rec.Body)
		}
		if rec.Code >= 400 {
			var e struct {
				Error struct{ Code, Message string } `json:"error"`
			}
			if json.Unmarshal(rec.Body.Bytes(), &e); e.Error.Code == "" || e.Error.Message == "" {
				t.Fatalf("%s %s: %d without the error shape: %s", method, path, rec.Code, rec.Body)
			}
		}
	})
}

func validMethod(m string) bool {
	if m == "" || len(m) > 16 {
		return false
	}
	for _, c := range m {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
