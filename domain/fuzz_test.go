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

// FuzzRecord feeds documents of both schemas through DecodeRecord →
// SimulateRecord: never a panic, the same output for the same input, a
// valid record survives a round trip, and a schema-1 document gives the same
// year as Simulate. Seeds: every golden input and testdata/fuzz/record.
func FuzzRecord(f *testing.F) {
	for _, dir := range []string{"scenario", "record"} {
		corpus, _ := filepath.Glob(filepath.Join("..", "testdata", "fuzz", dir, "*"))
		for _, c := range corpus {
			if raw, err := os.ReadFile(c); err == nil {
				f.Add(raw)
			}
		}
	}
	cases, _ := filepath.Glob(filepath.Join("..", "testdata", "cases", "*.json"))
	for _, c := range cases {
		raw, _ := os.ReadFile(c)
		var gc struct {
			Scenario json.RawMessage `json:"scenario"`
		}
		if json.Unmarshal(raw, &gc) == nil && len(gc.Scenario) > 0 {
			f.Add([]byte(gc.Scenario))
		}
	}
	today := mustDate(f, "2026-11-30")
	f.Fuzz(func(t *testing.T, data []byte) {
		r1, err1 := DecodeRecord(data)
		r2, err2 := DecodeRecord(data)
		if (err1 == nil) != (err2 == nil) || (err1 != nil && err1.Error() != err2.Error()) {
			t.Fatalf("decode is not deterministic: %v / %v", err1, err2)
		}
		a, _ := Encode(SimulateRecord(r1, today)) // must not panic, valid or not
		if err1 != nil {
			return
		}
		b, _ := Encode(SimulateRecord(r2, today))
		if !bytes.Equal(a, b) {
			t.Fatalf("same input, different results:\n%s\n%s", a, b)
		}
		enc, err := Encode(r1)
		if err != nil {
			t.Fatal(err)
		}
		r3, err := DecodeRecord(enc)
		if err != nil {
			t.Fatalf("re-decoding an encoded valid record failed: %v\n%s", err, enc)
		}
		if c, _ := Encode(SimulateRecord(r3, today)); !bytes.Equal(a, c) {
			t.Fatalf("round trip changed the result:\n%s\n%s", a, c)
		}
		if s, err := DecodeScenario(data); err == nil {
			old, _ := Encode(Simulate(s).Periods)
			now, _ := Encode(SimulateRecord(RecordDari(s), today).Tahun[0].Periods)
			if !bytes.Equal(old, now) {
				t.Fatalf("schema-1 migration changed the periods:\n%s\n%s", old, now)
			}
		}
	})
}
