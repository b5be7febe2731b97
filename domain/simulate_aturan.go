package domain

import (
	"fmt"
	"strings"
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
func cekSKP(t *tracer, rs *RuleSet, tahun int, tmt string, skp *SKP, today time.Time) *SKPResult {
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
	if skp != nil && skp.Disetujui {
		r.Status, r.Pesan = SKPDisetujui, "SKP tahun "+itoa(tahun)+" sudah disetujui."
		t.add("skp_batas", "", r.Pesan, r.Sources, r.Asumsi)
		return r
	}
	tgl := FormatTanggal(batas) // batas lies in year tahun
	switch {
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

// praHitung holds a rule set's steps that do not depend on the document.
type praHitung struct {
	// awal opens every year: the legal basis and the set's status.
	awal []Step
	// asumsi lists the rows graded S-C or D, carried into every year's trace
	// as assumptions so screens can mark them (RULES.md §13).
	asumsi []Step
	// periode holds the assumption step of each period's stage months, by
	// the period's index in rs.Periods (a zero Step where there is none).
	periode []Step
	// matriks holds the trace text of each cell of the matrix
	// (Hasil Kerja × Perilaku Kerja, in rank order).
	matriks [3][3]string
	// penuh is the full-cycle timeline of a period (timelinePenuh).
	penuh TimelinePeriod
	// siklus holds each period's stages, all belum (siklusAwal), by index:
	// statusSiklus copies and fills them in.
	siklus [][]TahapStatus
	// koefisien holds the texts of each coefficient row (buatTeksKoefisien).
	koefisien [][2]string
}

// siapkan builds rs.pra.
func (rs *RuleSet) siapkan() {
	p := &praHitung{periode: make([]Step, len(rs.Periods)), siklus: make([][]TahapStatus, len(rs.Periods))}
	p.awal = append(p.awal, Step{Rule: "aturan_tahun", Pesan: fmt.Sprintf("Aturan %s: %s.", rs.Year, strings.Join(rs.DasarHukum, ", ")), Sources: rs.Sources, Asumsi: rs.Basis.Asumsi()})
	if rs.Catatan != "" {
		p.awal = append(p.awal, Step{Rule: "aturan_status", Pesan: rs.Catatan, Sources: rs.Sources, Asumsi: rs.Basis.Asumsi()})
	}
	for i, def := range rs.Periods {
		if def.Basis.Asumsi() && len(def.Asumsi) > 0 {
			p.periode[i] = Step{Rule: "aturan_bulan_tahap", Period: def.Name, Pesan: fmt.Sprintf("Bulan tahapan %s adalah asumsi simulator (%s).", def.Label, qText(def.Sumber)), Sources: def.Sources, Asumsi: true}
		}
	}
	for _, td := range rs.Tahapan {
		if td.Basis.Asumsi() && !td.Penilaian {
			p.asumsi = append(p.asumsi, Step{Rule: "aturan_tahapan", Pesan: fmt.Sprintf("Isian tahap %s mengikuti asumsi simulator (%s).", td.Label, qText(td.Sumber)), Sources: td.Sources, Asumsi: true})
		}
	}
	if k := rs.Kompetensi; k.Basis.Asumsi() {
		model := "refleksi per kegiatan, tanpa poin"
		if k.Opsional {
			model = "daftar kegiatan opsional dengan refleksi, tanpa poin, tanpa minimum, tanpa pengaruh pada predikat"
		}
		p.asumsi = append(p.asumsi, Step{Rule: "aturan_kompetensi", Pesan: fmt.Sprintf("Pengembangan kompetensi %s: %s (%s).", rs.Year, model, qText(k.Sumber)), Sources: k.Sources, Asumsi: true})
	}
	if g := rs.Dokumen.GateFrom; rs.Dokumen.Gate && g.Basis.Asumsi() {
		p.asumsi = append(p.asumsi, Step{Rule: "aturan_dokumen", Pesan: fmt.Sprintf("Tanpa konfirmasi dokumen oleh atasan, predikat ditampilkan tertunda (%s).", qText(g)), Sources: g.Sources, Asumsi: true})
	}
	if f := rs.TugasPokokFrom; rs.TugasPokok && f.Basis == BasisD {
		p.asumsi = append(p.asumsi, Step{Rule: "aturan_tugas_pokok", Pesan: fmt.Sprintf("Tugas pokok 5M tetap bagian SKP %s (%s).", rs.Year, qText(f)), Sources: f.Sources, Asumsi: true})
	}
	for h, hk := range Ratings {
		for q, pk := range Ratings {
			p.matriks[h][q] = teksMatriks(hk, pk, rs.Matriks.Sel[h][q].Label)
		}
	}
	p.penuh = buatTimelinePenuh(rs)
	for i := range rs.Periods {
		p.siklus[i] = siklusAwal(rs, &rs.Periods[i])
	}
	p.koefisien = make([][2]string, len(rs.Koefisien))
	for i, k := range rs.Koefisien {
		p.koefisien[i][0], p.koefisien[i][1] = buatTeksKoefisien(k.Jenjang, k.AK)
	}
	rs.pra = p
}

// teksKoefisien is the display form of jenjang j's coefficient in the set and
// the step that shows it (prepared by siapkan; every year shows them).
func (rs *RuleSet) teksKoefisien(j Jenjang) (teks, pesan string) {
	for i := range rs.Koefisien {
		if rs.Koefisien[i].Jenjang == j && rs.pra != nil {
			return rs.pra.koefisien[i][0], rs.pra.koefisien[i][1]
		}
	}
	koef, _ := rs.KoefisienOf(j)
	return buatTeksKoefisien(j, koef)
}

func buatTeksKoefisien(j Jenjang, koef AK) (teks, pesan string) {
	teks = koef.Display()
	return teks, "Koefisien AK tahunan " + j.Label() + ": " + teks + "."
}

// pesanMatriks is the trace text of the matrix cell sel of two ratings,
// prepared by siapkan.
func (rs *RuleSet) pesanMatriks(hasilKerja, perilaku Rating, sel SelMatriks) string {
	if h, q := hasilKerja.rank(), perilaku.rank(); rs.pra != nil && h >= 0 && q >= 0 {
		return rs.pra.matriks[h][q]
	}
	return teksMatriks(hasilKerja, perilaku, sel.Label)
}

func teksMatriks(hasilKerja, perilaku Rating, label string) string {
	return "Matriks kinerja: Hasil Kerja " + hasilKerja.Label() + " × Perilaku Kerja " + perilaku.Label() + " → " + label + "."
}

// tambah appends prepared steps, tagged with the tracer's year.
func (t *tracer) tambah(steps ...Step) {
	for _, st := range steps {
		st.Tahun = t.tahun
		t.steps = append(t.steps, st)
	}
}

// traceAturan carries the rule rows of the year graded S-C or D into the
// trace as assumptions, once each, so screens can mark them (RULES.md §13).
func traceAturan(t *tracer, rs *RuleSet, periods []Period) {
	if rs.pra == nil {
		rs.siapkan()
	}
	for _, p := range periods {
		if i := rs.periodeKe(p.Name); i >= 0 && rs.pra.periode[i].Rule != "" {
			t.tambah(rs.pra.periode[i])
		}
	}
	t.tambah(rs.pra.asumsi...)
}

// qText names the §11 question of a default, or the grade.
func qText(s Sumber) string {
	if s.Q != "" {
		return "asumsi §11 " + s.Q
	}
	return "sumber sekunder " + string(s.Basis)
}
