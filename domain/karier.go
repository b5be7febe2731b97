package domain

import (
	"fmt"
	"strings"
)

// KarierResult is the career projection (RULES.md §7.3–7.4).
type KarierResult struct {
	// AKIntegrasi is the display form of the integrasi result, when conventional AK was given.
	AKIntegrasi string `json:"ak_integrasi,omitempty"`
	// AKAwal is the AK in jenjang the projection starts from.
	AKAwal AK `json:"ak_awal"`
	// AKAwalText is the display form of AKAwal.
	AKAwalText string `json:"ak_awal_text"`
	// Golongan and Jenjang are the starting rank and level.
	Golongan Golongan `json:"golongan"`
	Jenjang  Jenjang  `json:"jenjang"`
	// TahunMulai is the first projected calendar year; with a record, the
	// year after the last recorded one (Tahunan starts with the recorded years).
	TahunMulai int             `json:"tahun_mulai"`
	Tahunan    []KarierTahun   `json:"tahunan"`
	Langkah    []LangkahKarier `json:"langkah"`
}

// KarierTahun is one projected year.
type KarierTahun struct {
	Tahun       int      `json:"tahun"`
	Bulan       int      `json:"bulan"` // months counted: 12, or fewer in the TMT year
	Predikat    Predikat `json:"predikat"`
	AK          AK       `json:"ak"`
	AngkaKredit string   `json:"angka_kredit"`
	// Kumulatif is the AK within the jenjang at the end of the year (after any promotion).
	Kumulatif     AK       `json:"kumulatif"`
	KumulatifText string   `json:"kumulatif_text"`
	Golongan      Golongan `json:"golongan"`
	Jenjang       Jenjang  `json:"jenjang"`
	// TahunDalamPangkat is the whole years in Golongan at the end of the year (0 right after a promotion).
	TahunDalamPangkat int `json:"tahun_dalam_pangkat"`
	// Peristiwa names the promotion that can be considered this year, if any.
	Peristiwa string `json:"peristiwa,omitempty"`
	// Tercatat marks a recorded year (its AK and predikat come from the record).
	Tercatat bool `json:"tercatat,omitempty"`
}

// LangkahKarier is one rank step (and possibly jenjang step) of the projection.
type LangkahKarier struct {
	Dari     Golongan `json:"dari"`
	Golongan Golongan `json:"golongan"`
	Jenjang  Jenjang  `json:"jenjang"`
	// NaikJenjang marks a step that also moves to the next jenjang.
	NaikJenjang bool `json:"naik_jenjang"`
	// Tahun is the calendar year the step can be considered; 0 when not reached.
	Tahun int `json:"tahun"`
	// Dapat: the conditions are met by Tahun; Verdict is the wording
	// "dapat dipertimbangkan" / "belum dapat dipertimbangkan".
	Dapat   bool   `json:"dapat"`
	Verdict string `json:"verdict"`
	// Kekurangan is the AK still missing at the end of the projection (display), when not reached.
	Kekurangan string       `json:"kekurangan,omitempty"`
	Syarat     []SyaratStep `json:"syarat"`
	// AKDibuang is the excess AK discarded at a jenjang promotion (RULES.md §11 Q18), display form.
	AKDibuang string `json:"ak_dibuang,omitempty"`
	// Ambang is the AK within the jenjang the step needs (RULES.md §7.3), for
	// charts; AmbangText is its display form.
	Ambang     AK     `json:"ambang"`
	AmbangText string `json:"ambang_text"`
}

// SyaratStep is one promotion condition with whether it is met.
type SyaratStep struct {
	Kode      string   `json:"kode"`
	Pesan     string   `json:"pesan"`
	Terpenuhi bool     `json:"terpenuhi"`
	Asumsi    bool     `json:"asumsi,omitempty"`
	Sources   []string `json:"sources"`
}

// Verdict wordings of a promotion step.
const (
	VerdictDapat = "dapat dipertimbangkan"
	VerdictBelum = "belum dapat dipertimbangkan"
)

// Projection lengths: the default when the last predikat is repeated, and the maximum.
const (
	TahunProyeksiDefault = 30
	TahunProyeksiMaks    = 40
)

