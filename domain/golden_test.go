package domain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"
)

// goldenCase is one file of testdata/cases: a scenario and either the expected
// result (matched as a subset: objects by key, arrays by index) or the field
// paths of the expected validation problems.
//
// A schema-2 input, or any input with "record": true (the migration cases), is
// read with DecodeRecord and compared against SimulateRecord's result, on the
// date "today" when given.
type goldenCase struct {
	Record       bool            `json:"record"`
	Today        string          `json:"today"`
	Name         string          `json:"name"`
	Source       string          `json:"source"`
	Scenario     json.RawMessage `json:"scenario"`
	Expect       json.RawMessage `json:"expect"`
	ExpectErrors []string        `json:"expect_errors"`
}

// TestGolden runs every file in testdata/cases: drop a file in, it is tested.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "cases", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden cases found in testdata/cases")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var c goldenCase
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&c); err != nil {
				t.Fatalf("case file: %v", err)
			}
			if c.Name == "" || c.Source == "" {
				t.Fatal("case file needs a name and a source")
			}
			if (c.Expect == nil) == (c.ExpectErrors == nil) {
				t.Fatal("case file needs exactly one of expect and expect_errors")
			}
			var head struct{ Schema any }
			_ = json.Unmarshal(c.Scenario, &head)
			record := c.Record || head.Schema == 2.0
			var simulate func() any
			err = nil
			if record {
				var r Record
				r, err = DecodeRecord(c.Scenario)
				today := time.Time{}
				if c.Today != "" {
					if today, err = time.Parse("2006-01-02", c.Today); err != nil {
						t.Fatal(err)
					}
				}
				simulate = func() any { return SimulateRecord(r, today) }
			} else {
				var s Scenario
				s, err = DecodeScenario(c.Scenario)
				simulate = func() any { return Simulate(s) }
			}
			if c.ExpectErrors != nil {
				var ve *ValidationError
				if !errors.As(err, &ve) {
					t.Fatalf("want validation errors %v, got %v", c.ExpectErrors, err)
				}
				got, want := ve.Paths(), append([]string(nil), c.ExpectErrors...)
				sort.Strings(got)
				sort.Strings(want)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("problem paths = %v, want %v\n%v", got, want, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("scenario rejected: %v", err)
			}
			out, err := Encode(simulate())
			if err != nil {
				t.Fatal(err)
			}
			var gotV, wantV any
			if err := json.Unmarshal(out, &gotV); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(c.Expect, &wantV); err != nil {
				t.Fatal(err)
			}
			if err := subset("", wantV, gotV); err != nil {
				t.Errorf("%s (%s): %v", c.Name, c.Source, err)
			}
		})
	}
}

// subset reports the first place where got does not contain want.
func subset(path string, want, got any) error {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: want an object, got %v", path, got)
		}
		for _, k := range sortedKeys(w) {
			gv, ok := g[k]
			if !ok {
				return fmt.Errorf("%s.%s: missing", path, k)
			}
			if err := subset(path+"."+k, w[k], gv); err != nil {
				return err
			}
		}
		return nil
	case []any:
		g, ok := got.([]any)
		if !ok {
			return fmt.Errorf("%s: want an array, got %v", path, got)
		}
		if len(g) < len(w) {
			return fmt.Errorf("%s: want at least %d elements, got %d", path, len(w), len(g))
		}
		for i := range w {
			if err := subset(fmt.Sprintf("%s[%d]", path, i), w[i], g[i]); err != nil {
				return err
			}
		}
		return nil
	}
	if !reflect.DeepEqual(want, got) {
		return fmt.Errorf("%s = %v, want %v", path, got, want)
	}
	return nil
}

func TestSubsetCanFail(t *testing.T) {
	got := map[string]any{"a": []any{1.0, map[string]any{"b": "x"}}}
	if subset("", map[string]any{"a": []any{1.0, map[string]any{"b": "y"}}}, got) == nil {
		t.Error("a differing nested value must fail")
	}
	if subset("", map[string]any{"c": 1.0}, got) == nil {
		t.Error("a missing key must fail")
	}
	if subset("", map[string]any{"a": []any{1.0}}, got) != nil {
		t.Error("a prefix of an array must match")
	}
}
