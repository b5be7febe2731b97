package view

import (
	"fmt"
	"strings"

	"simkinerja/domain"
)

// BerubahRow is one topic of the "Yang berubah" comparison: the value in each
// rule set and whether they differ.
type BerubahRow struct {
	Topik string
	Nilai []string
	Beda  bool
}

// Berubah compares rule sets topic by topic, read from the rule tables (not
// written by hand), so a new rule year or a corrected row shows up by itself.
func Berubah(sets []domain.RuleSet) []BerubahRow {
	topics := []struct {
		name string
		cell func(domain.RuleSet) string
	}{
		{"Siapa", siapa},
		{"Jenis sekolah", jenisSatuan},
		{"Periode per tahun", periode},
		{"Langkah siklus", langkah},
		{"Dokumen siklus", dokumenSiklus},
		{"Pengembangan kompetensi", kompetensiModel},
		{"Dokumen akuntabilitas", dokumenModel},
		{"Tugas pokok 5M dalam SKP", func(rs domain.RuleSet) string { return yaTidak(rs.TugasPokok) }},
		{"Batas SKP", batasSKP},
		{"Matriks predikat", matriks},
		{"Koefisien AK tahunan", koefisien},
	}
	var out []BerubahRow
	for _, tp := range topics {
		r := BerubahRow{Topik: tp.name}
		for _, rs := range sets {
			v := tp.cell(rs)
			r.Beda = r.Beda || (len(r.Nilai) > 0 && v != r.Nilai[0])
			r.Nilai = append(r.Nilai, v)
		}
		out = append(out, r)
	}
	return out
}

func siapa(rs domain.RuleSet) string {
	var names []string
	for _, r := range rs.Roles() {
		names = append(names, strings.ToLower(r.Label()))
	}
	return capital(strings.Join(names, ", "))
}

func jenisSatuan(rs domain.RuleSet) string {
	var names []string
	for _, j := range rs.JenisSatuan {
		names = append(names, string(j.Jenis))
	}
	return capital(strings.Join(names, ", "))
}

func periode(rs domain.RuleSet) string {
	if len(rs.Periods) == 1 {
		return "1 (tahunan)"
	}
	return fmt.Sprintf("%d (semester)", len(rs.Periods))
}

func langkah(rs domain.RuleSet) string {
	var names []string
	for _, t := range rs.Tahapan {
		if !t.Penilaian {
			names = append(names, t.Label)
		}
	}
	return fmt.Sprintf("%d: %s", len(names), strings.Join(names, " → "))
}

func dokumenSiklus(rs domain.RuleSet) string {
	var names []string
	for _, t := range rs.Tahapan {
		if t.Dokumen != "" {
			names = append(names, t.Dokumen)
		}
	}
	if len(names) == 0 {
		return "—"
	}
	return strings.Join(names, ", ")
}

func kompetensiModel(rs domain.RuleSet) string {
	k := rs.Kompetensi
	switch {
	case k.Poin:
		return fmt.Sprintf("Poin, minimal %d per periode", k.MinPoin)
	case k.Opsional:
		return "Opsional; refleksi setiap kegiatan, tanpa poin"
	}
	return "Tanpa poin; refleksi setiap kegiatan"
}

func dokumenModel(rs domain.RuleSet) string {
	if rs.DokumenKonfirmasi() {
		return "Tidak diunggah; dikonfirmasi atasan"
	}
	return "Diunggah; predikat tertahan bila kurang"
}

func batasSKP(rs domain.RuleSet) string {
	k := rs.SKP
	if k.Bulan == 0 {
		return "Awal setiap periode"
	}
	s := fmt.Sprintf("%d %s", k.Hari, domain.NamaBulan(k.Bulan))
	if k.Lockout {
		s += "; lewat tanpa SKP disetujui = tanpa nilai kinerja"
	}
	return s
}

func matriks(rs domain.RuleSet) string {
	var cells []string
	for _, row := range rs.Matriks.Sel {
		for _, c := range row {
			cells = append(cells, c.Label)
		}
	}
	return strings.Join(cells, " · ")
}

func koefisien(rs domain.RuleSet) string {
	var parts []string
	for _, k := range rs.Koefisien {
		parts = append(parts, k.Jenjang.Label()+" "+k.AK.Display())
	}
	return strings.Join(parts, ", ")
}

func yaTidak(b bool) string {
	if b {
		return "Ya"
	}
	return "Tidak"
}

func capital(s string) string {
	if s == "" {
		return "—"
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