// Promotion condition codes (SyaratStep.Kode).
const (
	SyaratAK             = "ak"
	SyaratMasaPangkat    = "masa_pangkat"
	SyaratPredikat2Tahun = "predikat_2_tahun"
	SyaratPredikat1Tahun = "predikat_1_tahun"
	SyaratUjiKompetensi  = "uji_kompetensi"
	SyaratFormasi        = "formasi"
)

// minTahunDalamPangkat is the minimum whole years in the current rank [BKN3 via DJKN].
const minTahunDalamPangkat = 2

// Limits of the karier inputs.
const (
	maxAKKarier          = 100000 // AK values entered (konvensional, awal)
	maxTahunDalamPangkat = 40
	minTahunMulai        = 2000
	maxTahunMulai        = 2100
)

// Source keys of the promotion rules (RULES.md §7.3).
var (
	srcSyaratPangkat   = []string{"P1", "BKN3", "BKN-SLIDES-B", "P1-SUM"}
	srcSyaratJenjang   = []string{"P1", "BKN3", "BKN-SLIDES-B", "BKN-SLIDES-C"}
	srcMasaPredikat    = []string{"BKN3", "DJKN"}
	srcJenjangSekunder = []string{"BKN3", "MB-SUM"}
	srcAsumsiJenjang   = []string{"BKN3", "MB-SUM", "P1-SUM", "ASUMSI"}
)

// karierState is the position of the projection at a point in time.
type karierState struct {
	j       Jenjang
	g       Golongan
	c       AK         // AK accumulated within the jenjang
	masa    int        // whole years in golongan g
	riwayat []Predikat // predikat of the projected years so far
}

// langkahBerikutnya returns the next step up the ladder from g in jenjang j:
// a rank step within j, or a rank step into the next jenjang (a jenjang
// promotion), or ok == false at the top of the ladder.
func langkahBerikutnya(j Jenjang, g Golongan) (next Golongan, nj Jenjang, naikJenjang, ok bool) {
	n, ok := g.Next()
	if !ok {
		return "", "", false, false
	}
	if j.HasGolongan(string(n)) {
		return n, j, false, true
	}
	info, _ := j.Info()
	if info.Berikutnya != "" && info.Berikutnya.HasGolongan(string(n)) {
		return n, info.Berikutnya, true, true
	}
	return "", "", false, false
}

// ambangLangkah is the AK within jenjang j needed for the step to golongan next:
// the jenjang threshold for a jenjang promotion, otherwise the cumulative rank
// threshold of next (RULES.md §7.3, per golongan for guru).
func ambangLangkah(j Jenjang, next Golongan, naikJenjang bool) AK {
	if naikJenjang {
		info, _ := j.Info()
		return info.KenaikanJenjang
	}
	r, _ := next.Info()
	return r.Syarat
}

// nilaiSyarat evaluates every condition of the step from st.g to next at the end
// of the year just added to st. Predikat of years before the projection are not
// known: they count as met and the condition is marked as an assumption.
func nilaiSyarat(st karierState, next Golongan, nj Jenjang, naikJenjang bool) (syarat []SyaratStep, dapat bool, ambang AK) {
	ambang = ambangLangkah(st.j, next, naikJenjang)
	akSrc := srcSyaratPangkat
	akPesan := fmt.Sprintf("AK kumulatif dalam jenjang %s minimal %s untuk %s (tercapai %s)", st.j.Label(), ambang.Display(), next, st.c.Display())
	if naikJenjang {
		akSrc = srcSyaratJenjang
		akPesan = fmt.Sprintf("AK kumulatif dalam jenjang %s minimal %s untuk kenaikan jenjang ke %s (tercapai %s)", st.j.Label(), ambang.Display(), nj.Label(), st.c.Display())
	}
	syarat = append(syarat, SyaratStep{Kode: SyaratAK, Pesan: akPesan, Terpenuhi: st.c.Cmp(ambang) >= 0, Sources: akSrc})
	syarat = append(syarat, SyaratStep{
		Kode:      SyaratMasaPangkat,
		Pesan:     fmt.Sprintf("Minimal %d tahun dalam pangkat %s (tercapai %d tahun)", minTahunDalamPangkat, st.g, st.masa),
		Terpenuhi: st.masa >= minTahunDalamPangkat,
		Sources:   srcMasaPredikat,
	})
	ok2, asumsi2 := predikatTerakhir(st.riwayat, 2)
	p2 := SyaratStep{Kode: SyaratPredikat2Tahun, Pesan: "Predikat minimal Baik dalam 2 tahun terakhir", Terpenuhi: ok2, Asumsi: asumsi2, Sources: srcMasaPredikat}
	if asumsi2 {
		p2.Pesan += " (predikat tahun sebelum proyeksi tidak diketahui; dianggap memenuhi — asumsi)"
		p2.Sources = append(append([]string(nil), srcMasaPredikat...), "ASUMSI")
	}
	syarat = append(syarat, p2)
	if naikJenjang {
		ok1, _ := predikatTerakhir(st.riwayat, 1)
		syarat = append(syarat,
			SyaratStep{Kode: SyaratPredikat1Tahun, Pesan: "Predikat minimal Baik dalam 1 tahun terakhir (sumber sekunder, §11 Q10)", Terpenuhi: ok1, Sources: srcJenjangSekunder},
			SyaratStep{Kode: SyaratUjiKompetensi, Pesan: fmt.Sprintf("Lulus uji kompetensi untuk jenjang %s (dianggap lulus — asumsi)", nj.Label()), Terpenuhi: true, Asumsi: true, Sources: srcAsumsiJenjang},
			SyaratStep{Kode: SyaratFormasi, Pesan: fmt.Sprintf("Tersedia formasi/lowongan jenjang %s (dianggap tersedia — asumsi)", nj.Label()), Terpenuhi: true, Asumsi: true, Sources: srcAsumsiJenjang},
		)
	}
	dapat = true
	for _, s := range syarat {
		dapat = dapat && s.Terpenuhi
	}
	return syarat, dapat, ambang
}

