package domain

import (
	"fmt"
	"time"
)

// SKP states of a year (SKPResult.Status).
const (
	SKPDisetujui     = "disetujui"
	SKPBelum         = "belum_disetujui" // not approved, deadline not passed (or date unknown)
	SKPTerkunci      = "terkunci"        // not approved and the deadline passed: lockout (§11 Q25)
	SKPTidakDiketahu = "tidak_diketahui" // the record does not say
)

// SKPResult is the state of a year's SKP against its deadline.
type SKPResult struct {
	Batas   string   `json:"batas,omitempty"` // YYYY-MM-DD
	Lewat   bool     `json:"lewat"`           // the deadline passed on the date given
	Status  string   `json:"status"`
	Lockout bool     `json:"lockout"` // missing it costs the year (2026+)
	Pesan   string   `json:"pesan"`
	Asumsi  bool     `json:"asumsi,omitempty"`
	Sources []string `json:"sources"`
}

// PenilaiResult names the year's assessor.
type PenilaiResult struct {
	Penilai    string   `json:"penilai"`
	TimKinerja string   `json:"tim_kinerja,omitempty"`
	Asumsi     bool     `json:"asumsi,omitempty"`
	Sources    []string `json:"sources"`
}

// cekSKP checks a year's SKP against its deadline (RULES.md §13.5, §11 Q24,
// Q25). Lockout is decided only when the record says the SKP was not
// approved and today is known and after the deadline; nothing is assumed.
func cekSKP(t *tracer, rs RuleSet, tahun int, tmt string, skp *SKP, today time.Time) *SKPResult {
	bulanTMT := 0
	if y, m, ok := parseTMT(tmt); ok && y == tahun && rs.Penempatan[m-1].SKPAkhirBulanTMT {
		bulanTMT = m
	}
	batas, ok := rs.SKP.batas(tahun, bulanTMT)
	if !ok {
		return nil
	}
	r := &SKPResult{Batas: batas.Format("2006-01-02"), Lockout: rs.SKP.Lockout, Asumsi: rs.SKP.Basis.Asumsi() || bulanTMT > 0, Sources: rs.SKP.Sources}
	r.Lewat = !today.IsZero() && lewat(today, batas)
	tgl := fmt.Sprintf("%d %s %d", batas.Day(), NamaBulan(int(batas.Month())), tahun)
	switch {
	case skp != nil && skp.Disetujui:
		r.Status, r.Pesan = SKPDisetujui, "SKP tahun "+itoa(tahun)+" sudah disetujui."
	case skp == nil:
		r.Status, r.Pesan = SKPTidakDiketahu, "Batas persetujuan SKP: "+tgl+"."
	case r.Lewat && rs.SKP.Lockout:
		r.Status = SKPTerkunci
		r.Pesan = fmt.Sprintf("SKP tidak disetujui sampai %s: akun dapat terkunci (lockout) dan tidak ada nilai kinerja tahun %d (tanpa predikat dan tanpa AK).", tgl, tahun)
	default:
		r.Status = SKPBelum
		r.Pesan = "SKP belum disetujui; batas persetujuan " + tgl + "."
		if rs.SKP.Lockout {
			r.Pesan += " Setelah batas itu akun dapat terkunci dan tahun ini tanpa nilai kinerja."
		}
	}
	if r.Status != SKPTidakDiketahu || bulanTMT > 0 {
		t.add("skp_batas", "", r.Pesan, r.Sources, r.Asumsi)
	}
	return r
}

// traceAturan carries the rule rows of the year graded S-C or D into the
// trace as assumptions, once each, so screens can mark them (RULES.md §13).
func traceAturan(t *tracer, rs RuleSet, periods []Period) {
	for _, p := range periods {
		if def, ok := rs.Period(p.Name); ok && def.Basis.Asumsi() && len(def.Asumsi) > 0 {
			t.add("aturan_bulan_tahap", p.Name, fmt.Sprintf("Bulan tahapan %s adalah asumsi simulator (%s).", def.Label, qText(def.Sumber)), def.Sources, true)
		}
	}
	for _, td := range rs.Tahapan {
		if td.Basis.Asumsi() && !td.Penilaian {
			t.add("aturan_tahapan", "", fmt.Sprintf("Isian tahap %s mengikuti asumsi simulator (%s).", td.Label, qText(td.Sumber)), td.Sources, true)
		}
	}
	if k := rs.Kompetensi; k.Basis.Asumsi() {
		model := "refleksi per kegiatan, tanpa poin"
		if k.Opsional {
			model = "daftar kegiatan opsional dengan refleksi, tanpa poin, tanpa minimum, tanpa pengaruh pada predikat"
		}
		t.add("aturan_kompetensi", "", fmt.Sprintf("Pengembangan kompetensi %s: %s (%s).", rs.Year, model, qText(k.Sumber)), k.Sources, true)
	}
	if g := rs.Dokumen.GateFrom; rs.Dokumen.Gate && g.Basis.Asumsi() {
		t.add("aturan_dokumen", "", fmt.Sprintf("Tanpa konfirmasi dokumen oleh atasan, predikat ditampilkan tertunda (%s).", qText(g)), g.Sources, true)
	}
	if f := rs.TugasPokokFrom; rs.TugasPokok && f.Basis == BasisD {
		t.add("aturan_tugas_pokok", "", fmt.Sprintf("Tugas pokok 5M tetap bagian SKP %s (%s).", rs.Year, qText(f)), f.Sources, true)
	}
}

// qText names the §11 question of a default, or the grade.
func qText(s Sumber) string {
	if s.Q != "" {
		return "asumsi §11 " + s.Q
	}
	return "sumber sekunder " + string(s.Basis)
}
