package domain

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// RecordResult is everything computed from a Record: one Result per recorded
// year (Tahun[k] has the per-year keys of a schema-1 Result), the AK ledger
// per jenjang across those years, and the career projection. Derived, never stored.
type RecordResult struct {
	// Kini is what the date passed in means (current year, rule year, SKP deadline).
	Kini  *Kini    `json:"kini,omitempty"`
	Tahun []Result `json:"tahun"`
	// Ledger sums the recorded years' AK per jenjang, exactly.
	Ledger []LedgerJenjang `json:"ledger"`
	Karier *KarierResult   `json:"karier,omitempty"`
	// Rencana answers the plan's goal backwards (rencana.tujuan); Dampak says
	// what the projection means in gaji pokok, TPG and KS candidacy (§14).
	Rencana *RencanaResult `json:"rencana,omitempty"`
	// RencanaMasalah says, in Indonesian, why a goal got no answer.
	RencanaMasalah string        `json:"rencana_masalah,omitempty"`
	Dampak         *DampakKarier `json:"dampak,omitempty"`
	// Akumulasi is kept for schema-1 documents (RULES.md §10 ex. 5).
	Akumulasi    *AkumulasiResult    `json:"akumulasi,omitempty"`
	Perbandingan *PerbandinganResult `json:"perbandingan,omitempty"`
	Distribusi   *DistribusiResult   `json:"distribusi,omitempty"`
	Asumsi       []Step              `json:"asumsi,omitempty"`
	Trace        []Step              `json:"trace"`
}

// LedgerJenjang is the AK held within one jenjang: what was held before the
// first recorded year in it (AK awal or integrasi, 0 after a jenjang
// promotion, §11 Q18) plus each recorded year.
type LedgerJenjang struct {
	Jenjang  Jenjang      `json:"jenjang"`
	Awal     AK           `json:"awal"`
	AwalText string       `json:"awal_text"`
	Sumber   string       `json:"sumber"` // ak_awal, integrasi, or "" (starts at 0)
	Tahun    []LedgerYear `json:"tahun"`
	Total    AK           `json:"total"`
	// TotalText is the display form of Total.
	TotalText string `json:"total_text"`
}

// LedgerYear is one recorded year in the ledger.
type LedgerYear struct {
	Tahun       int      `json:"tahun"`
	Rules       RuleYear `json:"rules"`
	AK          AK       `json:"ak"`
	AngkaKredit string   `json:"angka_kredit"`
	// Tertahan is the AK still withheld by the documents gate (not in Total).
	Tertahan AK `json:"tertahan"`
	// Kumulatif is the jenjang's AK at the end of the year.
	Kumulatif     AK     `json:"kumulatif"`
	KumulatifText string `json:"kumulatif_text"`
}

// SimulateRecord computes everything shown for a record that passed
// ValidateRecord. today decides the SKP deadlines of the recorded years
// (lockout, 2026+) and fills Kini; a zero today decides nothing.
func SimulateRecord(r Record, today time.Time) RecordResult {
	return simulateRecord(resmi, r, today)
}

