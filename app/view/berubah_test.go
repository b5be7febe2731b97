package view

import (
	"strings"
	"testing"

	"simkinerja/domain"
)

// TestBerubahFollowsTheRuleTables: what changed 2024 → 2025 → 2026 is read
// from the rule sets.
func TestBerubahFollowsTheRuleTables(t *testing.T) {
	var sets []domain.RuleSet
	for _, y := range []domain.RuleYear{"2024", "2025", "2026"} {
		rs, ok := domain.Rules(y)
		if !ok {
			t.Fatalf("rules %s missing", y)
		}
		sets = append(sets, rs)
	}
	got := map[string]BerubahRow{}
	for _, r := range Berubah(sets) {
		if len(r.Nilai) != 3 {
			t.Fatalf("row %q: %d cells", r.Topik, len(r.Nilai))
		}
		got[r.Topik] = r
	}
	if r := got["Siapa"]; !strings.Contains(r.Nilai[1], "pengawas") || strings.Contains(r.Nilai[0], "pengawas") || !r.Beda {
		t.Errorf("roles: %+v (pengawas sekolah only from 2025)", r)
	}
	if r := got["Periode per tahun"]; r.Nilai[0] != "2 (semester)" || r.Nilai[2] != "1 (tahunan)" {
		t.Errorf("periods: %q", r.Nilai)
	}
	if r := got["Langkah siklus"]; !strings.HasPrefix(r.Nilai[2], "5: Persiapan Observasi → Observasi Kinerja → Diskusi Tindak Lanjut → Upaya Tindak Lanjut → Refleksi") {
		t.Errorf("2026 steps: %q", r.Nilai[2])
	}
	if r := got["Dokumen siklus"]; r.Nilai[2] != "Dokumen Persiapan, Dokumen Tindak Lanjut, Dokumen Refleksi" {
		t.Errorf("2026 documents: %q", r.Nilai[2])
	}
	if r := got["Pengembangan kompetensi"]; r.Nilai[0] != "Poin, minimal 32 per periode" || strings.Contains(r.Nilai[2], "Poin,") {
		t.Errorf("points: %q", r.Nilai)
	}
	if r := got["Batas SKP"]; !strings.HasPrefix(r.Nilai[2], "31 Januari") || !strings.Contains(r.Nilai[2], "tanpa nilai kinerja") {
		t.Errorf("SKP: %q", r.Nilai)
	}
	if r := got["Matriks predikat"]; r.Beda && r.Nilai[0] == r.Nilai[1] && r.Nilai[1] == r.Nilai[2] {
		t.Errorf("same matrix marked as changed")
	}
}
