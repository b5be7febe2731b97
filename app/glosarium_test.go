package app

import (
	"testing"

	"simkinerja/domain"
)

func TestGlosarium(t *testing.T) {
	seen := map[string]bool{}
	for _, g := range Glosarium {
		if g.Arti == "" || seen[g.Kata] {
			t.Errorf("%q: empty or repeated", g.Kata)
		}
		seen[g.Kata] = true
		for _, k := range g.Sources {
			if _, ok := domain.SourceByKey(k); !ok {
				t.Errorf("%s: unknown source %q", g.Kata, k)
			}
		}
	}
	for _, k := range []string{"TMT", "SKP", "PAK", "DUPAK", "Integrasi", "Predikat", "AK"} {
		if !seen[k] {
			t.Errorf("the glossary lacks %s", k)
		}
	}
}