func simulateRecord(a aturan, r Record, today time.Time) RecordResult {
	out := RecordResult{Tahun: make([]Result, 0, len(r.Tahun)), Ledger: []LedgerJenjang{}}
	if !today.IsZero() {
		k := a.sekarang(today)
		out.Kini = &k
	}
	t := &tracer{steps: make([]Step, 0, langkahTrace(r))}
	prof := r.Profil
	for _, d := range r.Tahun {
		in, ok := a.tahunInput(r, d, &prof, today)
		if !ok {
			continue
		}
		res := simulateTahun(t, in)
		out.Tahun = append(out.Tahun, res)
	}
	t.tahun = 0
	out.Ledger = ledger(t, r.Profil, out.Tahun)
	if r.Rencana != nil && len(out.Tahun) > 0 {
		k, steps := a.karierRecord(r, out, t.steps)
		out.Karier, t.steps = k, steps
		if m := r.Profil.MKG; m != nil && r.Profil.Status != PPPK && len(k.Tahunan) > 0 {
			if d, err := DampakDariProyeksi(k, DampakInput{MKGTahun: m.Tahun, MKGBulan: m.Bulan, Tugas: r.Rencana.Tugas}); err == nil {
				out.Dampak = &d
			}
		}
		if tj := r.Rencana.Tujuan; tj != nil && r.Profil.Status != PPPK {
			rp, err := RencanaRecord(r, out, *tj, UKKJJadwalBaku())
			switch ve := (*ValidationError)(nil); {
			case err == nil:
				out.Rencana = &rp
			case errors.As(err, &ve) && len(ve.Problems) > 0:
				out.RencanaMasalah = ve.Problems[0].Message
			default:
				out.RencanaMasalah = err.Error()
			}
		}
		if len(out.Tahun) == 1 && r.Rencana.TahunMulai != 0 && r.Rencana.TahunMulai <= out.Tahun[0].Tahun {
			s := scenarioTahun(r, 0)
			if acc, ok := Akumulasi(s, k, out.Tahun[0].AKTotal); ok {
				out.Akumulasi = &acc
				t.add("akumulasi_ak", "", acc.pesan(), []string{"BKN-SLIDES-A", "P1-SUM"}, false)
			}
		}
	}
	if len(r.Dupak) > 0 && len(out.Tahun) > 0 {
		if b, err := Bandingkan(r.Dupak, out.Tahun[len(out.Tahun)-1].AKTotal); err == nil {
			out.Perbandingan = b
			t.add("perbandingan_dupak", "", fmt.Sprintf("Cara lama (DUPAK): %s; cara baru (konversi predikat): %s.", b.Dupak, b.KonversiText), []string{"SEED1"}, false)
		}
	}
	if r.Sekolah != nil {
		d := CekDistribusi(*r.Sekolah)
		out.Distribusi = &d
	}
	out.Trace = t.steps
	out.Asumsi = asumsiDari(t.steps)
	// A year's own steps are those with its Tahun; screens filter Trace.
	return out
}

// langkahTrace estimates the number of trace steps of a record: growing the
// slice step by step was a fifth of the time, and a far larger guess cost as
// much again in garbage collection. A year takes about 7 steps plus 5 a
// period, the projection about 6 plus one for every two years it runs (a
// step every two years at most, with its two messages), and a few more
// close the record. The golden cases stay within it.
func langkahTrace(r Record) int {
	n := 4
	for _, d := range r.Tahun {
		n += 7 + 5*len(d.Periods)
	}
	if rc := r.Rencana; rc != nil {
		tahun := len(rc.Proyeksi)
		if rc.Ulangi {
			ulang := rc.TahunProyeksi
			if ulang <= 0 {
				ulang = TahunProyeksiDefault
			}
			tahun = max(tahun, ulang)
		}
		// A projection runs at most TahunProyeksiMaks years, whatever an
		// invalid plan asks for.
		n += 6 + min(tahun, TahunProyeksiMaks)/2
	}
	return n
}

