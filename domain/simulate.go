package domain

import (
	"fmt"
	"strings"
	"time"
)

// Period statuses besides the documents gate.
const (
	// StatusBelumLengkap: the ratings (or a direct predikat) are not filled in yet.
	StatusBelumLengkap = "belum_lengkap"
	// StatusTerkunci: no approved SKP by the deadline; the year has no
	// performance value (2026, RULES.md §11 Q25).
	StatusTerkunci = "terkunci"
)

// Rating origins (RatingResult.Sumber).
const (
	SumberDiberikan    = "diberikan"
	SumberSaranMedian  = "saran_median"
	SumberAsumsiSesuai = "asumsi_sesuai"
)

// AK methods of a year (Result.Metode).
const (
	MetodePeriode = "periode" // sum of the periods
	MetodeTahunan = "tahunan" // annual predikat, full-year formula (§11 Q14)
)

// Predikat origins (PeriodResult.PredikatSumber).
const (
	PredikatMatriks  = "matriks"
	PredikatLangsung = "langsung"
)

// Simulate computes everything shown for a schema-1 scenario: it is migrated
// to a record with one year (RecordDari) and simulated, so both schemas run
// the same rules. It expects a scenario that passed Validate; on anything
// else it still returns without panicking, leaving unknown parts empty.
func Simulate(s Scenario) Result {
	if _, ok := Rules(s.Rules); !ok {
		return Result{Rules: s.Rules, Role: s.Role, Jenjang: s.Jenjang, Periods: []PeriodResult{}, Metode: MetodePeriode, AngkaKreditTotal: AK{}.Display()}
	}
	rr := simulateRecord(resmi, RecordDari(s), time.Time{})
	res := rr.Tahun[0]
	res.Karier, res.Akumulasi = rr.Karier, rr.Akumulasi
	res.Perbandingan, res.Distribusi = rr.Perbandingan, rr.Distribusi
	res.Trace, res.Asumsi = rr.Trace, rr.Asumsi
	return res
}

// KonversiAK is the AK of a predikat over a number of months under the
// national tables: months/12 × multiplier × koefisien (RULES.md §7.1–7.2)
// [P1][BKN3][BKN-SLIDES-A]. A rule year's own tables: RuleSet.KonversiAK.
func KonversiAK(p Predikat, j Jenjang, months int) AK {
	return j.Koefisien().MulFrac(p.Multiplier()*int64(months), 100*12)
}

// tahunInput is one calendar year to simulate.
type tahunInput struct {
	tahun   int
	rs      *RuleSet
	catatan string // "aturan 2027 belum terbit: …"
	p       Profil // the profile with the year's jenjang/golongan and role mapping applied
	d       TahunData
	today   time.Time // zero: unknown (no lockout is decided)
}

