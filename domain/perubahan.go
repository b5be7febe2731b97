package domain

import (
	"fmt"
	"strings"
)

// Perubahan is one topic on which two rule years differ, in the words the
// screens show ("Yang berubah"), computed from the rule sets.
type Perubahan struct {
	Topik   string   `json:"topik"`
	Dari    string   `json:"dari"`
	Menjadi string   `json:"menjadi"`
	Asumsi  bool     `json:"asumsi,omitempty"` // the newer row is graded S-C or D
	Sources []string `json:"sources"`
}

// BedaAturan lists what differs from rule year a to rule year b, topic by
// topic, generated from the two RuleSets (never written by hand): a new
// rule year's differences appear without code changes.
func BedaAturan(a, b RuleSet) []Perubahan {
	var out []Perubahan
	add := func(topik, dari, menjadi string, s Sumber) {
		if dari != menjadi {
			out = append(out, Perubahan{Topik: topik, Dari: dari, Menjadi: menjadi, Asumsi: s.Basis.Asumsi(), Sources: s.Sources})
		}
	}
	add("Dasar hukum", strings.Join(a.DasarHukum[:1], ""), strings.Join(b.DasarHukum[:1], ""), b.Sumber)
	add("Periode penilaian", ringkasPeriode(a), ringkasPeriode(b), b.Periods[0].Sumber)
	add("Tahapan siklus", ringkasTahapan(a), ringkasTahapan(b), tahapSumber(b))
	add("Pengembangan kompetensi", ringkasKompetensi(a.Kompetensi), ringkasKompetensi(b.Kompetensi), b.Kompetensi.Sumber)
	add("Dokumen akuntabilitas", ringkasDokumen(a), ringkasDokumen(b), b.Dokumen.Sumber)
	add("Tugas pokok 5M dalam SKP", yaTidak(a.TugasPokok), yaTidak(b.TugasPokok), b.TugasPokokFrom)
	add("Peran yang dinilai", ringkasPeran(a), ringkasPeran(b), peranSumber(b))
	add("Jenis sekolah", ringkasSatuan(a), ringkasSatuan(b), satuanSumber(b))
	add("Batas SKP", ringkasSKP(a.SKP), ringkasSKP(b.SKP), b.SKP.Sumber)
	add("Pegawai baru", ringkasPenempatan(a), ringkasPenempatan(b), Sumber{Sources: b.Penempatan[10].Sources, Basis: basisPenempatan(b)})
	add("Penilai", ringkasPenilai(a), ringkasPenilai(b), penilaiSumber(b))
	add("Matriks predikat dan konversi AK", ringkasMatriks(a), ringkasMatriks(b), b.Matriks.Sumber)
	return out
}

func ringkasPeriode(rs RuleSet) string {
	names := make([]string, len(rs.Periods))
	for i, p := range rs.Periods {
		names[i] = p.Label
	}
	return fmt.Sprintf("%d periode: %s", len(rs.Periods), strings.Join(names, "; "))
}

func ringkasTahapan(rs RuleSet) string {
	var names []string
	for _, t := range rs.Tahapan {
		if !t.Penilaian {
			names = append(names, t.Label)
		}
	}
	docs := 0
	for _, t := range rs.Tahapan {
		if t.Dokumen != "" {
			docs++
		}
	}
	s := strings.Join(names, " → ")
	if docs > 0 {
		s += fmt.Sprintf(" (%d dokumen isian)", docs)
	}
	return s
}

func tahapSumber(rs RuleSet) Sumber { return rs.Tahapan[0].Sumber }

func ringkasKompetensi(k KompetensiModel) string {
	switch {
	case k.Poin:
		return fmt.Sprintf("poin, minimal %d per periode (disarankan sampai %d)", k.MinPoin, k.MaxPoin)
	case k.Opsional:
		return "daftar kegiatan opsional dengan refleksi; tanpa poin dan tanpa minimum"
	}
	return "refleksi setiap kegiatan; tanpa poin"
}