// asumsiDari copies the steps marked as assumptions into a slice of their
// size (nil when there is none).
func asumsiDari(steps []Step) []Step {
	n := 0
	for _, st := range steps {
		if st.Asumsi {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Step, 0, n)
	for _, st := range steps {
		if st.Asumsi {
			out = append(out, st)
		}
	}
	return out
}

// tahunInput resolves a recorded year: its rule set, and the profile with
// the year's jenjang/golongan and any role mapping applied. prof carries
// jenjang and golongan changes to later years.
func (a aturan) tahunInput(r Record, d TahunData, prof *Profil, today time.Time) (tahunInput, bool) {
	y, catatan, ok := a.forYear(d.Tahun)
	if d.Rules != "" {
		y = d.Rules
		catatan = ""
		if tahunAturan(y) != d.Tahun {
			catatan = fmt.Sprintf("tahun %d mengikuti aturan %s yang tersimpan", d.Tahun, y)
		}
	}
	rs := a.set(y)
	if !ok && d.Rules == "" || rs == nil {
		return tahunInput{}, false
	}
	if d.Jenjang != "" {
		prof.Jenjang = d.Jenjang
	}
	if d.Golongan != "" {
		prof.Golongan = d.Golongan
	}
	p := *prof
	for _, m := range rs.PemetaanPeran {
		if p.Role == m.Dari && d.Tahun >= m.MulaiTahun {
			p.Role, p.Penugasan = m.Ke, m.Penugasan
		}
	}
	return tahunInput{tahun: d.Tahun, rs: rs, catatan: catatan, p: p, d: d, today: today}, true
}

// ledger sums the recorded years' AK per jenjang (RULES.md §7.3): the AK
// held before the first year (AK awal, or integrasi of the conventional AK,
// §7.4) opens the profile's jenjang; a later jenjang starts at 0 (§11 Q18).
func ledger(t *tracer, p Profil, years []Result) []LedgerJenjang {
	var out []LedgerJenjang
	for _, y := range years {
		if len(out) == 0 || out[len(out)-1].Jenjang != y.Jenjang {
			lj := LedgerJenjang{Jenjang: y.Jenjang, Tahun: make([]LedgerYear, 0, len(years))}
			if len(out) == 0 {
				lj.Awal, lj.Sumber = akAwalProfil(p, y.Jenjang)
			}
			lj.AwalText, lj.Total = lj.Awal.Display(), lj.Awal
			out = append(out, lj)
		}
		lj := &out[len(out)-1]
		lj.Total = lj.Total.Add(y.AKTotal)
		lj.Tahun = append(lj.Tahun, LedgerYear{Tahun: y.Tahun, Rules: y.Rules, AK: y.AKTotal, AngkaKredit: y.AngkaKreditTotal,
			Tertahan: y.AKTertahan, Kumulatif: lj.Total, KumulatifText: lj.Total.Display()})
	}
	for i := range out {
		lj := &out[i]
		// Every jenjang in the ledger has a year: the total is the last one's running sum.
		lj.TotalText = lj.Tahun[len(lj.Tahun)-1].KumulatifText
		if len(years) > 1 || lj.Sumber != "" {
			t.add("ledger_ak", "", pesanLedger(lj), srcLedger, false)
		}
	}
	if out == nil {
		out = []LedgerJenjang{}
	}
	return out
}

// pesanLedger is the ledger step of one jenjang: "AK dalam jenjang Ahli
// Pertama: awal 20 + 2024: 12,5 + … = 57,5 (…)." A year's AngkaKredit is the
// display form of its AK.
func pesanLedger(lj *LedgerJenjang) string {
	b := make([]byte, 0, 128)
	b = append(b, "AK dalam jenjang "...)
	b = append(b, lj.Jenjang.Label()...)
	b = append(b, ": awal "...)
	b = append(b, lj.AwalText...)
	for _, y := range lj.Tahun {
		b = append(b, " + "...)
		b = strconv.AppendInt(b, int64(y.Tahun), 10)
		b = append(b, ": "...)
		b = append(b, y.AngkaKredit...)
	}
	b = append(b, " = "...)
	b = append(b, lj.TotalText...)
	b = append(b, " (nilai eksak dijumlahkan)."...)
	return string(b)
}

// akAwalProfil is the AK within jenjang j held before the first recorded
// year: integrasi of the conventional AK, else AK awal, else 0.
func akAwalProfil(p Profil, j Jenjang) (AK, string) {
	if strings.TrimSpace(p.AKKonvensional) != "" {
		if konv, err := ParseAK(p.AKKonvensional); err == nil {
			g := p.Golongan
			if g == "" {
				if info, ok := j.Info(); ok && len(info.Golongan) > 0 {
					g = Golongan(info.Golongan[0])
				}
			}
			if c, _, err := Integrasi(j, g, konv); err == nil {
				return c, AkumulasiIntegrasi
			}
		}
		return AK{}, ""
	}
	if v, err := ParseAK(p.AKAwal); strings.TrimSpace(p.AKAwal) != "" && err == nil && v.Sign() >= 0 {
		return v, AkumulasiAKAwal
	}
	return AK{}, ""
}

// karierRecord runs the career projection of a record. A schema-1 document
// migrated with its projection starting in (or before) its rule year keeps
// that projection exactly; otherwise the projection starts after the last
// recorded year from the ledger, reading the recorded predikat. Its steps are
// appended to trace (the record's steps so far, or nil) and returned.
func (a aturan) karierRecord(r Record, rr RecordResult, trace []Step) (*KarierResult, []Step) {
	p, rc := r.Profil, r.Rencana
	last := rr.Tahun[len(rr.Tahun)-1]
	if p.Status == PPPK {
		return &KarierResult{Tahunan: []KarierTahun{}, Langkah: []LangkahKarier{}}, append(trace, Step{Rule: "karier_pppk", Pesan: "PPPK: tanpa angka kredit, sehingga tidak ada proyeksi kenaikan pangkat berdasarkan AK.", Sources: []string{"SEED1", "K271-PGRI"}})
	}
	if rc.TahunMulai != 0 && rc.TahunMulai <= last.Tahun {
		return proyeksi(proyeksiInput{j: p.Jenjang, g: p.Golongan, tmt: p.TMT, akKonv: p.AKKonvensional, akAwal: p.AKAwal,
			masa: p.TahunDalamPangkat, tahunMulai: rc.TahunMulai, rencana: rc, tugas: rc.Tugas, trace: trace})
	}
	in := proyeksiInput{j: last.Jenjang, tmt: p.TMT, tahunMulai: last.Tahun + 1, rencana: rc, tugas: rc.Tugas, riwayat: make([]KarierTahun, 0, len(rr.Tahun)), trace: trace}
	lj := rr.Ledger[len(rr.Ledger)-1]
	in.akTercatat = lj.Total
	// Golongan and whole years in rank as the record leaves them: a golongan
	// given for a year starts the count again in that year.
	g, masa := p.Golongan, p.TahunDalamPangkat
	for k, y := range rr.Tahun {
		if d := r.Tahun[k]; d.Golongan != "" && d.Golongan != g {
			g, masa = d.Golongan, 0
		}
		bulan := bulanDalamTahun(p.TMT, y.Tahun)
		if bulan == 12 {
			masa++
		}
		row := KarierTahun{Tahun: y.Tahun, Bulan: bulan, Predikat: y.PredikatTahun, AK: y.AKTotal, AngkaKredit: y.AngkaKreditTotal, Tercatat: true,
			Golongan: g, Jenjang: y.Jenjang, TahunDalamPangkat: masa}
		for _, ly := range lj.Tahun {
			if ly.Tahun == y.Tahun {
				row.Kumulatif, row.KumulatifText = ly.Kumulatif, ly.KumulatifText
			}
		}
		in.riwayat = append(in.riwayat, row)
	}
	in.g, in.masa = g, masa
	return proyeksi(in)
}

// scenarioTahun is the schema-1 view of recorded year k (for functions that
// still take a Scenario).
func scenarioTahun(r Record, k int) Scenario {
	d := r.Tahun[k]
	s := Scenario{Schema: SchemaVersion, Rules: d.Rules, Role: r.Profil.Role, Jenjang: r.Profil.Jenjang, Golongan: r.Profil.Golongan,
		TMT: r.Profil.TMT, TugasTambahan: r.Profil.TugasTambahan, PredikatTahunan: d.PredikatTahunan, Periods: d.Periods,
		Dupak: r.Dupak, Sekolah: r.Sekolah, Identitas: r.Identitas}
	if s.Rules == "" {
		s.Rules, _, _ = RuleYearFor(d.Tahun)
	}
	if d.Jenjang != "" {
		s.Jenjang = d.Jenjang
	}
	if d.Golongan != "" {
		s.Golongan = d.Golongan
	}
	if rc := r.Rencana; rc != nil {
		s.Karier = &Karier{AKKonvensional: r.Profil.AKKonvensional, AKAwal: r.Profil.AKAwal, TahunDalamPangkat: r.Profil.TahunDalamPangkat,
			TahunMulai: rc.TahunMulai, Proyeksi: rc.Proyeksi, Ulangi: rc.Ulangi, TahunProyeksi: rc.TahunProyeksi}
	}
	return s
}
