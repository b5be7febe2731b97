package domain

import (
	"fmt"
	"time"
)

// UKKJSesi is one yearly session of the Uji Kompetensi Kenaikan Jenjang: the
// last day on which the prerequisites must hold (the end of registration) and
// the day of the test, each as month and day of every year.
type UKKJSesi struct {
	BatasBulan time.Month `json:"batas_bulan"`
	BatasHari  int        `json:"batas_hari"`
	UjianBulan time.Month `json:"ujian_bulan"`
	UjianHari  int        `json:"ujian_hari"`
}

// UKKJJadwal is the yearly UKKJ schedule the projection uses. It is
// configurable because only the 2025 frequency is sourced (RULES.md §11
// Q34/Q40); the dates are an assumption.
type UKKJJadwal struct {
	Sesi    []UKKJSesi `json:"sesi"`
	Asumsi  bool       `json:"asumsi"`
	Catatan string     `json:"catatan"`
	Sources []string   `json:"sources"`
}

// UKKJTanggal is one concrete session: the last day to qualify and the test day.
type UKKJTanggal struct {
	Batas time.Time `json:"batas"`
	Ujian time.Time `json:"ujian"`
}

// UKKJJadwalBaku is the default schedule: once a year [UKKJ-A] (§11 Q34, Q40).
// The days follow the 2025 round as reported by a secondary page (registration
// 8–16 May, tests from 24 June 2025; Surat Dirjen GTK 0486/B.BI/HK.04.01/2025);
// that page is not yet in RULES.md, so the dates are marked as an assumption.
func UKKJJadwalBaku() UKKJJadwal {
	return UKKJJadwal{
		Sesi:    []UKKJSesi{{BatasBulan: time.May, BatasHari: 16, UjianBulan: time.June, UjianHari: 24}},
		Asumsi:  true,
		Catatan: "UKKJ satu kali setahun (sumber: portal UKKJ untuk 2025); tanggal pendaftaran (sampai 16 Mei) dan ujian (24 Juni) mengikuti putaran 2025 dan diasumsikan sama setiap tahun.",
		Sources: []string{"UKKJ-A", "ASUMSI"},
	}
}

