package domain

import (
	"fmt"
	"slices"
	"time"
)

// DampakInput is what the consequences of a projection read besides it.
type DampakInput struct {
	// MKGTahun and MKGBulan are the masa kerja golongan on 1 January of the
	// projection's first year (MKG carries over on every step, §14.2 Q38).
	MKGTahun int `json:"mkg_tahun"`
	MKGBulan int `json:"mkg_bulan"`
	// Tugas are the user's ticks (sertifikat_pendidik, the KS to-dos).
	Tugas map[string]bool `json:"tugas,omitempty"`
	// Jadwal is the UKKJ schedule (default UKKJJadwalBaku).
	Jadwal UKKJJadwal `json:"jadwal"`
}

// PeristiwaGaji is a change of gaji pokok on a date: a projected rank or
// jenjang step (at its estimated TMT) or a KGB.
type PeristiwaGaji struct {
	Tanggal     time.Time `json:"tanggal"`
	TanggalText string    `json:"tanggal_text"`
	PerubahanGaji
}

// DampakTahun is what one projected year means from 1 January of the next:
// the rank held, the TPG, and the KS door.
type DampakTahun struct {
	// Tahun is the projected year whose predikat decides; the figures hold on
	// 1 January of Tahun + 1.
	Tahun    int       `json:"tahun"`
	Tanggal  time.Time `json:"tanggal"`
	Golongan Golongan  `json:"golongan"`
	MKG      int       `json:"mkg"`
	// TPG is absent when the date or golongan lies outside the salary table.
	TPG *TPGResult `json:"tpg,omitempty"`
	KS  KSResult   `json:"ks"`
}

// DampakKarier is what the projection means for the teacher (RULES.md §14):
// gaji pokok before and after each step and KGB, TPG by date, and KS
// candidacy. Every figure is an estimate with its sources.
type DampakKarier struct {
	Peristiwa []PeristiwaGaji `json:"peristiwa"`
	Tahunan   []DampakTahun   `json:"tahunan"`
	// KSAyat1 and KSAyat2 are the first years from which the record conditions
	// of Pasal 7 ayat (1), and of the ayat (2) fallback, hold (0: not in the projection).
	KSAyat1 int       `json:"ks_ayat_1,omitempty"`
	KSAyat2 int       `json:"ks_ayat_2,omitempty"`
	Tabel   TabelGaji `json:"tabel"`
	Estimasi
}

