package domain

import "testing"

// TestBedaAturan: what changed 2024 → 2025 → 2026 comes from the rule sets.
func TestBedaAturan(t *testing.T) {
	r24, r25, r26 := aturan2024, aturan2025, aturan2026
	topik := func(ps []Perubahan) map[string]Perubahan {
		m := map[string]Perubahan{}
		for _, p := range ps {
			m[p.Topik] = p
		}
		return m
	}
	a := topik(BedaAturan(r24, r25))
	for _, want := range []string{"Periode penilaian", "Pengembangan kompetensi", "Dokumen akuntabilitas", "Tugas pokok 5M dalam SKP", "Peran yang dinilai", "Batas SKP"} {
		if _, ok := a[want]; !ok {
			t.Errorf("2024 → 2025: %q missing", want)
		}
	}
	if _, ok := a["Matriks predikat dan konversi AK"]; ok {
		t.Error("2024 → 2025: the matrix and AK tables did not change")
	}
	b := topik(BedaAturan(r25, r26))
	for _, want := range []string{"Tahapan siklus", "Pengembangan kompetensi", "Jenis sekolah", "Peran yang dinilai", "Batas SKP", "Penilai"} {
		if _, ok := b[want]; !ok {
			t.Errorf("2025 → 2026: %q missing", want)
		}
	}
	if p := b["Tahapan siklus"]; p.Menjadi != "Persiapan Observasi → Observasi Kinerja → Diskusi Tindak Lanjut → Upaya Tindak Lanjut → Refleksi (3 dokumen isian)" {
		t.Errorf("2026 stages: %q", p.Menjadi)
	}
	if !b["Pengembangan kompetensi"].Asumsi {
		t.Error("2026 competency model is a default (Q29): it must be marked asumsi")
	}
	if len(BedaAturan(r26, r26)) != 0 {
		t.Error("a set does not differ from itself")
	}
	// A changed number in a new set shows up without code changes.
	r27 := r26
	r27.Koefisien = append([]KoefisienRow(nil), r26.Koefisien...)
	r27.Koefisien[0].AK = AKInt(13)
	if _, ok := topik(BedaAturan(r26, r27))["Matriks predikat dan konversi AK"]; !ok {
		t.Error("a changed coefficient must be listed")
	}
}
