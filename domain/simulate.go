package domain

import (
	"fmt"
	"strings"
)

// Period statuses besides the documents gate.
const (
	// StatusBelumLengkap: the ratings (or a direct predikat) are not filled in yet.
	StatusBelumLengkap = "belum_lengkap"
)

// Rating origins (RatingResult.Sumber).
const (
	SumberDiberikan    = "diberikan"
	SumberSaranMedian  = "saran_median"
	SumberAsumsiSesuai = "asumsi_sesuai"
)

// Simulate computes everything shown for a scenario. It expects a scenario that
// passed Validate; on anything else it still returns without panicking, leaving
// unknown parts empty.
func Simulate(s Scenario) Result {
	res := Result{Rules: s.Rules, Role: s.Role, Jenjang: s.Jenjang, Periods: []PeriodResult{}, Metode: "periode"}
	rs, ok := Rules(s.Rules)
	if !ok {
		res.AngkaKreditTotal = AK{}.Display()
		return res
	}
	t := &tracer{}
	t.add("aturan_tahun", "", fmt.Sprintf("Aturan %s: %s.", rs.Year, strings.Join(rs.DasarHukum, ", ")), rs.Sources, false)
	koef := s.Jenjang.Koefisien()
	if info, ok := s.Jenjang.Info(); ok {
		t.add("koefisien_jenjang", "", fmt.Sprintf("Koefisien AK tahunan %s: %s.", info.Label, info.Koefisien.Display()), info.Sources, false)
	}
	res.Timeline = Timeline(rs, s.TMT)
	for _, tl := range res.Timeline {
		if tl.Asumsi && s.TMT != "" {
			t.add("linimasa", tl.Period, tl.Catatan, []string{"SEED2", "ASUMSI"}, true)
		}
	}
	for _, p := range s.Periods {
		pr := simulatePeriod(t, s, rs, p, res.Timeline, koef)
		res.Periods = append(res.Periods, pr)
		res.AKTotal = res.AKTotal.Add(pr.AK)
	}
	if s.PredikatTahunan.Valid() {
		// RULES.md §11 Q14: an annual predikat gives the full-year formula.
		months := 0
		for _, p := range res.Periods {
			months += p.Months
		}
		res.Metode = "tahunan"
		res.AKTotal = KonversiAK(s.PredikatTahunan, s.Jenjang, months)
		t.add("ak_tahunan", "", fmt.Sprintf("Predikat tahunan %s: %d/12 × %d%% × %s = %s (bukan jumlah per periode).",
			s.PredikatTahunan.Label(), months, s.PredikatTahunan.Multiplier(), koef.Display(), res.AKTotal.Display()), []string{"P1", "BKN3", "ASUMSI"}, true)
	} else if len(res.Periods) > 1 {
		t.add("jumlah_ak", "", fmt.Sprintf("AK setahun = jumlah AK periode (nilai eksak, dibulatkan hanya untuk tampilan) = %s.", res.AKTotal.Display()), []string{"BKN-SLIDES-A", "ASUMSI"}, false)
	}
	res.AngkaKreditTotal = res.AKTotal.Display()
	if s.Karier != nil {
		k, steps := ProyeksiKarier(s)
		res.Karier = k
		t.steps = append(t.steps, steps...)
		if a, ok := Akumulasi(s, k, res.AKTotal); ok {
			res.Akumulasi = &a
			t.add("akumulasi_ak", "", a.pesan(), []string{"BKN-SLIDES-A", "P1-SUM"}, false)
		}
	}
	if len(s.Dupak) > 0 {
		if b, err := Bandingkan(s.Dupak, res.AKTotal); err == nil {
			res.Perbandingan = b
			t.add("perbandingan_dupak", "", fmt.Sprintf("Cara lama (DUPAK): %s; cara baru (konversi predikat): %s.", b.Dupak, b.KonversiText), []string{"SEED1"}, false)
		}
	}
	if s.Sekolah != nil {
		d := CekDistribusi(*s.Sekolah)
		res.Distribusi = &d
	}
	res.Trace = t.steps
	for _, st := range t.steps {
		if st.Asumsi {
			res.Asumsi = append(res.Asumsi, st)
		}
	}
	return res
}