// predikatTerakhir reports whether the last n known predikat (recorded, then
// projected) are at least Baik. A recorded year whose predikat is not
// established ("") fails. Years before everything known count as met and
// asumsi is true (unless a known year already fails).
func predikatTerakhir(riwayat []Predikat, n int) (ok, asumsi bool) {
	ok = true
	for i := 0; i < n; i++ {
		k := len(riwayat) - 1 - i
		if k < 0 {
			asumsi = true
			continue
		}
		ok = ok && riwayat[k].AtLeastBaik()
	}
	// An unknown year matters only while the known years meet the condition.
	return ok, asumsi && ok
}

// predikatProyeksi expands the yearly predikat of k: as given, or with the last
// one repeated up to TahunProyeksi years (default 30, at most 40) when Ulangi is set.
func predikatProyeksi(k *Karier) []Predikat {
	out := append([]Predikat(nil), k.Proyeksi...)
	if len(out) > TahunProyeksiMaks {
		out = out[:TahunProyeksiMaks]
	}
	if !k.Ulangi || len(out) == 0 {
		return out
	}
	n := k.TahunProyeksi
	if n <= 0 {
		n = TahunProyeksiDefault
	}
	if n > TahunProyeksiMaks {
		n = TahunProyeksiMaks
	}
	for len(out) < n {
		out = append(out, out[len(out)-1])
	}
	return out
}

// ProyeksiKarier projects AK and promotions year by year (RULES.md §7.3–7.4)
// for a schema-1 scenario. s must have passed Validate and carry s.Karier.
//
// Start: golongan s.Golongan (the lowest of s.Jenjang when empty), AK within the
// jenjang from integrasi of karier.ak_konvensional, else karier.ak_awal (0 when
// empty), karier.tahun_dalam_pangkat whole years in rank. The first projected
// year is karier.tahun_mulai, or the rule year when it is not given: AK awal is
// the AK before the rule year (last PAK or integrasi), so the rule year is the
// first year still to be earned.
func ProyeksiKarier(s Scenario) (*KarierResult, []Step) {
	if s.Karier == nil {
		return &KarierResult{Tahunan: []KarierTahun{}, Langkah: []LangkahKarier{}}, nil
	}
	k := s.Karier
	mulai := k.TahunMulai
	if mulai == 0 {
		mulai = tahunAturan(s.Rules)
	}
	return proyeksi(proyeksiInput{
		j: s.Jenjang, g: s.Golongan, tmt: s.TMT, akKonv: k.AKKonvensional, akAwal: k.AKAwal, masa: k.TahunDalamPangkat,
		tahunMulai: mulai, rencana: &Rencana{Proyeksi: k.Proyeksi, Ulangi: k.Ulangi, TahunProyeksi: k.TahunProyeksi},
	})
}

