package domain

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// TujuanKarier is a career goal: a golongan or a jenjang (exactly one), held
// by a year — its TMT falls on or before 31 December of Tahun.
type TujuanKarier struct {
	Golongan Golongan `json:"golongan,omitempty"`
	Jenjang  Jenjang  `json:"jenjang,omitempty"`
	Tahun    int      `json:"tahun"`
}

// Label names the goal in Indonesian ("golongan IV/a pada 2030").
func (t TujuanKarier) Label() string {
	if t.Golongan != "" {
		return fmt.Sprintf("golongan %s pada %d", t.Golongan, t.Tahun)
	}
	return fmt.Sprintf("jenjang %s pada %d", t.Jenjang.Label(), t.Tahun)
}

// AwalRencana is where the plan starts: the state before the first planned
// year, as the projection sees it.
type AwalRencana struct {
	// TahunMulai is the first year whose predikat the plan chooses.
	TahunMulai int      `json:"tahun_mulai"`
	Jenjang    Jenjang  `json:"jenjang"`
	Golongan   Golongan `json:"golongan"`
	// AK is the AK within the jenjang before TahunMulai.
	AK                AK  `json:"ak"`
	TahunDalamPangkat int `json:"tahun_dalam_pangkat"`
	// TMT "YYYY-MM": in that year only the months from the TMT count (§11 Q19).
	TMT string `json:"tmt,omitempty"`
	// Riwayat holds the predikat of the recorded years before TahunMulai,
	// oldest first; the conditions that look back read it. A recorded year
	// without an established predikat ("") fails them; years before the record
	// are unknown and count as met, as in the projection.
	Riwayat []Predikat `json:"riwayat,omitempty"`
}

// Statuses of a plan.
const (
	RencanaDapat      = "dapat_dicapai"
	RencanaSudah      = "sudah_tercapai"
	RencanaTidakDapat = "tidak_dapat_dicapai"
)

// Methods of a plan: the exact search (confirmed by the projection), or the
// fallback that only the projection decides (see RencanakanKarier).
const (
	MetodeTepat      = "tepat"
	MetodePendekatan = "pendekatan"
)

// JadwalLangkah is one promotion step along a plan with its estimated dates.
type JadwalLangkah struct {
	Dari        Golongan `json:"dari"`
	Ke          Golongan `json:"ke"`
	Jenjang     Jenjang  `json:"jenjang"`
	NaikJenjang bool     `json:"naik_jenjang"`
	// Tahun is the year whose predikat completes the record conditions.
	Tahun   int              `json:"tahun"`
	Tanggal PerkiraanTanggal `json:"tanggal"`
	TMTText string           `json:"tmt_text"`
	// UKKJText names the earliest UKKJ a jenjang step can use.
	UKKJText string `json:"ukkj_text,omitempty"`
}

// RencanaResult answers "what must my predikat be to reach the goal?".
type RencanaResult struct {
	Status     string       `json:"status"`
	Tujuan     TujuanKarier `json:"tujuan"`
	TahunMulai int          `json:"tahun_mulai"`
	// Rencana is the predikat of each year from TahunMulai to Tujuan.Tahun − 1
	// (a later predikat cannot bring a TMT into Tujuan.Tahun); empty when the
	// goal is already held or cannot be reached.
	Rencana          []Predikat `json:"rencana"`
	TahunSangatBaik  []int      `json:"tahun_sangat_baik"`
	JumlahSangatBaik int        `json:"jumlah_sangat_baik"`
	// Langkah are the steps of the plan up to the goal, with their dates.
	Langkah []JadwalLangkah `json:"langkah"`
	// TMTTujuan is the estimated TMT of the goal, when it is reached.
	TMTTujuan     *time.Time `json:"tmt_tujuan,omitempty"`
	TMTTujuanText string     `json:"tmt_tujuan_text,omitempty"`
	// Terbaik is the highest golongan held by 31 December of Tujuan.Tahun with
	// Sangat Baik every year, when the goal cannot be reached; PalingCepat the
	// earliest year the goal can be held (0: not within TahunProyeksiMaks years).
	Terbaik        Golongan `json:"terbaik,omitempty"`
	TerbaikJenjang Jenjang  `json:"terbaik_jenjang,omitempty"`
	PalingCepat    int      `json:"paling_cepat,omitempty"`
	// Tugas lists the to-dos the path needs from the user (jenjang steps).
	Tugas []string `json:"tugas,omitempty"`
	// Karier is the projection along the plan (all Sangat Baik when the goal
	// cannot be reached), for the chart.
	Karier *KarierResult `json:"karier,omitempty"`
	Pesan  string        `json:"pesan"`
	Metode string        `json:"metode,omitempty"`
	Estimasi
}

