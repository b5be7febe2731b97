package domain

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
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
	// Status is the state of the step's conditions (RULES.md §13.11, §14.5):
	// StatusTerpenuhi (every one met, to-dos ticked), StatusTugas (the record
	// meets them, a to-do of the user is not ticked: the projection goes on as
	// if the user does it, and says so) or StatusBelum. Dapat is Status ==
	// StatusTerpenuhi; Verdict is the wording ("dapat dipertimbangkan",
	// "dapat dipertimbangkan setelah tugas Anda selesai", "belum dapat
	// dipertimbangkan"). Penahan names the blocks holding the step back
	// ("ukkj", "kenaikan_pangkat") and Tugas the to-do codes not ticked.
	Status  StatusSyarat `json:"status"`
	Dapat   bool         `json:"dapat"`
	Verdict string       `json:"verdict"`
	Penahan []string     `json:"penahan,omitempty"`
	Tugas   []string     `json:"tugas,omitempty"`
	// Tanggal estimates the dates of a step in the projection: the earliest
	// UKKJ a jenjang step can use and the earliest TMT on a valid window
	// (RULES.md §13.11, §11 Q33–Q34); TMTText and UKKJText are their wording.
	Tanggal  *PerkiraanTanggal `json:"tanggal,omitempty"`
	TMTText  string            `json:"tmt_text,omitempty"`
	UKKJText string            `json:"ukkj_text,omitempty"`
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

// SyaratStep is one promotion condition with its state, source and grade
// (see Syarat; the UKKJ block first in a jenjang step).
type SyaratStep = Syarat

// Verdict wordings of a promotion step.
const (
	VerdictDapat        = "dapat dipertimbangkan"
	VerdictSetelahTugas = "dapat dipertimbangkan setelah tugas Anda selesai"
	VerdictBelum        = "belum dapat dipertimbangkan"
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
	srcSyaratPangkat = []string{"P1", "BKN3", "BKN-SLIDES-B", "P1-SUM"}
	srcSyaratJenjang = []string{"P1", "BKN3", "BKN-SLIDES-B", "BKN-SLIDES-C"}
	srcMasaPredikat  = []string{"BKN3", "DJKN"}
	srcAsumsiJenjang = []string{"UKKJ-A", "UKKJ-FAQ", "P1-SUM", "BKN-SLIDES-C", "ASUMSI"}
	// The lists of the projection's own steps, shared (never changed) rather
	// than a new list for every step.
	srcKarierAwal      = []string{"P1", "BKN-SLIDES-C"}
	srcKarierUlangi    = []string{"ASUMSI"}
	srcKarierKonversi  = []string{"P1", "SEED1", "P1-SUM"}
	srcKenaikanJenjang = []string{"P1", "BKN3", "P1-SUM", "BKN-SLIDES-C", "UKKJ-A", "UKKJ-FAQ", "BKN4-JENEPONTO"}
	srcKenaikanPangkat = []string{"P1", "BKN3", "DJKN", "P1-SUM", "BKN4-JENEPONTO"}
)

// karierState is the position of the projection at a point in time.
type karierState struct {
	j       Jenjang
	g       Golongan
	c       AK         // AK accumulated within the jenjang
	masa    int        // whole years in golongan g
	riwayat []Predikat // predikat of the projected years so far
	tugas   map[string]bool
	jadwal  UKKJJadwal
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
	if info := j.baris(); info != nil && info.Berikutnya != "" && info.Berikutnya.HasGolongan(string(n)) {
		return n, info.Berikutnya, true, true
	}
	return "", "", false, false
}

// ambangLangkah is the AK within jenjang j needed for the step to golongan next:
// the jenjang threshold for a jenjang promotion, otherwise the cumulative rank
// threshold of next (RULES.md §7.3, per golongan for guru).
func ambangLangkah(j Jenjang, next Golongan, naikJenjang bool) AK {
	if naikJenjang {
		if info := j.baris(); info != nil {
			return info.KenaikanJenjang
		}
		return AK{}
	}
	r, _ := next.Info()
	return r.Syarat
}