// proyeksiInput is where a projection starts and what it runs over.
type proyeksiInput struct {
	j              Jenjang
	g              Golongan
	tmt            string
	akKonv, akAwal string
	masa           int
	tahunMulai     int
	rencana        *Rencana
	// riwayat holds the recorded years before tahunMulai (record mode): their
	// rows, already accumulated into akTercatat within jenjang j.
	riwayat    []KarierTahun
	akTercatat AK
}

// proyeksi runs the projection. Each year adds multiplier × koefisien exactly
// and one year in rank; then the next step up the ladder is checked: AK within
// the jenjang at least the step's cumulative threshold (excess carries over
// within the jenjang [P1-SUM]), at least 2 years in rank and predikat at least
// Baik in the last 2 years [BKN3][DJKN]. A step into the next jenjang also
// needs predikat at least Baik in the last year (secondary, §11 Q10), a passed
// competence test and a vacancy (both assumed); it is processed as a jenjang
// promotion first with the rank step on the same AK [P1-SUM], and AK within the
// new jenjang restart at 0 with the excess discarded and shown (§11 Q18)
// [BKN-SLIDES-C]. After a step the years in rank restart at 0, so at most one
// step happens per year. With recorded years (record mode) their predikat are
// read where a condition looks back, and the next step is checked once at the
// end of the last recorded year before the planned years run.
func proyeksi(in proyeksiInput) (*KarierResult, []Step) {
	res := &KarierResult{Tahunan: []KarierTahun{}, Langkah: []LangkahKarier{}}
	k := in.rencana
	info, ok := in.j.Info()
	if k == nil || !ok || len(info.Golongan) == 0 {
		return res, nil
	}
	var trace []Step
	add := func(rule, pesan string, src []string, asumsi bool) {
		trace = append(trace, Step{Rule: rule, Pesan: pesan, Sources: src, Asumsi: asumsi})
	}
	st := karierState{j: in.j, g: in.g, masa: in.masa}
	if st.g == "" {
		st.g = Golongan(info.Golongan[0])
		add("karier_golongan", fmt.Sprintf("Golongan tidak diisi: proyeksi mulai dari golongan terendah %s, %s.", st.g, info.Label), []string{"BKN-SLIDES-B", "ASUMSI"}, true)
	}
	if !st.j.HasGolongan(string(st.g)) {
		add("karier_awal", fmt.Sprintf("Golongan %s tidak berada dalam jenjang %s; proyeksi tidak dihitung.", st.g, info.Label), []string{"BKN-SLIDES-B"}, false)
		return res, trace
	}
	sumberAwal := "AK awal dalam jenjang"
	switch {
	case strings.TrimSpace(in.akKonv) != "":
		konv, err := ParseAK(in.akKonv)
		if err == nil {
			var step Step
			st.c, step, err = Integrasi(st.j, st.g, konv)
			if err == nil {
				res.AKIntegrasi = st.c.Display()
				sumberAwal = "AK integrasi"
				trace = append(trace, step)
			}
		}
		if err != nil {
			add("integrasi", fmt.Sprintf("AK konvensional tidak dapat diintegrasikan (%v); proyeksi mulai dari 0.", err), integrasiSources, false)
		}
	case strings.TrimSpace(in.akAwal) != "":
		if v, err := ParseAK(in.akAwal); err == nil && v.Sign() >= 0 {
			st.c = v
		}
	}
	if len(in.riwayat) > 0 {
		// Record mode: the ledger already holds AK awal (or integrasi) plus the recorded years.
		st.c, sumberAwal = in.akTercatat, fmt.Sprintf("AK tercatat %d–%d dalam jenjang", in.riwayat[0].Tahun, in.riwayat[len(in.riwayat)-1].Tahun)
		for _, row := range in.riwayat {
			st.riwayat = append(st.riwayat, row.Predikat)
		}
		res.Tahunan = append(res.Tahunan, in.riwayat...)
	}
	res.AKAwal, res.AKAwalText = st.c, st.c.Display()
	res.Golongan, res.Jenjang = st.g, st.j
	res.TahunMulai = in.tahunMulai
	add("karier_awal", fmt.Sprintf("Proyeksi mulai tahun %d dari %s golongan %s: %s %s, %d tahun dalam pangkat.",
		res.TahunMulai, info.Label, st.g, sumberAwal, st.c.Display(), st.masa), []string{"P1", "BKN-SLIDES-C"}, false)
	predikat := predikatProyeksi(&Karier{Proyeksi: k.Proyeksi, Ulangi: k.Ulangi, TahunProyeksi: k.TahunProyeksi})
	if k.Ulangi && len(predikat) > len(k.Proyeksi) {
		add("karier_ulangi", fmt.Sprintf("Predikat terakhir (%s) diulang sampai %d tahun proyeksi.", k.Proyeksi[len(k.Proyeksi)-1].Label(), len(predikat)), []string{"ASUMSI"}, false)
	}
	add("karier_konversi", fmt.Sprintf("AK setiap tahun = persentase predikat × koefisien jenjang (%s: %s per tahun pada predikat Baik); AK terkumpul dalam jenjang dan kelebihan dibawa ke kenaikan pangkat berikutnya dalam jenjang yang sama.",
		info.Label, info.Koefisien.Display()), []string{"P1", "SEED1", "P1-SUM"}, false)

	asumsiPredikat := false
	if len(in.riwayat) > 0 {
		// A step whose conditions the recorded years already meet is considered
		// at the end of the last recorded year.
		last := &res.Tahunan[len(res.Tahunan)-1]
		langkahTahun(&st, last, last.Tahun, res, add, &asumsiPredikat)
	}
	for i, p := range predikat {
		tahun := res.TahunMulai + i
		// A year that starts after the TMT counts only its months from the TMT month
		// (RULES.md §7.2, §11 Q19); such a part year is not a whole year in rank.
		bulan := bulanDalamTahun(in.tmt, tahun)
		ak := KonversiAK(p, st.j, bulan)
		st.c = st.c.Add(ak)
		if bulan == 12 {
			st.masa++
		}
		st.riwayat = append(st.riwayat, p)
		row := KarierTahun{Tahun: tahun, Bulan: bulan, Predikat: p, AK: ak, AngkaKredit: ak.Display()}
		langkahTahun(&st, &row, tahun, res, add, &asumsiPredikat)
		res.Tahunan = append(res.Tahunan, row)
	}
	if asumsiPredikat {
		add("karier_predikat_sebelumnya", "Predikat tahun sebelum proyeksi tidak diketahui; syarat predikat minimal Baik 2 tahun terakhir dianggap terpenuhi untuk tahun itu.", []string{"BKN3", "DJKN", "ASUMSI"}, true)
	}
	akhir := res.TahunMulai + len(predikat) - 1
	langkahBelum(st, akhir, res, add)
	return res, trace
}