// Proyektor projects a career from a plan: the predikat of each year from the
// first projected year. The planner reads only the steps (Langkah with their
// Tahun) of the result, so any projection — from a Scenario or from a record —
// can be plugged in.
type Proyektor func(plan []Predikat) *KarierResult

// peringkatGolongan is the position of g in the promotion order, −1 if unknown.
func peringkatGolongan(g Golongan) int {
	for i, r := range golonganTable {
		if r.Code == g {
			return i
		}
	}
	return -1
}

// peringkatJenjang is the position of a keahlian jenjang, −1 otherwise.
func peringkatJenjang(j Jenjang) int {
	i := 0
	for _, r := range jenjangTable {
		if r.Kategori != "keahlian" {
			continue
		}
		if r.Code == j {
			return i
		}
		i++
	}
	return -1
}

// memenuhi reports whether golongan g in jenjang j holds the goal.
func (t TujuanKarier) memenuhi(j Jenjang, g Golongan) bool {
	if t.Golongan != "" {
		return peringkatGolongan(g) >= peringkatGolongan(t.Golongan)
	}
	return peringkatJenjang(j) >= peringkatJenjang(t.Jenjang)
}

// Validate checks a goal against the start, field by field.
func (t TujuanKarier) Validate(a AwalRencana) error {
	var ps problems
	switch {
	case t.Golongan == "" && t.Jenjang == "":
		ps.add("tujuan.golongan", "pilih tujuan: golongan atau jenjang")
	case t.Golongan != "" && t.Jenjang != "":
		ps.add("tujuan.jenjang", "pilih salah satu tujuan saja: golongan atau jenjang")
	case t.Golongan != "" && (peringkatGolongan(t.Golongan) < 0 || JenjangOf(t.Golongan) == ""):
		ps.add("tujuan.golongan", "golongan tujuan %q tidak dikenal; pilih III/a sampai IV/e", t.Golongan)
	case t.Jenjang != "" && peringkatJenjang(t.Jenjang) < 0:
		ps.add("tujuan.jenjang", "jenjang tujuan %q tidak dikenal; pilih ahli_pertama, ahli_muda, ahli_madya atau ahli_utama", t.Jenjang)
	}
	if !a.Jenjang.Keahlian() {
		ps.add("jenjang", "perencana karier hanya untuk jenjang keahlian (guru)")
	} else if !a.Jenjang.HasGolongan(string(a.Golongan)) {
		ps.add("golongan", "golongan %s tidak berada dalam jenjang %s", a.Golongan, a.Jenjang.Label())
	}
	if a.TahunMulai < minTahunMulai || a.TahunMulai > maxTahunMulai {
		ps.add("tahun_mulai", "tahun mulai harus antara %d dan %d", minTahunMulai, maxTahunMulai)
	} else if t.Tahun < a.TahunMulai || t.Tahun > a.TahunMulai+TahunProyeksiMaks {
		ps.add("tujuan.tahun", "tahun tujuan harus antara %d dan %d", a.TahunMulai, a.TahunMulai+TahunProyeksiMaks)
	}
	if a.AK.Sign() < 0 || a.AK.Cmp(AKInt(maxAKKarier)) > 0 {
		ps.add("ak", "AK awal dalam jenjang harus 0 sampai %d", maxAKKarier)
	}
	if a.TahunDalamPangkat < 0 || a.TahunDalamPangkat > maxTahunDalamPangkat {
		ps.add("tahun_dalam_pangkat", "masa dalam pangkat harus 0 sampai %d tahun", maxTahunDalamPangkat)
	}
	for i, p := range a.Riwayat {
		if p != "" && !p.Valid() { // "": a recorded year without an established predikat
			ps.add(fmt.Sprintf("riwayat[%d]", i), "predikat %q tidak dikenal", p)
		}
	}
	if a.TMT != "" {
		if _, _, ok := parseTMT(a.TMT); !ok {
			ps.add("tmt", "TMT harus berbentuk YYYY-MM")
		}
	}
	return ps.err()
}

