package store

import (
	"strings"
	"testing"
)

func TestBrokenStorageIsWordedInIndonesian(t *testing.T) {
	for _, text := range []string{"garbage{", `{"version": "dua"}`, `[1,2]`, `{"version":2,"drafts":{"a":1}}`} {
		s := load(Memory{StorageKey: text})
		if len(s.Problems) != 1 {
			t.Fatalf("%q: problems %+v", text, s.Problems)
		}
		all := s.Problems[0].Message + " " + strings.Join(s.Problems[0].Details, " ")
		for _, raw := range []string{"invalid character", "json:", "cannot unmarshal", "Go struct"} {
			if strings.Contains(all, raw) {
				t.Errorf("%q: raw decoder text in %q", text, all)
			}
		}
		if !strings.Contains(all, "isinya") {
			t.Errorf("%q: no reason given: %q", text, all)
		}
	}
}