// simulateTahun computes one year. Its steps go to t, tagged with the year.
func simulateTahun(t *tracer, in tahunInput) Result {
	rs, p := in.rs, in.p
	res := Result{Tahun: in.tahun, Rules: rs.Year, RulesCatatan: in.catatan, Role: p.Role, Jenjang: p.Jenjang, Periods: make([]PeriodResult, 0, len(in.d.Periods)), Metode: MetodePeriode}
	t.tahun = in.tahun
	if rs.pra == nil {
		rs.siapkan()
	}
	t.tambah(rs.pra.awal[0])
	if in.catatan != "" {
		t.add("aturan_tahun_berikut", "", "Tahun "+itoa(in.tahun)+": "+in.catatan+".", rs.Sources, true)
	}
	t.tambah(rs.pra.awal[1:]...)
	// The coefficient's display form is shown here and in every period's conversion.
	koefText, pesanKoef := rs.teksKoefisien(p.Jenjang)
	if info := p.Jenjang.baris(); info != nil {
		t.add("koefisien_jenjang", "", pesanKoef, info.Sources, false)
	}
	if pen, ok := rs.PenilaiFor(p.Role, p.JenisSatuan); ok {
		res.Penilai = &PenilaiResult{Penilai: pen.Penilai, TimKinerja: pen.TimKinerja, Asumsi: pen.Basis.Asumsi(), Sources: pen.Sources}
		if pen.Basis.Asumsi() {
			t.add("penilai", "", "Pejabat penilai kinerja "+p.Role.Label()+" ("+p.JenisSatuan.Label()+"): "+pen.Penilai+".", pen.Sources, true)
		}
	}
	tmt := tmtDalam(p.TMT, in.tahun)
	res.Timeline = timelineTahun(rs, tmt, in.tahun)
	for _, tl := range res.Timeline {
		if tl.Asumsi && tmt != "" {
			t.add("linimasa", tl.Period, tl.Catatan, []string{"SEED2", "ASUMSI"}, true)
		}
	}
	res.SKP = cekSKP(t, rs, in.tahun, tmt, in.d.SKP, in.today)
	terkunci := res.SKP != nil && res.SKP.Status == SKPTerkunci
	pns := p.Status != PPPK
	for _, per := range in.d.Periods {
		pr := simulatePeriod(t, rs, p, per, res.Timeline, koefText, pns)
		if terkunci {
			// §11 Q25: no performance value for the year — no predikat, no AK.
			pr.Status, pr.AK, pr.AngkaKredit, pr.AKTertahan, pr.AKTertahanText = StatusTerkunci, AK{}, "", AK{}, ""
			pr.Predikat, pr.PredikatLabel, pr.PredikatMatriks, pr.PredikatSumber = "", "", "", ""
		}
		res.Periods = append(res.Periods, pr)
		res.AKTotal = res.AKTotal.Add(pr.AK)
		res.AKTertahan = res.AKTertahan.Add(pr.AKTertahan)
	}
	tahunan := in.d.PredikatTahunan.Valid() && !terkunci
	if tahunan {
		tahunanAK(t, &res, rs, p, in.d.PredikatTahunan, koefText, pns)
	}
	res.AngkaKreditTotal = res.AKTotal.Display()
	if !tahunan && len(res.Periods) > 1 {
		t.add("jumlah_ak", "", "AK setahun = jumlah AK periode (nilai eksak, dibulatkan hanya untuk tampilan) = "+res.AngkaKreditTotal+".", srcJumlahAK, false)
	}
	if !pns {
		t.add("ak_pppk", "", "PPPK: predikat kinerja tanpa konversi angka kredit (AK hanya untuk PNS).", rs.AKHanyaPNS.Sources, rs.AKHanyaPNS.Basis.Asumsi())
	}
	if !res.AKTertahan.IsZero() {
		res.AKTertahanText = res.AKTertahan.Display()
		t.add("ak_tertahan", "", "AK "+res.AKTertahanText+" belum ditambahkan karena predikat tertahan; AK itu bertambah setelah dokumen akuntabilitas lengkap.", rs.Dokumen.GateFrom.Sources, rs.Dokumen.GateFrom.Basis.Asumsi())
	}
	res.PredikatTahun, res.PredikatTahunSumber = predikatTahun(res, in.d.PredikatTahunan, terkunci)
	traceAturan(t, rs, in.d.Periods)
	return res
}

// tahunanAK applies an annual predikat: AK by the full-year formula over the
// months of the periods instead of their sum (RULES.md §11 Q14). A withheld
// period withholds the annual AK as well.
func tahunanAK(t *tracer, res *Result, rs *RuleSet, p Profil, pt Predikat, koefText string, pns bool) {
	months, tertahan := 0, false
	for _, pr := range res.Periods {
		months += pr.Months
		tertahan = tertahan || pr.Status == StatusTertahan
	}
	res.Metode = MetodeTahunan
	ak := rs.KonversiAK(pt, p.Jenjang, months)
	if !pns {
		ak = AK{}
	}
	mult, _ := rs.PengaliOf(pt)
	t.add("ak_tahunan", "", fmt.Sprintf("Predikat tahunan %s: %d/12 × %d%% × %s = %s (bukan jumlah per periode).",
		pt.Label(), months, mult, koefText, ak.Display()), []string{"P1", "BKN3", "ASUMSI"}, true)
	if tertahan {
		res.AKTotal, res.AKTertahan = AK{}, ak
		return
	}
	res.AKTotal, res.AKTertahan = ak, AK{}
}