// RencanakanKarier works backwards from a goal: the least demanding predikat
// path that holds the goal by Tujuan.Tahun, or why it cannot be reached and
// what the best reachable is. A plan uses only Baik and Sangat Baik: anything
// below Baik fails "Baik in the last 2 years" and earns less AK.
//
// Least demanding = the fewest Sangat Baik years; among plans with as many,
// the one whose Sangat Baik years come earliest (the issue's "fewest Sangat
// Baik years, earliest first"). We keep that order rather than "as late as
// possible": AK earned early carries over within the jenjang, so rank steps —
// and the gaji pokok and TPG that follow them — come sooner, and a teacher who
// misses a Sangat Baik later still has the remaining years to make it up.
//
// The search runs on a model of the §7.3 rules (the same tables and helpers
// the projection uses) as a dynamic programme over the end-of-year states
// (golongan, AK within the jenjang, years in rank up to 2), which is exact and
// needs no floats: AK stay domain.AK. The plan found is then projected with
// proyeksi, which has the last word: if it disagrees (a projection with rules
// the model does not know), a fallback starts from Sangat Baik every year and
// turns years back to Baik, latest first, while proyeksi still reaches the
// goal (Metode "pendekatan": minimal, not necessarily the fewest).
//
// A step's TMT is the projection's estimate (LangkahKarier.Tanggal, chained
// from the previous step's TMT), else PerkiraanTMT with jadwal
// (UKKJJadwalBaku when it has no session); the model uses PerkiraanTMT, so a
// custom schedule should be given to the projection as well. To-dos of
// jenjang steps (UKKJ, vacancy, integrity pact) are listed in Tugas: the plan
// needs the user to do them on time.
func RencanakanKarier(a AwalRencana, t TujuanKarier, jadwal UKKJJadwal, proyeksi Proyektor) (RencanaResult, error) {
	if err := t.Validate(a); err != nil {
		return RencanaResult{}, err
	}
	if len(jadwal.Sesi) == 0 {
		jadwal = UKKJJadwalBaku()
	}
	if err := jadwal.Validate(); err != nil {
		return RencanaResult{}, &ValidationError{Problems: []Problem{{Path: "jadwal_ukkj", Message: err.Error()}}}
	}
	res := RencanaResult{Tujuan: t, TahunMulai: a.TahunMulai, Rencana: []Predikat{}, TahunSangatBaik: []int{}, Langkah: []JadwalLangkah{},
		Estimasi: Estimasi{Estimasi: true, Basis: "P (syarat §7.3) / D (tanggal, §11 Q33–Q34)",
			Catatan: "Perkiraan: syarat kenaikan pangkat dan jenjang menurut §7.3 dan §13.11; tanggal TMT dan UKKJ menurut jadwal yang diasumsikan.",
			Sources: []string{"P1", "BKN3", "DJKN", "P1-SUM", "UKKJ-A", "BKN4-JENEPONTO", "ASUMSI"}}}
	if t.memenuhi(a.Jenjang, a.Golongan) {
		res.Status = RencanaSudah
		res.Pesan = fmt.Sprintf("Tujuan %s sudah tercapai: sekarang %s golongan %s.", t.Label(), a.Jenjang.Label(), a.Golongan)
		return res, nil
	}
	n := t.Tahun - a.TahunMulai
	m := newModelRencana(a, t, jadwal, n)
	mask, metode, found := m.cari()
	if found {
		plan := m.rencana(mask)
		kr := proyeksi(plan)
		if _, _, ok := capaiTujuan(kr, t, jadwal); !ok {
			found = false
		} else {
			res.Metode = metode
			isiRencana(&res, plan, kr, t, jadwal)
			return res, nil
		}
	}
	// The model found nothing, or the projection disagreed: ask the projection.
	semua := make([]Predikat, n)
	for i := range semua {
		semua[i] = SangatBaik
		if bulanDalamTahun(a.TMT, a.TahunMulai+i) == 0 {
			semua[i] = Baik
		}
	}
	if n > 0 {
		kr := proyeksi(semua)
		if _, _, ok := capaiTujuan(kr, t, jadwal); ok {
			plan := append([]Predikat(nil), semua...)
			for i := n - 1; i >= 0; i-- {
				if plan[i] != SangatBaik {
					continue
				}
				plan[i] = Baik
				if k2 := proyeksi(plan); k2 != nil {
					if _, _, ok := capaiTujuan(k2, t, jadwal); ok {
						kr = k2
						continue
					}
				}
				plan[i] = SangatBaik
			}
			res.Metode = MetodePendekatan
			isiRencana(&res, plan, kr, t, jadwal)
			return res, nil
		}
	}
	res.Status = RencanaTidakDapat
	// Best reachable: Sangat Baik every year, as far as the projection goes.
	panjang := TahunProyeksiMaks
	jauh := make([]Predikat, panjang)
	for i := range jauh {
		jauh[i] = SangatBaik
		if bulanDalamTahun(a.TMT, a.TahunMulai+i) == 0 {
			jauh[i] = Baik
		}
	}
	kr := proyeksi(jauh)
	res.Karier = kr
	res.Terbaik, res.TerbaikJenjang = a.Golongan, a.Jenjang
	batas := time.Date(t.Tahun, time.December, 31, 0, 0, 0, 0, time.UTC)
	if kr != nil {
		for _, l := range kr.Langkah {
			if l.Tahun == 0 {
				continue
			}
			d := tanggalLangkah(l, jadwal)
			if !d.TMT.After(batas) {
				res.Terbaik, res.TerbaikJenjang = l.Golongan, l.Jenjang
			}
		}
		if _, tmt, ok := capaiTujuan(kr, TujuanKarier{Golongan: t.Golongan, Jenjang: t.Jenjang, Tahun: a.TahunMulai + panjang + 1}, jadwal); ok {
			res.PalingCepat = tmt.Year()
		}
	}
	res.Pesan = fmt.Sprintf("Tujuan %s tidak dapat dicapai, bahkan dengan predikat Sangat Baik setiap tahun; paling tinggi %s (%s) pada %d.",
		t.Label(), res.Terbaik, res.TerbaikJenjang.Label(), t.Tahun)
	if res.PalingCepat > 0 {
		res.Pesan += fmt.Sprintf(" Tujuan paling cepat tercapai pada %d.", res.PalingCepat)
	}
	return res, nil
}