// hariDalamBulan is the number of days of month m in a non-leap year, so a
// yearly date exists every year.
func hariDalamBulan(m time.Month) int {
	return time.Date(2001, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Validate reports a schedule that cannot be used: no session, a day that does
// not exist every year, or a test before the end of its registration.
func (j UKKJJadwal) Validate() error {
	if len(j.Sesi) == 0 {
		return fmt.Errorf("jadwal UKKJ kosong: isi minimal satu sesi per tahun")
	}
	for i, s := range j.Sesi {
		switch {
		case s.BatasBulan < time.January || s.BatasBulan > time.December || s.BatasHari < 1 || s.BatasHari > hariDalamBulan(s.BatasBulan):
			return fmt.Errorf("sesi UKKJ ke-%d: tanggal batas pendaftaran tidak sah", i+1)
		case s.UjianBulan < time.January || s.UjianBulan > time.December || s.UjianHari < 1 || s.UjianHari > hariDalamBulan(s.UjianBulan):
			return fmt.Errorf("sesi UKKJ ke-%d: tanggal ujian tidak sah", i+1)
		case s.UjianBulan < s.BatasBulan || s.UjianBulan == s.BatasBulan && s.UjianHari < s.BatasHari:
			return fmt.Errorf("sesi UKKJ ke-%d: ujian sebelum batas pendaftaran", i+1)
		}
	}
	return nil
}

// Berikutnya returns the earliest session a jenjang step whose UKKJ
// prerequisites all hold on date siap can use: the first session whose
// registration ends on or after siap. ok is false for an invalid schedule.
func (j UKKJJadwal) Berikutnya(siap time.Time) (t UKKJTanggal, ok bool) {
	if j.Validate() != nil {
		return UKKJTanggal{}, false
	}
	siap = tanggal(siap)
	for y := siap.Year(); y <= siap.Year()+1; y++ {
		for _, s := range j.Sesi {
			b := time.Date(y, s.BatasBulan, s.BatasHari, 0, 0, 0, 0, time.UTC)
			if b.Before(siap) {
				continue
			}
			u := time.Date(y, s.UjianBulan, s.UjianHari, 0, 0, 0, 0, time.UTC)
			if !ok || b.Before(t.Batas) {
				t, ok = UKKJTanggal{Batas: b, Ujian: u}, true
			}
		}
		if ok {
			return t, true
		}
	}
	return UKKJTanggal{}, false
}

// SiapAkhirTahun is the date on which conditions that depend on the annual
// predikat of year tahun hold: the predikat is dated 31 December (RULES.md §11
// Q21), and the AK of that year count from then.
func SiapAkhirTahun(tahun int) time.Time {
	return time.Date(tahun, time.December, 31, 0, 0, 0, 0, time.UTC)
}

// PerkiraanTanggal is the estimated date of a promotion step.
type PerkiraanTanggal struct {
	// Siap is the date every condition that the record decides holds.
	Siap time.Time `json:"siap"`
	// UKKJ is the earliest UKKJ session a jenjang step can use (nil for a rank step).
	UKKJ *UKKJTanggal `json:"ukkj,omitempty"`
	// TMT is the earliest valid KP window (RULES.md §13.11, §11 Q33).
	TMT time.Time `json:"tmt"`
	// OlehMasaPangkat: the 2 years in rank counted from the previous step's
	// TMT, not the year's predikat, set the TMT (see PerkiraanTMTSetelah).
	OlehMasaPangkat bool     `json:"oleh_masa_pangkat,omitempty"`
	Asumsi          bool     `json:"asumsi"`
	Sources         []string `json:"sources"`
}

// PerkiraanTMT estimates the dates of a step whose conditions are met with the
// predikat of year tahun. A rank step takes effect on the first window on or
// after the end of that year. A jenjang step first needs the earliest UKKJ
// whose registration is still open then; passing it is assumed on the test day,
// and the step with its coupled rank step takes effect on the first window
// after that day (the issuing of the decree is not modelled: an assumption).
func PerkiraanTMT(tahun int, naikJenjang bool, jadwal UKKJJadwal) PerkiraanTanggal {
	siap := SiapAkhirTahun(tahun)
	// Room for the UKKJ and DJKN keys added below and by PerkiraanTMTSetelah:
	// one allocation instead of three.
	p := PerkiraanTanggal{Siap: siap, TMT: EarliestKPWindow(siap), Asumsi: true,
		Sources: append(make([]string, 0, 6), "BKN4-2023", "BKN4-JENEPONTO", "ASUMSI")}
	if !naikJenjang {
		return p
	}
	if u, ok := jadwal.Berikutnya(siap); ok {
		p.UKKJ = &u
		p.TMT = EarliestKPWindow(u.Ujian.AddDate(0, 0, 1))
		p.Sources = append(p.Sources, "UKKJ-A", "UKKJ-FAQ")
	}
	return p
}

// PerkiraanTMTSetelah is PerkiraanTMT for a step that follows an earlier step
// taking effect on sebelumnya. The projection counts years in rank by
// calendar year, but a jenjang step takes effect in mid-year (after the UKKJ),
// and the rank step after it — like the rank step a jenjang step comes with —
// needs 2 years in rank from that TMT [DJKN] (§11 Q39): the TMT is the first
// window on or after both dates. A zero sebelumnya changes nothing.
func PerkiraanTMTSetelah(tahun int, naikJenjang bool, jadwal UKKJJadwal, sebelumnya time.Time) PerkiraanTanggal {
	p := PerkiraanTMT(tahun, naikJenjang, jadwal)
	if sebelumnya.IsZero() {
		return p
	}
	if batas := tanggal(sebelumnya).AddDate(minTahunDalamPangkat, 0, 0); p.TMT.Before(batas) {
		p.TMT, p.OlehMasaPangkat = EarliestKPWindow(batas), true
		p.Sources = append(p.Sources, "DJKN")
	}
	return p
}