// predikatTahun is the predikat of the year for conditions that look back
// ("Baik in the last 2 years"): the annual predikat, else the periods' common
// predikat, else the lowest of them (conservative, asumsi); empty while any
// period is not established (incomplete, withheld, locked out).
func predikatTahun(res Result, tahunan Predikat, terkunci bool) (Predikat, string) {
	if terkunci {
		return "", StatusTerkunci
	}
	for _, pr := range res.Periods {
		if pr.Status != StatusDitampilkan {
			return "", pr.Status
		}
	}
	if tahunan.Valid() {
		return tahunan, MetodeTahunan
	}
	var low Predikat
	same := true
	for _, pr := range res.Periods {
		if low != "" && pr.Predikat != low {
			same = false
		}
		if low == "" || pr.Predikat.index() > low.index() {
			low = pr.Predikat
		}
	}
	if low == "" {
		return "", StatusBelumLengkap
	}
	if !same {
		return low, "terendah"
	}
	return low, MetodePeriode
}

// simulatePeriod computes one period of a year.
func simulatePeriod(t *tracer, rs *RuleSet, prof Profil, p Period, timeline []TimelinePeriod, koefText string, pns bool) PeriodResult {
	iDef := rs.periodeKe(p.Name)
	var label string
	if iDef >= 0 {
		label = rs.Periods[iDef].Label
	}
	pr := PeriodResult{Name: p.Name, Label: label, Months: p.Months}
	otomatis := false
	for i := range timeline {
		if tl := &timeline[i]; tl.Period == p.Name && tl.Status == TLOtomatis {
			otomatis = true
		}
	}
	pr.HasilKerja = pilihRating(t, p.Name, &ratingHasilKerja, p.Praktik)
	pr.Perilaku = pilihRating(t, p.Name, &ratingPerilaku, p.Perilaku)
	if pr.HasilKerja.Rating == "" && otomatis {
		// RULES.md §11 Q4: perilaku-only period (late appointee): Hasil Kerja defaults to Sesuai.
		pr.HasilKerja = RatingResult{Rating: Sesuai, Label: Sesuai.Label(), Sumber: SumberAsumsiSesuai}
		t.add("rating_hasil_kerja", p.Name, "Pelaksanaan diselesaikan otomatis; penilai hanya menilai Perilaku Kerja. Rating Hasil Kerja dianggap Sesuai Ekspektasi (asumsi, dapat diubah).", []string{"SEED2", "ASUMSI"}, true)
	}
	switch {
	case p.Predikat.Valid():
		pr.Predikat, pr.PredikatSumber = p.Predikat, PredikatLangsung
		t.add("predikat_langsung", p.Name, fmt.Sprintf("Predikat diisi langsung: %s.", p.Predikat.Label()), []string{"P6"}, false)
	case pr.HasilKerja.Rating != "" && pr.Perilaku.Rating != "":
		sel, _ := rs.PredikatDari(pr.HasilKerja.Rating, pr.Perilaku.Rating)
		pr.Predikat, pr.PredikatSumber, pr.PredikatMatriks = sel.Predikat, PredikatMatriks, sel.Label
		t.add("matriks_predikat", p.Name, rs.pesanMatriks(pr.HasilKerja.Rating, pr.Perilaku.Rating, sel), rs.Matriks.Sources, false)
	}
	var ak AK
	akText := "" // ak.Display(), for the trace and the period's AngkaKredit
	if pr.Predikat != "" {
		pr.PredikatLabel = pr.Predikat.Label()
		if pns {
			ak = rs.KonversiAK(pr.Predikat, prof.Jenjang, p.Months)
			akText = ak.Display()
			mult, _ := rs.PengaliOf(pr.Predikat)
			t.add("konversi_ak", p.Name, "AK = "+itoa(p.Months)+"/12 × "+itoa(int(mult))+"% × "+koefText+" = "+akText+".", srcKonversi, false)
		}
	}
	pr.Kompetensi = hitungKompetensi(&rs.Kompetensi, p.Kompetensi)
	if otomatis {
		// The system completes an appointee's period: nothing to plan, no shortfall.
		pr.Kompetensi.Memenuhi, pr.Kompetensi.Kurang = true, 0
		pr.Kompetensi.StatusText = "Tidak dinilai: pelaksanaan diselesaikan otomatis (pegawai baru)"
	} else if rs.Kompetensi.Poin {
		msg := "Poin pengembangan kompetensi " + itoa(pr.Kompetensi.Total) + ": " + pr.Kompetensi.StatusText + "."
		if !pr.Kompetensi.Memenuhi {
			// RULES.md §11 Q1: points only produce a notice; they are considered, not scored.
			msg = "Poin pengembangan kompetensi: " + pr.Kompetensi.StatusText + ". Poin dipertimbangkan penilai, tidak dihitung ke predikat."
		}
		t.add("kompetensi", p.Name, msg, rs.Kompetensi.Sources, false)
	}
	pr.Dokumen = cekDokumen(rs, prof, p)
	switch {
	case pr.Predikat == "":
		pr.Status = StatusBelumLengkap
	case len(pr.Dokumen.Kurang) > 0 && rs.Dokumen.Gate:
		pr.Status = StatusTertahan
		pr.AKTertahan = ak
		if !ak.IsZero() {
			pr.AKTertahanText = akText
		}
		ak = AK{}
		g := rs.Dokumen.GateFrom
		t.add("dokumen_akuntabilitas", p.Name, fmt.Sprintf("Predikat tertahan: dokumen akuntabilitas belum lengkap (%s); AK periode ini belum ditambahkan.", strings.Join(pr.Dokumen.Kurang, ", ")), g.Sources, g.Basis.Asumsi())
	default:
		pr.Status = StatusDitampilkan
	}
	pr.AK = ak
	if pr.Status == StatusDitampilkan {
		if akText == "" {
			akText = ak.Display() // the zero AK of a PPPK
		}
		pr.AngkaKredit = akText
	}
	pr.Siklus = statusSiklus(rs, iDef, p, otomatis, pr.Predikat != "")
	return pr
}