// langkahTahun checks the next step at the end of year tahun and takes it when
// every condition is met, updating st and the year's row.
func langkahTahun(st *karierState, row *KarierTahun, tahun int, res *KarierResult, add func(string, string, []string, bool), asumsiPredikat *bool) {
	defer func() {
		row.Kumulatif, row.KumulatifText = st.c, st.c.Display()
		row.Golongan, row.Jenjang, row.TahunDalamPangkat = st.g, st.j, st.masa
	}()
	next, nj, naik, ok := langkahBerikutnya(st.j, st.g)
	if !ok {
		return
	}
	// AK and years in rank are needed for every step: most years fail them,
	// and checking them first spares building every condition's message.
	if st.c.Cmp(ambangLangkah(st.j, next, naik)) < 0 || st.masa < minTahunDalamPangkat {
		return
	}
	syarat, dapat, ambang := nilaiSyarat(*st, next, nj, naik)
	if !dapat {
		return
	}
	l := LangkahKarier{Dari: st.g, Golongan: next, Jenjang: nj, NaikJenjang: naik, Tahun: tahun, Dapat: true, Verdict: VerdictDapat, Syarat: syarat, Ambang: ambang, AmbangText: ambang.Display()}
	for _, sy := range syarat {
		if sy.Kode == SyaratPredikat2Tahun && sy.Asumsi {
			*asumsiPredikat = true
		}
	}
	if naik {
		dibuang := st.c.Sub(ambang)
		l.AKDibuang = dibuang.Display()
		row.Peristiwa = fmt.Sprintf("Naik jenjang ke %s dan pangkat ke %s", nj.Label(), next)
		add("kenaikan_jenjang", fmt.Sprintf("Tahun %d: kenaikan jenjang ke %s dan pangkat %s → %s dapat dipertimbangkan (AK %s ≥ %s, %d tahun dalam pangkat, predikat minimal Baik). Kenaikan jenjang diproses lebih dahulu, lalu kenaikan pangkat dengan AK yang sama; AK dalam jenjang baru mulai dari 0 dan kelebihan %s tidak dibawa.",
			tahun, nj.Label(), st.g, next, st.c.Display(), ambang.Display(), st.masa, dibuang.Display()), []string{"P1", "BKN3", "P1-SUM", "BKN-SLIDES-C", "MB-SUM"}, false)
		add("kenaikan_jenjang_asumsi", fmt.Sprintf("Tahun %d: uji kompetensi dianggap lulus dan formasi jenjang %s dianggap tersedia; kelebihan AK %s dianggap hangus (§11 Q18).", tahun, nj.Label(), dibuang.Display()), srcAsumsiJenjang, true)
		st.c = AK{}
	} else {
		row.Peristiwa = fmt.Sprintf("Naik pangkat ke %s", next)
		add("kenaikan_pangkat", fmt.Sprintf("Tahun %d: kenaikan pangkat %s → %s dapat dipertimbangkan (AK %s ≥ %s, %d tahun dalam pangkat, predikat minimal Baik 2 tahun terakhir); kelebihan %s dibawa ke kenaikan berikutnya.",
			tahun, st.g, next, st.c.Display(), ambang.Display(), st.masa, st.c.Sub(ambang).Display()), []string{"P1", "BKN3", "DJKN", "P1-SUM"}, false)
	}
	res.Langkah = append(res.Langkah, l)
	st.g, st.j, st.masa = next, nj, 0
}