// nilaiSyarat evaluates the next step from st at the end of year tahun with
// the condition table of syarat.go (EvaluasiLangkah): the rank-step
// conditions, and for a jenjang step the UKKJ prerequisites first. The
// competence test, the vacancy and the integrity pact are to-dos of the user,
// met only when ticked. Predikat of years before everything known count as met
// and the condition is marked as an assumption.
func nilaiSyarat(st karierState, tahun int) (HasilLangkah, bool) {
	return EvaluasiLangkah(KeadaanLangkah{Tahun: tahun, Jenjang: st.j, Golongan: st.g, AK: st.c, TahunDalamPangkat: st.masa, Riwayat: st.riwayat}, st.tugas)
}

// langkahDari turns an evaluated step into a projection step.
func langkahDari(h HasilLangkah) LangkahKarier {
	l := LangkahKarier{Dari: h.Dari, Golongan: h.Ke, Jenjang: h.Jenjang, NaikJenjang: h.NaikJenjang, Status: h.Status,
		Dapat: h.Status == StatusTerpenuhi, Penahan: h.Penahan, Syarat: h.Syarat, Ambang: h.Ambang, AmbangText: h.ambangText}
	switch h.Status {
	case StatusTerpenuhi:
		l.Verdict = VerdictDapat
	case StatusTugas:
		l.Verdict = VerdictSetelahTugas
	default:
		l.Verdict = VerdictBelum
	}
	n := 0
	for _, sy := range h.Syarat {
		if sy.Status == StatusTugas {
			n++
		}
	}
	if n > 0 {
		l.Tugas = make([]string, 0, n)
		for _, sy := range h.Syarat {
			if sy.Status == StatusTugas {
				l.Tugas = append(l.Tugas, sy.Kode)
			}
		}
	}
	return l
}

// labelTugas lists the wording of to-do codes, lower case, for a sentence.
func labelTugas(kode []string) string {
	b := make([]byte, 0, 128)
	for _, k := range kode {
		for _, d := range syaratLangkahTable {
			if d.Kode != k {
				continue
			}
			if len(b) > 0 {
				b = append(b, ", "...)
			}
			switch c := d.Label[0]; {
			case c >= utf8.RuneSelf:
				b = append(b, strings.ToLower(d.Label[:1])...)
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			default:
				b = append(b, c)
			}
			b = append(b, d.Label[1:]...)
		}
	}
	return string(b)
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
	given := k.Proyeksi[:min(len(k.Proyeksi), TahunProyeksiMaks)]
	if !k.Ulangi || len(given) == 0 {
		return append([]Predikat(nil), given...)
	}
	n := k.TahunProyeksi
	if n <= 0 {
		n = TahunProyeksiDefault
	}
	n = max(min(n, TahunProyeksiMaks), len(given))
	out := append(make([]Predikat, 0, n), given...)
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
	// tugas are the to-dos the user ticked (TugasLangkah codes); jadwal the
	// UKKJ schedule (UKKJJadwalBaku when empty).
	tugas  map[string]bool
	jadwal UKKJJadwal
	// trace holds the steps so far (a record's), which the projection's are
	// appended to; nil starts a new list.
	trace []Step
}