// isiRencana fills a reachable result from its plan and projection.
func isiRencana(res *RencanaResult, plan []Predikat, kr *KarierResult, t TujuanKarier, jadwal UKKJJadwal) {
	res.Status = RencanaDapat
	res.Rencana = plan
	for i, p := range plan {
		if p == SangatBaik {
			res.TahunSangatBaik = append(res.TahunSangatBaik, res.TahunMulai+i)
		}
	}
	res.JumlahSangatBaik = len(res.TahunSangatBaik)
	res.Karier = kr
	idx, tmt, _ := capaiTujuan(kr, t, jadwal)
	res.TMTTujuan, res.TMTTujuanText = &tmt, FormatTanggal(tmt)
	taken := 0
	for _, l := range kr.Langkah {
		if l.Tahun == 0 || taken > idx {
			continue
		}
		taken++
		d := tanggalLangkah(l, jadwal)
		jl := JadwalLangkah{Dari: l.Dari, Ke: l.Golongan, Jenjang: l.Jenjang, NaikJenjang: l.NaikJenjang, Tahun: l.Tahun, Tanggal: d, TMTText: FormatTanggal(d.TMT)}
		if d.UKKJ != nil {
			jl.UKKJText = fmt.Sprintf("UKKJ paling awal: daftar sampai %s, ujian %s", FormatTanggal(d.UKKJ.Batas), FormatTanggal(d.UKKJ.Ujian))
			for _, k := range TugasLangkah() {
				if !contains(res.Tugas, k) {
					res.Tugas = append(res.Tugas, k)
				}
			}
		}
		res.Langkah = append(res.Langkah, jl)
	}
	switch {
	case res.JumlahSangatBaik == 0:
		res.Pesan = fmt.Sprintf("Tujuan %s dapat dicapai dengan predikat Baik setiap tahun; TMT paling cepat %s.", t.Label(), res.TMTTujuanText)
	default:
		ys := make([]string, len(res.TahunSangatBaik))
		for i, y := range res.TahunSangatBaik {
			ys[i] = strconv.Itoa(y)
		}
		res.Pesan = fmt.Sprintf("Tujuan %s memerlukan predikat Sangat Baik pada %d tahun (%s) dan minimal Baik pada tahun lainnya; TMT paling cepat %s.",
			t.Label(), res.JumlahSangatBaik, strings.Join(ys, ", "), res.TMTTujuanText)
	}
	if len(res.Tugas) > 0 {
		res.Pesan += " Kenaikan jenjang juga memerlukan tindakan Anda: lulus UKKJ, formasi, dan pakta integritas."
	}
}