// DampakDariProyeksi derives the consequences of a projection (recorded and
// projected years alike): each step takes effect on its estimated TMT (the
// projection's, else PerkiraanTMT), a KGB every time the MKG reaches an even number of years (up
// to 32), and for each year the TPG and the KS candidacy on 1 January of the
// next year, read with that year's predikat. The golongan held follows the
// projection's steps from the golongan before the first one. Dates before
// 2024 have no salary table (PP 5/2024 applies from 1 January 2024) and give
// no figure; dates after 2026 use it too, and the result says so.
func DampakDariProyeksi(kr *KarierResult, in DampakInput) (DampakKarier, error) {
	out := DampakKarier{Peristiwa: []PeristiwaGaji{}, Tahunan: []DampakTahun{}, Tabel: TabelGajiPokok(),
		Estimasi: Estimasi{Estimasi: true, Basis: "S-B/S-C/D (§14)", Catatan: tabelGajiPP5.Catatan,
			Sources: []string{"GAPOK-BISNIS", "CODE-GAPOK", "KGB-GORONTALO", "PP41-TRIBUN", "PD7", "ASUMSI"}}}
	if in.MKGTahun < 0 || in.MKGTahun > mkgInput || in.MKGBulan < 0 || in.MKGBulan > 11 {
		return out, &ValidationError{Problems: []Problem{{Path: "mkg", Message: fmt.Sprintf("MKG harus 0 sampai %d tahun dan 0 sampai 11 bulan", mkgInput)}}}
	}
	if kr == nil || len(kr.Tahunan) == 0 {
		return out, nil
	}
	if kr.Tahunan[len(kr.Tahunan)-1].Tahun+1 > tabelGajiPP5.Dikenal.Year() {
		out.Catatan += fmt.Sprintf(" Tabel gaji setelah %d belum diketahui: angka sesudahnya memakai PP 5/2024 (asumsi).", tabelGajiPP5.Dikenal.Year())
	}
	if len(in.Jadwal.Sesi) == 0 {
		in.Jadwal = UKKJJadwalBaku()
	}
	if err := in.Jadwal.Validate(); err != nil {
		return out, &ValidationError{Problems: []Problem{{Path: "jadwal_ukkj", Message: err.Error()}}}
	}
	mulai := time.Date(kr.Tahunan[0].Tahun, time.January, 1, 0, 0, 0, 0, time.UTC)
	m0 := in.MKGTahun*12 + in.MKGBulan
	mkgPada := func(d time.Time) int {
		bulan := (d.Year()-mulai.Year())*12 + int(d.Month()) - 1
		return (m0 + bulan) / 12
	}
	type langkahTMT struct {
		tmt  time.Time
		l    LangkahKarier
		naik bool
	}
	var steps []langkahTMT
	g0 := kr.Tahunan[len(kr.Tahunan)-1].Golongan
	for _, l := range kr.Langkah {
		if l.Tahun == 0 {
			continue
		}
		if len(steps) == 0 {
			g0 = l.Dari
		}
		steps = append(steps, langkahTMT{tanggalLangkah(l, in.Jadwal).TMT, l, l.NaikJenjang})
	}
	golonganPada := func(d time.Time) Golongan {
		g := g0
		for _, s := range steps {
			if !s.tmt.After(d) {
				g = s.l.Golongan
			}
		}
		return g
	}
	akhir := time.Date(kr.Tahunan[len(kr.Tahunan)-1].Tahun+1, time.December, 31, 0, 0, 0, 0, time.UTC)
	for _, s := range steps {
		if s.tmt.After(akhir) || s.tmt.Before(tabelGajiPP5.Mulai) {
			continue // no table before PP 5/2024
		}
		p, err := NaikPangkatGaji(s.l.Dari, s.l.Golongan, mkgPada(s.tmt))
		if err != nil {
			continue // outside III/IV: no salary figure
		}
		if s.naik {
			p.Jenis = PerubahanKJ
			p.Label = fmt.Sprintf("Kenaikan jenjang ke %s dan pangkat %s → %s", s.l.Jenjang.Label(), s.l.Dari, s.l.Golongan)
			p.isiTeks()
		}
		out.Peristiwa = append(out.Peristiwa, PeristiwaGaji{s.tmt, FormatTanggal(s.tmt), p})
	}
	// KGB: the month the MKG reaches each even number of years up to 32.
	for y := 2; y <= mkgMaks; y += 2 {
		k := y*12 - m0
		if k <= 0 {
			continue
		}
		d := mulai.AddDate(0, k, 0)
		if d.After(akhir) {
			break
		}
		if d.Before(tabelGajiPP5.Mulai) {
			continue
		}
		if p, err := KGBGaji(golonganPada(d.AddDate(0, 0, -1)), y); err == nil {
			out.Peristiwa = append(out.Peristiwa, PeristiwaGaji{d, FormatTanggal(d), p})
		}
	}
	// By date; on the same day the KGB first (it keeps the old column).
	slices.SortStableFunc(out.Peristiwa, func(a, b PeristiwaGaji) int {
		if c := a.Tanggal.Compare(b.Tanggal); c != 0 {
			return c
		}
		ka, kb := a.Jenis != PerubahanKGB, b.Jenis != PerubahanKGB
		switch {
		case ka == kb:
			return 0
		case !ka:
			return -1
		}
		return 1
	})
	var riwayat []Predikat
	for _, row := range kr.Tahunan {
		riwayat = append(riwayat, row.Predikat)
		d := time.Date(row.Tahun+1, time.January, 1, 0, 0, 0, 0, time.UTC)
		dt := DampakTahun{Tahun: row.Tahun, Tanggal: d, Golongan: golonganPada(d), MKG: mkgPada(d)}
		if r, err := TPG(TPGInput{Tanggal: d, Golongan: dt.Golongan, MKG: dt.MKG, Predikat: row.Predikat}, in.Tugas); err == nil {
			dt.TPG = &r
		}
		dt.KS = KandidatKS(KSInput{Tahun: row.Tahun + 1, Golongan: dt.Golongan, Riwayat: append([]Predikat(nil), riwayat...)}, in.Tugas)
		if out.KSAyat1 == 0 && dt.KS.Ayat1 != StatusBelum {
			out.KSAyat1 = row.Tahun + 1
		}
		if out.KSAyat2 == 0 && dt.KS.Ayat2 != StatusBelum {
			out.KSAyat2 = row.Tahun + 1
		}
		out.Tahunan = append(out.Tahunan, dt)
	}
	return out, nil
}
