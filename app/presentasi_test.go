package app

import (
	"strings"
	"testing"

	"simkinerja/domain"
)

func TestSlideForKey(t *testing.T) {
	n := len(slides)
	cases := []struct {
		key      string
		cur, got int
		nav      bool
	}{
		{"ArrowRight", 0, 1, true},
		{"PageDown", 1, 2, true},
		{" ", 2, 3, true},
		{"ArrowRight", n - 1, n - 1, true},
		{"ArrowLeft", 2, 1, true},
		{"PageUp", 1, 0, true},
		{"ArrowLeft", 0, 0, true},
		{"Home", 4, 0, true},
		{"End", 0, n - 1, true},
		{"a", 3, 3, false},
		{"Enter", 3, 3, false},
	}
	for _, c := range cases {
		got, nav := SlideForKey(c.key, c.cur, n)
		if got != c.got || nav != c.nav {
			t.Errorf("SlideForKey(%q, %d) = %d, %v; want %d, %v", c.key, c.cur, got, nav, c.got, c.nav)
		}
	}
	if n < 6 {
		t.Errorf("deck has %d slides; the issue asks for matriks, konversi, siklus, 32 poin and 2024 vs 2025", n)
	}
}

func TestAturanRowsFollowTheRuleTables(t *testing.T) {
	r24, _ := domain.Rules("2024")
	r25, _ := domain.Rules("2025")
	rows := AturanRows([]domain.RuleSet{r24, r25})
	got := map[string][]string{}
	for _, r := range rows {
		if len(r) != 3 {
			t.Fatalf("row %q: want topic + 2 cells", r)
		}
		got[r[0]] = r[1:]
	}
	if !strings.Contains(got["Siapa"][1], "pengawas") || strings.Contains(got["Siapa"][0], "pengawas") {
		t.Errorf("roles: %q (pengawas sekolah only from 2025)", got["Siapa"])
	}
	if got["Periode per tahun"][0] != "2 (semester)" || got["Periode per tahun"][1] != "1 (tahunan)" {
		t.Errorf("periods: %q", got["Periode per tahun"])
	}
	if got["Pengembangan kompetensi"][0] != "Poin, minimal 32 per periode" || !strings.HasPrefix(got["Pengembangan kompetensi"][1], "Tanpa poin") {
		t.Errorf("points: %q", got["Pengembangan kompetensi"])
	}
	if !strings.HasPrefix(got["Dokumen"][1], "Tidak diunggah") || got["Tugas pokok 5M dalam SKP"][1] != "Ya" {
		t.Errorf("2025 documents/5M: %q %q", got["Dokumen"], got["Tugas pokok 5M dalam SKP"])
	}
}