// tanggalLangkah is the step's dates as the projection estimated them (chained
// from the previous step's TMT), or PerkiraanTMT when it gave none.
func tanggalLangkah(l LangkahKarier, jadwal UKKJJadwal) PerkiraanTanggal {
	if l.Tanggal != nil {
		return *l.Tanggal
	}
	return PerkiraanTMT(l.Tahun, l.NaikJenjang, jadwal)
}

// capaiTujuan finds the first projected step after which the goal is held, and
// whether its estimated TMT falls by the end of t.Tahun. idx counts the taken
// steps before it.
func capaiTujuan(kr *KarierResult, t TujuanKarier, jadwal UKKJJadwal) (idx int, tmt time.Time, ok bool) {
	if kr == nil {
		return 0, time.Time{}, false
	}
	for _, l := range kr.Langkah {
		if l.Tahun == 0 {
			continue
		}
		if t.memenuhi(l.Jenjang, l.Golongan) {
			d := tanggalLangkah(l, jadwal)
			return idx, d.TMT, d.TMT.Year() <= t.Tahun
		}
		idx++
	}
	return 0, time.Time{}, false
}

// modelRencana is the §7.3 model the search runs on.
type modelRencana struct {
	a      AwalRencana
	t      TujuanKarier
	jadwal UKKJJadwal
	n      int
	bulan  []int
	// tmtTahun caches the TMT year of a step whose conditions are met in a
	// given plan year, by kind (rank step, jenjang step).
	tmtTahun [][2]int
}