// langkahBelum adds the first step not reached, evaluated at the end of the projection.
func langkahBelum(st karierState, akhir int, res *KarierResult, add func(string, string, []string, bool)) {
	next, nj, naik, ok := langkahBerikutnya(st.j, st.g)
	if !ok {
		add("karier_puncak", fmt.Sprintf("Golongan %s adalah puncak jenjang karier; tidak ada kenaikan pangkat berikutnya.", st.g), []string{"BKN-SLIDES-B", "BKN-KP"}, false)
		return
	}
	syarat, _, ambang := nilaiSyarat(st, next, nj, naik)
	l := LangkahKarier{Dari: st.g, Golongan: next, Jenjang: nj, NaikJenjang: naik, Verdict: VerdictBelum, Syarat: syarat, Ambang: ambang, AmbangText: ambang.Display()}
	var kurang []string
	for _, sy := range syarat {
		if !sy.Terpenuhi {
			kurang = append(kurang, sy.Pesan)
		}
	}
	if st.c.Cmp(ambang) < 0 {
		l.Kekurangan = ambang.Sub(st.c).Display()
	}
	res.Langkah = append(res.Langkah, l)
	pesan := fmt.Sprintf("Sampai akhir proyeksi (%d), kenaikan %s → %s belum dapat dipertimbangkan", akhir, st.g, next)
	if l.Kekurangan != "" {
		pesan += fmt.Sprintf("; AK masih kurang %s", l.Kekurangan)
	}
	if len(kurang) > 0 {
		pesan += "; belum terpenuhi: " + strings.Join(kurang, "; ")
	}
	src := srcSyaratPangkat
	if naik {
		src = srcSyaratJenjang
	}
	add("kenaikan_belum", pesan+".", src, false)
}

// validateKarier checks the career inputs (paths under "karier.").
func validateKarier(k *Karier, s Scenario, ps *problems) {
	if k == nil {
		return
	}
	validateAKAwal(ps, "karier.", k.AKAwal, k.AKKonvensional, s.Jenjang, s.Golongan)
	if k.TahunDalamPangkat < 0 || k.TahunDalamPangkat > maxTahunDalamPangkat {
		ps.add("karier.tahun_dalam_pangkat", "masa dalam pangkat harus 0 sampai %d tahun", maxTahunDalamPangkat)
	}
	if k.TahunMulai != 0 && (k.TahunMulai < minTahunMulai || k.TahunMulai > maxTahunMulai) {
		ps.add("karier.tahun_mulai", "tahun mulai proyeksi harus antara %d dan %d, atau dikosongkan (tahun aturan)", minTahunMulai, maxTahunMulai)
	}
	validatePlan(ps, "karier.", k.Proyeksi, k.Ulangi, k.TahunProyeksi)
}