// proyeksi runs the projection. Each year adds multiplier × koefisien exactly
// and one year in rank; then the next step up the ladder is checked: AK within
// the jenjang at least the step's cumulative threshold (excess carries over
// within the jenjang [P1-SUM]), at least 2 years in rank and predikat at least
// Baik in the last 2 years [BKN3][DJKN]. A step into the next jenjang is the
// UKKJ list first (top rank of the jenjang, AK, Baik in the last year [UKKJ-A],
// and the user's to-dos: integrity pact, vacancy, passed UKKJ — never ticked
// by assumption; while unticked the step is "tugas" and the projection goes on
// as if the user does them, saying so); it is processed as a jenjang
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
		return res, in.trace
	}
	trace := in.trace
	if trace == nil {
		trace = make([]Step, 0, 12)
	}
	add := func(rule, pesan string, src []string, asumsi bool) {
		trace = append(trace, Step{Rule: rule, Pesan: pesan, Sources: src, Asumsi: asumsi})
	}
	predikat := predikatProyeksi(&Karier{Proyeksi: k.Proyeksi, Ulangi: k.Ulangi, TahunProyeksi: k.TahunProyeksi})
	// One row per recorded and projected year: sized once, not grown; a few
	// steps fit most projections.
	res.Tahunan = make([]KarierTahun, 0, len(in.riwayat)+len(predikat))
	res.Langkah = make([]LangkahKarier, 0, 4)
	st := karierState{j: in.j, g: in.g, masa: in.masa, tugas: in.tugas, jadwal: in.jadwal, riwayat: make([]Predikat, 0, len(in.riwayat)+len(predikat))}
	if len(st.jadwal.Sesi) == 0 {
		st.jadwal = UKKJJadwalBaku()
	}
	if st.g == "" {
		st.g = Golongan(info.Golongan[0])
		add("karier_golongan", "Golongan tidak diisi: proyeksi mulai dari golongan terendah "+string(st.g)+", "+info.Label+".", []string{"BKN-SLIDES-B", "ASUMSI"}, true)
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
		st.c, sumberAwal = in.akTercatat, "AK tercatat "+itoa(in.riwayat[0].Tahun)+"–"+itoa(in.riwayat[len(in.riwayat)-1].Tahun)+" dalam jenjang"
		for _, row := range in.riwayat {
			st.riwayat = append(st.riwayat, row.Predikat)
		}
		res.Tahunan = append(res.Tahunan, in.riwayat...)
	}
	res.AKAwal, res.AKAwalText = st.c, st.c.Display()
	res.Golongan, res.Jenjang = st.g, st.j
	res.TahunMulai = in.tahunMulai
	add("karier_awal", "Proyeksi mulai tahun "+itoa(res.TahunMulai)+" dari "+info.Label+" golongan "+string(st.g)+": "+sumberAwal+" "+res.AKAwalText+", "+itoa(st.masa)+" tahun dalam pangkat.",
		srcKarierAwal, false)
	if k.Ulangi && len(predikat) > len(k.Proyeksi) {
		add("karier_ulangi", "Predikat terakhir ("+k.Proyeksi[len(k.Proyeksi)-1].Label()+") diulang sampai "+itoa(len(predikat))+" tahun proyeksi.", srcKarierUlangi, false)
	}
	add("karier_konversi", "AK setiap tahun = persentase predikat × koefisien jenjang ("+info.Label+": "+info.Koefisien.Display()+" per tahun pada predikat Baik); AK terkumpul dalam jenjang dan kelebihan dibawa ke kenaikan pangkat berikutnya dalam jenjang yang sama.",
		srcKarierKonversi, false)

	asumsiPredikat := false
	if len(in.riwayat) > 0 {
		// A step whose conditions the recorded years already meet is considered
		// at the end of the last recorded year.
		last := &res.Tahunan[len(res.Tahunan)-1]
		langkahTahun(&st, last, last.Tahun, res, add, &asumsiPredikat)
	}
	// Most years repeat the year before (same predikat, months and jenjang):
	// its AK and display form are reused rather than computed again.
	var prev struct {
		p     Predikat
		bulan int
		j     Jenjang
		ak    AK
		teks  string
	}
	tmt := bacaTMT(in.tmt)
	for i, p := range predikat {
		tahun := res.TahunMulai + i
		// A year that starts after the TMT counts only its months from the TMT month
		// (RULES.md §7.2, §11 Q19); such a part year is not a whole year in rank.
		bulan := tmt.bulanDalam(tahun)
		if prev.teks == "" || p != prev.p || bulan != prev.bulan || st.j != prev.j {
			prev.p, prev.bulan, prev.j = p, bulan, st.j
			prev.ak = KonversiAK(p, st.j, bulan)
			prev.teks = prev.ak.Display()
		}
		ak := prev.ak
		st.c = st.c.Add(ak)
		if bulan == 12 {
			st.masa++
		}
		st.riwayat = append(st.riwayat, p)
		row := KarierTahun{Tahun: tahun, Bulan: bulan, Predikat: p, AK: ak, AngkaKredit: prev.teks}
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
// the record meets every condition (to-dos of the user not ticked keep the
// step's Status at StatusTugas but do not stop the projection), updating st
// and the year's row.
func langkahTahun(st *karierState, row *KarierTahun, tahun int, res *KarierResult, add func(string, string, []string, bool), asumsiPredikat *bool) {
	// Fewer than 2 years in rank (every year right after a step) fail the
	// step whatever else holds: no need to look the step up.
	if st.masa < minTahunDalamPangkat || !rekamTerpenuhi(KeadaanLangkah{Tahun: tahun, Jenjang: st.j, Golongan: st.g, AK: st.c, TahunDalamPangkat: st.masa, Riwayat: st.riwayat}) {
		tutupTahun(row, st, st.c.Display()) // the common case: no list built for a step not taken
		return
	}
	h, ok := nilaiSyarat(*st, tahun)
	if !ok || h.Status == StatusBelum {
		tutupTahun(row, st, st.c.Display())
		return
	}
	next, nj, naik, ambang := h.Ke, h.Jenjang, h.NaikJenjang, h.Ambang
	l := langkahDari(h)
	l.Tahun = tahun
	var sebelumnya time.Time
	for _, x := range res.Langkah {
		if x.Tanggal != nil {
			sebelumnya = x.Tanggal.TMT
		}
	}
	d := PerkiraanTMTSetelah(tahun, naik, st.jadwal, sebelumnya)
	l.Tanggal, l.TMTText = &d, FormatTanggal(d.TMT)
	if d.UKKJ != nil {
		l.UKKJText = "UKKJ paling awal: pendaftaran sampai " + FormatTanggal(d.UKKJ.Batas) + ", ujian " + FormatTanggal(d.UKKJ.Ujian)
	}
	for _, sy := range h.Syarat {
		if sy.Kode == SyaratPredikat2Tahun && sy.Asumsi {
			*asumsiPredikat = true
		}
	}
	// The messages below take the AK reached and the threshold as h shows them.
	tahunTeks, masaTeks := itoa(tahun), itoa(st.masa)
	if naik {
		dibuang := st.c.Sub(ambang).Display()
		l.AKDibuang = dibuang
		row.Peristiwa = "Naik jenjang ke " + nj.Label() + " dan pangkat ke " + string(next)
		add("kenaikan_jenjang", "Tahun "+tahunTeks+": kenaikan jenjang ke "+nj.Label()+" dan pangkat "+string(st.g)+" → "+string(next)+" "+l.Verdict+
			" (AK "+h.akText+" ≥ "+h.ambangText+", pangkat tertinggi jenjang, predikat minimal Baik; "+masaTeks+" tahun dalam pangkat untuk kenaikan pangkat yang menyertainya). "+
			"Kenaikan jenjang diproses lebih dahulu, lalu kenaikan pangkat dengan AK yang sama; AK dalam jenjang baru mulai dari 0 dan kelebihan "+dibuang+" tidak dibawa. "+
			l.UKKJText+"; TMT paling cepat "+l.TMTText+".", srcKenaikanJenjang, false)
		pesan := "Tahun " + tahunTeks + ": kelebihan AK " + dibuang + " dianggap hangus (§11 Q18); tanggal UKKJ diasumsikan tahunan (§11 Q34)."
		if len(l.Tugas) > 0 {
			pesan = "Tahun " + tahunTeks + ": proyeksi berlanjut dengan anggapan Anda menyelesaikan tugas yang belum ditandai untuk jenjang " + nj.Label() + ": " + labelTugas(l.Tugas) +
				". Kelebihan AK " + dibuang + " dianggap hangus (§11 Q18); tanggal UKKJ diasumsikan tahunan (§11 Q34)."
		}
		add("kenaikan_jenjang_asumsi", pesan, srcAsumsiJenjang, true)
		st.c = AK{}
	} else {
		row.Peristiwa = "Naik pangkat ke " + string(next)
		add("kenaikan_pangkat", "Tahun "+tahunTeks+": kenaikan pangkat "+string(st.g)+" → "+string(next)+" dapat dipertimbangkan (AK "+h.akText+" ≥ "+h.ambangText+", "+
			masaTeks+" tahun dalam pangkat, predikat minimal Baik 2 tahun terakhir); kelebihan "+st.c.Sub(ambang).Display()+" dibawa ke kenaikan berikutnya; TMT paling cepat "+l.TMTText+".",
			srcKenaikanPangkat, false)
	}
	res.Langkah = append(res.Langkah, l)
	st.g, st.j, st.masa = next, nj, 0
	teks := h.akText // a rank step carries the AK over: the text just shown
	if naik {
		teks = st.c.Display()
	}
	tutupTahun(row, st, teks)
}

// tutupTahun writes the state at the end of a year into its row; kumulatif
// is the display form of st.c.
func tutupTahun(row *KarierTahun, st *karierState, kumulatif string) {
	row.Kumulatif, row.KumulatifText = st.c, kumulatif
	row.Golongan, row.Jenjang, row.TahunDalamPangkat = st.g, st.j, st.masa
}

// langkahBelum adds the first step not reached, evaluated at the end of the projection.
func langkahBelum(st karierState, akhir int, res *KarierResult, add func(string, string, []string, bool)) {
	h, ok := nilaiSyarat(st, akhir)
	if !ok {
		add("karier_puncak", "Golongan "+string(st.g)+" adalah puncak jenjang karier; tidak ada kenaikan pangkat berikutnya.", []string{"BKN-SLIDES-B", "BKN-KP"}, false)
		return
	}
	l := langkahDari(h)
	l.Dapat, l.Verdict = false, VerdictBelum
	if st.c.Cmp(h.Ambang) < 0 {
		l.Kekurangan = h.Ambang.Sub(st.c).Display()
	}
	res.Langkah = append(res.Langkah, l)
	b := make([]byte, 0, 512)
	b = append(b, "Sampai akhir proyeksi ("...)
	b = strconv.AppendInt(b, int64(akhir), 10)
	b = append(b, "), kenaikan "...)
	b = append(b, st.g...)
	b = append(b, " → "...)
	b = append(b, h.Ke...)
	b = append(b, " belum dapat dipertimbangkan"...)
	if l.Kekurangan != "" {
		b = append(b, "; AK masih kurang "...)
		b = append(b, l.Kekurangan...)
	}
	sep := "; belum terpenuhi: "
	for _, sy := range h.Syarat {
		if sy.Status == StatusBelum {
			b = append(b, sep...)
			b = append(b, sy.Pesan...)
			sep = "; "
		}
	}
	if len(l.Tugas) > 0 {
		b = append(b, "; perlu Anda lakukan: "...)
		b = append(b, labelTugas(l.Tugas)...)
	}
	b = append(b, '.')
	src := srcSyaratPangkat
	if h.NaikJenjang {
		src = srcSyaratJenjang
	}
	add("kenaikan_belum", string(b), src, false)
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
	return bacaTMT(tmt).bulanDalam(tahun)
}

// tmtBulan is a TMT read once for a loop over years.
type tmtBulan struct {
	tahun, bulan int
	ok           bool
}

func bacaTMT(tmt string) tmtBulan {
	y, m, ok := parseTMT(tmt)
	return tmtBulan{y, m, ok}
}

// bulanDalam is bulanDalamTahun of the TMT read.
func (t tmtBulan) bulanDalam(tahun int) int {
	switch {
	case !t.ok || t.tahun < tahun:
		return 12
	case t.tahun == tahun:
		return 13 - t.bulan
	}
	return 0
}