// KonversiAK is the AK of a predikat over a number of months:
// months/12 × multiplier × koefisien (RULES.md §7.1–7.2) [P1][BKN3][BKN-SLIDES-A].
func KonversiAK(p Predikat, j Jenjang, months int) AK {
	return j.Koefisien().MulFrac(p.Multiplier()*int64(months), 100*12)
}

func simulatePeriod(t *tracer, s Scenario, rs RuleSet, p Period, timeline []TimelinePeriod, koef AK) PeriodResult {
	def, _ := rs.Period(p.Name)
	pr := PeriodResult{Name: p.Name, Label: def.Label, Months: p.Months}
	otomatis := false
	for _, tl := range timeline {
		if tl.Period == p.Name && tl.Status == TLOtomatis {
			otomatis = true
		}
	}
	pr.HasilKerja = pilihRating(t, p.Name, "Rating Hasil Kerja (Praktik Kinerja)", p.Praktik, "rating_hasil_kerja", "Q1")
	pr.Perilaku = pilihRating(t, p.Name, "Rating Perilaku Kerja", p.Perilaku, "rating_perilaku", "Q2")
	if pr.HasilKerja.Rating == "" && otomatis {
		// RULES.md §11 Q4: perilaku-only period (late appointee): Hasil Kerja defaults to Sesuai.
		pr.HasilKerja = RatingResult{Rating: Sesuai, Label: Sesuai.Label(), Sumber: SumberAsumsiSesuai}
		t.add("rating_hasil_kerja", p.Name, "Pelaksanaan diselesaikan otomatis; penilai hanya menilai Perilaku Kerja. Rating Hasil Kerja dianggap Sesuai Ekspektasi (asumsi, dapat diubah).", []string{"SEED2", "ASUMSI"}, true)
	}
	switch {
	case p.Predikat.Valid():
		pr.Predikat, pr.PredikatSumber = p.Predikat, "langsung"
		t.add("predikat_langsung", p.Name, fmt.Sprintf("Predikat diisi langsung: %s.", p.Predikat.Label()), []string{"P6"}, false)
	case pr.HasilKerja.Rating != "" && pr.Perilaku.Rating != "":
		pr.Predikat, _ = PredikatDari(pr.HasilKerja.Rating, pr.Perilaku.Rating)
		pr.PredikatSumber = "matriks"
		t.add("matriks_predikat", p.Name, fmt.Sprintf("Matriks kinerja: Hasil Kerja %s × Perilaku Kerja %s → %s.",
			pr.HasilKerja.Rating.Label(), pr.Perilaku.Rating.Label(), pr.Predikat.Label()), matriksSources, false)
	}
	if pr.Predikat != "" {
		pr.PredikatLabel = pr.Predikat.Label()
		pr.AK = KonversiAK(pr.Predikat, s.Jenjang, p.Months)
		t.add("konversi_ak", p.Name, fmt.Sprintf("AK = %d/12 × %d%% × %s = %s.", p.Months, pr.Predikat.Multiplier(), koef.Display(), pr.AK.Display()),
			[]string{"P1", "BKN3", "BKN-SLIDES-A"}, false)
	}
	pr.AngkaKredit = pr.AK.Display()
	pr.Kompetensi = HitungKompetensi(rs, p.Kompetensi)
	if rs.Poin && !pr.Kompetensi.Memenuhi {
		// RULES.md §11 Q1: points only produce a notice; they are considered, not scored.
		t.add("kompetensi", p.Name, "Poin pengembangan kompetensi: "+pr.Kompetensi.StatusText+". Poin dipertimbangkan penilai, tidak dihitung ke predikat.", []string{"SEED1", "PI-PK"}, false)
	} else if rs.Poin {
		t.add("kompetensi", p.Name, fmt.Sprintf("Poin pengembangan kompetensi %d: %s.", pr.Kompetensi.Total, pr.Kompetensi.StatusText), []string{"SEED1", "PI-PK"}, false)
	}
	pr.Dokumen = cekDokumen(rs, s, p)
	switch {
	case pr.Predikat == "":
		pr.Status = StatusBelumLengkap
	case len(pr.Dokumen.Kurang) > 0:
		pr.Status = StatusTertahan
		src := []string{"SEED1"}
		if rs.DokumenKonfirmasi {
			src = []string{"SEED4", "ASUMSI"} // §11 Q7: same gate in 2025 until confirmed
		}
		t.add("dokumen_akuntabilitas", p.Name, fmt.Sprintf("Predikat tertahan: dokumen akuntabilitas belum lengkap (%s).", strings.Join(pr.Dokumen.Kurang, ", ")), src, rs.DokumenKonfirmasi)
	default:
		pr.Status = StatusDitampilkan
	}
	pr.Siklus = statusSiklus(def, p, otomatis, pr.Predikat != "")
	return pr
}