func ringkasDokumen(rs RuleSet) string {
	model := "diunggah pegawai"
	if rs.DokumenKonfirmasi() {
		model = "tidak diunggah; dikonfirmasi atasan"
	}
	var codes []string
	for _, r := range rs.Roles() {
		var c []string
		for _, it := range rs.DokumenPeran(r) {
			c = append(c, it.Code)
		}
		codes = append(codes, r.Label()+": "+strings.Join(c, ", "))
	}
	return model + " (" + strings.Join(codes, "; ") + ")"
}

func yaTidak(b bool) string {
	if b {
		return "ya"
	}
	return "tidak"
}

func ringkasPeran(rs RuleSet) string {
	var names []string
	for _, r := range rs.Roles() {
		names = append(names, r.Label())
	}
	for _, m := range rs.PemetaanPeran {
		names = append(names, fmt.Sprintf("mulai %d %s menjadi %s (%s)", m.MulaiTahun, m.Dari.Label(), m.Ke.Label(), m.Penugasan.Label()))
	}
	return strings.Join(names, ", ")
}

func peranSumber(rs RuleSet) Sumber { return rs.Peran[len(rs.Peran)-1].Sumber }

func ringkasSatuan(rs RuleSet) string {
	var names []string
	for _, j := range rs.JenisSatuan {
		names = append(names, j.Jenis.Label())
	}
	return strings.Join(names, ", ")
}

func satuanSumber(rs RuleSet) Sumber { return rs.JenisSatuan[len(rs.JenisSatuan)-1].Sumber }

func ringkasSKP(s SKPRule) string {
	if s.Bulan == 0 {
		return s.Catatan
	}
	out := fmt.Sprintf("disetujui paling lambat %d %s", s.Hari, NamaBulan(s.Bulan))
	if s.Lockout {
		out += "; lewat batas: akun dapat terkunci, tanpa nilai kinerja"
	}
	return out
}

func ringkasPenempatan(rs RuleSet) string {
	var penuh, otomatis []string
	for _, row := range rs.Penempatan {
		for i, st := range row.Status {
			label := NamaBulan(row.Bulan)
			if len(rs.Periods) > 1 {
				label += " (" + rs.Periods[i].Name + ")"
			}
			switch st {
			case TLOtomatis:
				otomatis = append(otomatis, label)
			case TLPenuh:
				penuh = append(penuh, label)
			}
		}
	}
	s := "TMT " + strings.Join(otomatis, ", ") + ": pelaksanaan otomatis, hanya Perilaku Kerja dinilai"
	if rs.Penempatan[1].SKPAkhirBulanTMT {
		s += "; SKP paling lambat akhir bulan TMT"
	}
	return s
}

func basisPenempatan(rs RuleSet) Basis {
	if rs.Penempatan[10].Asumsi {
		return BasisD
	}
	return BasisP
}

func ringkasPenilai(rs RuleSet) string {
	var parts []string
	for _, p := range rs.Penilai {
		who := p.Role.Label()
		if p.JenisSatuan != "" {
			who += " (" + p.JenisSatuan.Label() + ")"
		}
		parts = append(parts, who+": "+p.Penilai)
	}
	return strings.Join(parts, "; ")
}

func penilaiSumber(rs RuleSet) Sumber { return rs.Penilai[len(rs.Penilai)-1].Sumber }

func ringkasMatriks(rs RuleSet) string {
	var cells []string
	for _, row := range rs.Matriks.Sel {
		for _, c := range row {
			cells = append(cells, c.Label)
		}
	}
	var k []string
	for _, r := range rs.Koefisien {
		k = append(k, string(r.Jenjang)+"="+r.AK.Display())
	}
	var m []string
	for _, r := range rs.Pengali {
		m = append(m, fmt.Sprintf("%s %d%%", r.Label, r.Persen))
	}
	return strings.Join(cells, "/") + "; " + strings.Join(k, ", ") + "; " + strings.Join(m, ", ")
}
