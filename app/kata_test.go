package app

import (
	"strings"
	"testing"
)

func TestTanpaKode(t *testing.T) {
	for in, want := range map[string]string{
		"kelebihan AK 2 dianggap hangus (§11 Q18).": "kelebihan AK 2 dianggap hangus.",
		"Oktober mengikuti Juli–September §11 Q3":   "Oktober mengikuti Juli–September",
		"lihat RULES.md §13.6 untuk tahapnya":       "lihat untuk tahapnya",
		"tanpa kode: 37,5 AK (Sangat Baik, 150%)":   "tanpa kode: 37,5 AK (Sangat Baik, 150%)",
	} {
		if got := TanpaKode(in); got != want {
			t.Errorf("TanpaKode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNamaBerkasKeepsTheName(t *testing.T) {
	for _, name := range []string{"SimKinerja uji", "Pak Hendrawan (2024–2026)", "Draf 1"} {
		file := NamaBerkas(name)
		if got := NamaDariBerkas(file); got != name {
			t.Errorf("%q → %q → %q", name, file, got)
		}
		if got := NamaDariBerkas(strings.TrimSuffix(file, ".json") + " (1).json"); got != name {
			t.Errorf("a repeated download of %q imports as %q", name, got)
		}
	}
	if got := NamaBerkas(`a/b:c*?"<>|`); got != "a-b-c------.json" {
		t.Errorf("unsafe characters: %q", got)
	}
	if got := NamaBerkas("  ..  "); got != "draf.json" {
		t.Errorf("empty name: %q", got)
	}
}