// validateAKAwal checks the starting AK of a projection: AK awal or the
// conventional AK for integrasi, not both (at is the path prefix).
func validateAKAwal(ps *problems, at, akAwal, akKonv string, j Jenjang, g Golongan) {
	konv := strings.TrimSpace(akKonv)
	awal := strings.TrimSpace(akAwal)
	// The issue's own example sends "ak_awal":"0" next to ak_konvensional: a zero
	// AK awal is "not given"; only two competing non-zero starts are ambiguous.
	if v, err := ParseAK(awal); konv != "" && awal != "" && (err != nil || !v.IsZero()) {
		ps.add(at+"ak_awal", "isi salah satu saja: AK awal dalam jenjang atau AK konvensional (untuk integrasi)")
	}
	maks := AKInt(maxAKKarier)
	if konv != "" {
		v, err := ParseAK(konv)
		switch {
		case err != nil:
			ps.add(at+"ak_konvensional", "AK konvensional harus angka desimal dengan paling banyak 4 angka di belakang koma, misalnya 550,63")
		case v.Sign() < 0 || v.Cmp(maks) > 0:
			ps.add(at+"ak_konvensional", "AK konvensional harus 0 sampai %d", maxAKKarier)
		case j.Valid():
			if g == "" {
				g = Golongan(mustInfo(j).Golongan[0])
			}
			// A golongan outside the jenjang is reported at "golongan" by Validate.
			if j.HasGolongan(string(g)) {
				if _, _, err := Integrasi(j, g, v); err != nil {
					ps.add(at+"ak_konvensional", "%s", err.Error())
				}
			}
		}
	}
	if awal != "" {
		v, err := ParseAK(awal)
		switch {
		case err != nil:
			ps.add(at+"ak_awal", "AK awal harus angka desimal dengan paling banyak 4 angka di belakang koma, misalnya 37,5")
		case v.Sign() < 0 || v.Cmp(maks) > 0:
			ps.add(at+"ak_awal", "AK awal dalam jenjang harus 0 sampai %d", maxAKKarier)
		}
	}
}

// validatePlan checks the planned predikat of a projection (at is the path prefix).
func validatePlan(ps *problems, at string, proyeksi []Predikat, ulangi bool, tahunProyeksi int) {
	switch {
	case len(proyeksi) == 0:
		ps.add(at+"proyeksi", "isi predikat untuk minimal satu tahun proyeksi")
	case len(proyeksi) > TahunProyeksiMaks:
		ps.add(at+"proyeksi", "proyeksi paling banyak %d tahun", TahunProyeksiMaks)
	}
	for i, p := range proyeksi {
		if !p.Valid() {
			ps.add(fmt.Sprintf("%sproyeksi[%d]", at, i), "predikat %q tidak dikenal; pilih sangat_baik, baik, butuh_perbaikan (cukup), kurang, atau sangat_kurang", p)
		}
	}
	switch {
	case tahunProyeksi < 0 || tahunProyeksi > TahunProyeksiMaks:
		ps.add(at+"tahun_proyeksi", "lama proyeksi harus 1 sampai %d tahun (kosong = %d)", TahunProyeksiMaks, TahunProyeksiDefault)
	case tahunProyeksi > 0 && !ulangi && tahunProyeksi != len(proyeksi):
		ps.add(at+"tahun_proyeksi", "lama proyeksi %d tahun hanya dipakai bila predikat terakhir diulang (ulangi); tanpa ulangi, isi predikat untuk setiap tahun", tahunProyeksi)
	case tahunProyeksi > 0 && ulangi && tahunProyeksi < len(proyeksi):
		ps.add(at+"tahun_proyeksi", "lama proyeksi %d tahun lebih pendek daripada %d predikat yang diisi", tahunProyeksi, len(proyeksi))
	}
}

// bulanDalamTahun is the number of whole months of calendar year tahun served
// from the TMT ("YYYY-MM"): 12 without a TMT or for a later year, 13 − month in
// the TMT year, 0 before it (RULES.md §11 Q19).
func bulanDalamTahun(tmt string, tahun int) int {
	y, m, ok := parseTMT(tmt)
	switch {
	case !ok || y < tahun:
		return 12
	case y == tahun:
		return 13 - m
	}
	return 0
}