func newModelRencana(a AwalRencana, t TujuanKarier, jadwal UKKJJadwal, n int) *modelRencana {
	m := &modelRencana{a: a, t: t, jadwal: jadwal, n: n}
	for i := 0; i < n; i++ {
		y := a.TahunMulai + i
		m.bulan = append(m.bulan, bulanDalamTahun(a.TMT, y))
		m.tmtTahun = append(m.tmtTahun, [2]int{PerkiraanTMT(y, false, jadwal).TMT.Year(), PerkiraanTMT(y, true, jadwal).TMT.Year()})
	}
	return m
}

// keadaan is an end-of-year state of the model.
type keadaan struct {
	j    Jenjang
	g    Golongan
	c    AK
	masa int // capped at minTahunDalamPangkat: only "at least 2" matters
}

// jejak is the best plan prefix found for a state: its number of Sangat Baik
// years and which (bit i = year TahunMulai + i).
type jejak struct {
	n    int
	mask uint64
}

// lebihBaik orders plans: fewer Sangat Baik years, then the earliest.
func (x jejak) lebihBaik(y jejak) bool {
	if x.n != y.n {
		return x.n < y.n
	}
	d := x.mask ^ y.mask
	return d != 0 && x.mask&(d&-d) != 0
}

// cari runs the dynamic programme and returns the best plan's mask.
func (m *modelRencana) cari() (mask uint64, metode string, found bool) {
	masa := m.a.TahunDalamPangkat
	if masa > minTahunDalamPangkat {
		masa = minTahunDalamPangkat
	}
	cur := map[keadaan]jejak{{m.a.Jenjang, m.a.Golongan, m.a.AK, masa}: {}}
	// The predikat before the plan: a known one below Baik fails the 2-year
	// condition in the first planned year.
	lalu := len(m.a.Riwayat) == 0 || m.a.Riwayat[len(m.a.Riwayat)-1].AtLeastBaik()
	var best jejak
	// Two maps reused year after year: allocating one per year was a third of
	// the planner's time.
	next := make(map[keadaan]jejak, 64)
	for i := 0; i < m.n; i++ {
		clear(next)
		pilihan := [...]Predikat{Baik, SangatBaik}
		for st, jj := range cur {
			for _, p := range pilihan {
				if p == SangatBaik && m.bulan[i] == 0 {
					continue // no months, no predikat to earn
				}
				nj := jj
				if p == SangatBaik {
					nj = jejak{jj.n + 1, jj.mask | 1<<uint(i)}
				}
				if found && !nj.lebihBaik(best) {
					continue
				}
				s2 := st
				s2.c = s2.c.Add(KonversiAK(p, s2.j, m.bulan[i]))
				if m.bulan[i] == 12 && s2.masa < minTahunDalamPangkat {
					s2.masa++
				}
				if next2, nj2, naik, ok := langkahBerikutnya(s2.j, s2.g); ok {
					ok2 := i > 0 || lalu
					if s2.c.Cmp(ambangLangkah(s2.j, next2, naik)) >= 0 && s2.masa >= minTahunDalamPangkat && ok2 {
						if naik {
							s2.c = AK{}
						}
						s2.g, s2.j, s2.masa = next2, nj2, 0
						if m.t.memenuhi(s2.j, s2.g) {
							k := 0
							if naik {
								k = 1
							}
							if m.tmtTahun[i][k] <= m.t.Tahun && (!found || nj.lebihBaik(best)) {
								best, found = nj, true
							}
							continue
						}
					}
				}
				if old, ok := next[s2]; !ok || nj.lebihBaik(old) {
					next[s2] = nj
				}
			}
		}
		cur, next = next, cur
	}
	return best.mask, MetodeTepat, found
}

// rencana turns a mask into the plan of n years.
func (m *modelRencana) rencana(mask uint64) []Predikat {
	plan := make([]Predikat, m.n)
	for i := range plan {
		plan[i] = Baik
		if mask&(1<<uint(i)) != 0 {
			plan[i] = SangatBaik
		}
	}
	return plan
}