// subjekRating is what a rating rates, with its trace rule and §11 question.
type subjekRating struct {
	what, rule, q string
	// diberikan holds the trace text of each rating (lowest first) given by the
	// assessor: two per period, so made once.
	diberikan [3]string
}

// The two rated subjects; never changed after init.
var (
	ratingHasilKerja = buatSubjek("Rating Hasil Kerja (Praktik Kinerja)", "rating_hasil_kerja", "Q1")
	ratingPerilaku   = buatSubjek("Rating Perilaku Kerja", "rating_perilaku", "Q2")
)

func buatSubjek(what, rule, q string) subjekRating {
	s := subjekRating{what: what, rule: rule, q: q}
	for i, r := range Ratings {
		s.diberikan[i] = what + " diberikan penilai: " + r.Label() + "."
	}
	return s
}

// pilihRating takes the given overall rating, or else the median of the aspects
// as a non-official suggestion (RULES.md §11 Q1, Q2).
func pilihRating(t *tracer, period string, s *subjekRating, n *Nilai) RatingResult {
	var r RatingResult
	if n == nil {
		return r
	}
	var count [3]int
	for _, a := range n.Aspects {
		if i := a.rank(); i >= 0 {
			count[i]++
		}
	}
	if m, ok := medianHitung(count); ok {
		r.Saran = m
	}
	switch {
	case n.Rating.Valid():
		r.Rating, r.Sumber = n.Rating, SumberDiberikan
		t.add(s.rule, period, s.diberikan[n.Rating.rank()], srcSeed1, false)
	case r.Saran != "":
		r.Rating, r.Sumber = r.Saran, SumberSaranMedian
		t.add(s.rule, period, s.what+" disarankan dari median "+itoa(len(n.Aspects))+" aspek: "+r.Saran.Label()+" (saran simulator, bukan ketentuan resmi; §11 "+s.q+").", []string{"SEED1", "ASUMSI"}, true)
	}
	if r.Rating != "" {
		r.Label = r.Rating.Label()
	}
	return r
}

// cekDokumen lists the period's required documents and those missing. It
// reads the rows as RequiredDokumen does, without the intermediate list, and
// gives both lists one backing array (Kurang is never longer than Wajib).
func cekDokumen(rs *RuleSet, p Profil, per Period) DokumenResult {
	n := 0
	for i := range rs.Dokumen.Wajib {
		if wajibBagi(&rs.Dokumen.Wajib[i], p.Role, p.TugasTambahan) {
			n++
		}
	}
	buf := make([]string, 0, 2*n)
	d := DokumenResult{Wajib: buf[:0:n], Kurang: buf[n:n], Konfirmasi: rs.DokumenKonfirmasi()}
	for i := range rs.Dokumen.Wajib {
		row := &rs.Dokumen.Wajib[i]
		if !wajibBagi(row, p.Role, p.TugasTambahan) {
			continue
		}
		d.Wajib = append(d.Wajib, row.Item.Code)
		if !per.Dokumen[row.Item.Code] {
			d.Kurang = append(d.Kurang, row.Item.Code)
		}
	}
	return d
}

