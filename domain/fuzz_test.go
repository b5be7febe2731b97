package domain

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzScenario feeds documents through decode → validate → simulate: it must
// never panic, and the same input must give the same output. Seeds are the
// scenarios of testdata/cases and the corpus kept in testdata/fuzz/scenario
// (copy an interesting input found by `make fuzz-domain` there to keep it).
func FuzzScenario(f *testing.F) {
	cases, _ := filepath.Glob(filepath.Join("..", "testdata", "cases", "*.json"))
	for _, c := range cases {
		raw, err := os.ReadFile(c)
		if err != nil {
			f.Fatal(err)
		}
		var gc struct {
			Scenario json.RawMessage `json:"scenario"`
		}
		if json.Unmarshal(raw, &gc) == nil && len(gc.Scenario) > 0 {
			f.Add([]byte(gc.Scenario))
		}
	}
	corpus, _ := filepath.Glob(filepath.Join("..", "testdata", "fuzz", "scenario", "*"))
	for _, c := range corpus {
		raw, err := os.ReadFile(c)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s1, err1 := DecodeScenario(data)
		s2, err2 := DecodeScenario(data)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("decode is not deterministic: %v / %v", err1, err2)
		}
		if err1 != nil {
			if err1.Error() != err2.Error() {
				t.Fatalf("errors differ: %v / %v", err1, err2)
			}
			// Simulate must not panic even on a document that failed validation.
			Simulate(s1)
			return
		}
		a, errA := Encode(Simulate(s1))
		b, errB := Encode(Simulate(s2))
		if errA != nil || errB != nil {
			t.Fatalf("encode: %v %v", errA, errB)
		}
		if !bytes.Equal(a, b) {
			t.Fatalf("same input, different results:\n%s\n%s", a, b)
		}
		// A valid scenario survives a round trip through the JSON seam.
		enc, err := Encode(s1)
		if err != nil {
			t.Fatal(err)
		}
		s3, err := DecodeScenario(enc)
		if err != nil {
			t.Fatalf("re-decoding an encoded valid scenario failed: %v\n%s", err, enc)
		}
		c, _ := Encode(Simulate(s3))
		if !bytes.Equal(a, c) {
			t.Fatalf("round trip changed the result:\n%s\n%s", a, c)
		}
	})
}