// pilihRating takes the given overall rating, or else the median of the aspects
// as a non-official suggestion (RULES.md §11 Q1, Q2).
func pilihRating(t *tracer, period, what string, n *Nilai, rule, q string) RatingResult {
	var r RatingResult
	if n == nil {
		return r
	}
	aspects := make([]Rating, 0, len(n.Aspects))
	for _, k := range sortedKeys(n.Aspects) {
		aspects = append(aspects, n.Aspects[k])
	}
	if m, ok := Median(aspects); ok {
		r.Saran = m
	}
	switch {
	case n.Rating.Valid():
		r.Rating, r.Sumber = n.Rating, SumberDiberikan
		t.add(rule, period, fmt.Sprintf("%s diberikan penilai: %s.", what, n.Rating.Label()), []string{"SEED1"}, false)
	case r.Saran != "":
		r.Rating, r.Sumber = r.Saran, SumberSaranMedian
		t.add(rule, period, fmt.Sprintf("%s disarankan dari median %d aspek: %s (saran simulator, bukan ketentuan resmi; §11 %s).", what, len(aspects), r.Saran.Label(), q), []string{"SEED1", "ASUMSI"}, true)
	}
	if r.Rating != "" {
		r.Label = r.Rating.Label()
	}
	return r
}

func cekDokumen(rs RuleSet, s Scenario, p Period) DokumenResult {
	d := DokumenResult{Wajib: []string{}, Kurang: []string{}, Konfirmasi: rs.DokumenKonfirmasi}
	for _, it := range rs.RequiredDokumen(s.Role, s.TugasTambahan) {
		d.Wajib = append(d.Wajib, it.Code)
		if !p.Dokumen[it.Code] {
			d.Kurang = append(d.Kurang, it.Code)
		}
	}
	return d
}

// statusSiklus derives each stage's status from the form: selesai when marked
// done, sedang when partly filled, belum otherwise; otomatis for stages the
// system completes for late appointees (RULES.md §6.3). F & G follow the ratings.
func statusSiklus(def PeriodDef, p Period, otomatis, dinilai bool) []TahapStatus {
	out := make([]TahapStatus, 0, len(Stages))
	for _, st := range Stages {
		ts := TahapStatus{Stage: st.Code, Label: st.Label, Bulan: def.Stages[st.Code], Status: "belum"}
		form := p.Siklus[string(st.Code)]
		filled := 0
		for _, f := range st.Isian {
			if form.Isian[f.Code] != "" {
				filled++
			} else {
				ts.Kurang = append(ts.Kurang, f.Code)
			}
		}
		switch {
		case st.Code == StageF || st.Code == StageG:
			if dinilai {
				ts.Status, ts.Kurang = "selesai", nil
			}
		case otomatis:
			ts.Status, ts.Kurang = "otomatis", nil
		case form.Selesai:
			ts.Status = "selesai"
		case filled > 0:
			ts.Status = "sedang"
		}
		out = append(out, ts)
	}
	return out
}

// tracer collects trace steps.
type tracer struct{ steps []Step }

// add is kept out of line: inlined at every call site it grew app.wasm.
//
//go:noinline
func (t *tracer) add(rule, period, pesan string, sources []string, asumsi bool) {
	t.steps = append(t.steps, Step{Rule: rule, Pesan: pesan, Sources: sources, Period: period, Asumsi: asumsi})
}