// statusSiklus derives each stage's status from the form: selesai when marked
// done, sedang when partly filled, belum otherwise; otomatis for stages the
// system completes for late appointees (RULES.md §6.3). Assessment stages
// follow the ratings.
func statusSiklus(rs *RuleSet, iDef int, p Period, otomatis, dinilai bool) []TahapStatus {
	// The stages start from the period's prepared list (all belum), copied;
	// iDef is the period's index in rs.Periods (-1: unknown, no months).
	var awal []TahapStatus
	switch {
	case iDef < 0:
		awal = siklusAwal(rs, &PeriodDef{})
	case rs.pra != nil:
		awal = rs.pra.siklus[iDef]
	default:
		awal = siklusAwal(rs, &rs.Periods[iDef])
	}
	out := make([]TahapStatus, len(awal))
	copy(out, awal)
	// The empty fields of every stage share one array sized for all the
	// fields: one allocation per period instead of one per field.
	isian := 0
	for i := range rs.Tahapan {
		isian += len(rs.Tahapan[i].Isian)
	}
	kurang := make([]string, 0, isian)
	for i := range rs.Tahapan {
		st, ts := &rs.Tahapan[i], &out[i]
		form := p.Siklus[string(st.Code)]
		filled, dari := 0, len(kurang)
		for j := range st.Isian {
			if c := st.Isian[j].Code; form.Isian[c] != "" {
				filled++
			} else {
				kurang = append(kurang, c)
			}
		}
		if len(kurang) > dari {
			ts.Kurang = kurang[dari:len(kurang):len(kurang)]
		}
		switch {
		case st.Penilaian:
			if dinilai {
				ts.Status, ts.Kurang = TahapSelesai, nil
			}
		case otomatis:
			ts.Status, ts.Kurang = TahapOtomatis, nil
		case form.Selesai:
			ts.Status = TahapSelesai
		case filled > 0:
			ts.Status = TahapSedang
		}
	}
	return out
}

// siklusAwal lists the stages of period def, each belum.
func siklusAwal(rs *RuleSet, def *PeriodDef) []TahapStatus {
	out := make([]TahapStatus, len(rs.Tahapan))
	for i := range rs.Tahapan {
		st := &rs.Tahapan[i]
		out[i] = TahapStatus{Stage: st.Code, Label: st.Label, Bulan: def.Stages[st.Code], Status: TahapBelum}
	}
	return out
}

// Stage statuses (TahapStatus.Status).
const (
	TahapBelum    = "belum"
	TahapSedang   = "sedang"
	TahapSelesai  = "selesai"
	TahapOtomatis = "otomatis"
)

// Source lists of the most frequent steps, shared rather than built per step.
var (
	srcSeed1    = []string{"SEED1"}
	srcKonversi = []string{"P1", "BKN3", "BKN-SLIDES-A"}
	srcJumlahAK = []string{"BKN-SLIDES-A", "ASUMSI"}
	srcLedger   = []string{"P1", "BKN-SLIDES-A", "BKN-SLIDES-C"}
)

// tracer collects trace steps; tahun tags the steps of one year.
type tracer struct {
	steps []Step
	tahun int
}

// add is kept out of line: inlined at every call site it grew app.wasm.
//
//go:noinline
func (t *tracer) add(rule, period, pesan string, sources []string, asumsi bool) {
	t.steps = append(t.steps, Step{Rule: rule, Pesan: pesan, Sources: sources, Period: period, Tahun: t.tahun, Asumsi: asumsi})
}

// tmtDalam returns the TMT when it lies in calendar year tahun or before,
// else "" (a TMT after the year does not concern it).
func tmtDalam(tmt string, tahun int) string {
	y, _, ok := parseTMT(tmt)
	if !ok || y > tahun {
		return ""
	}
	return tmt
}
