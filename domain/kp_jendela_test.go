package domain

import (
	"testing"
	"time"
)

func tgl(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestKPWindowValid(t *testing.T) {
	tests := []struct {
		d    time.Time
		want bool
	}{
		// Before 2024: 1 April and 1 October only.
		{tgl(2023, time.April, 1), true},
		{tgl(2023, time.October, 1), true},
		{tgl(2023, time.February, 1), false},
		{tgl(2023, time.December, 1), false},
		// Around 1 January 2024: six windows from then on.
		{tgl(2024, time.January, 1), false},
		{tgl(2024, time.February, 1), true},
		{tgl(2024, time.April, 1), true},
		{tgl(2024, time.March, 1), false},
		{tgl(2025, time.August, 1), true},
		{tgl(2025, time.September, 1), false},
		// Around 1 October 2025: every 1st from then on.
		{tgl(2025, time.October, 1), true},
		{tgl(2025, time.November, 1), true},
		{tgl(2026, time.January, 1), true},
		{tgl(2026, time.March, 1), true},
		{tgl(2026, time.March, 2), false},
		{tgl(2025, time.September, 30), false},
	}
	for _, tc := range tests {
		if got := KPWindowValid(tc.d); got != tc.want {
			t.Errorf("KPWindowValid(%s) = %v, want %v", tc.d.Format("2006-01-02"), got, tc.want)
		}
	}
}

func TestEarliestKPWindow(t *testing.T) {
	tests := []struct {
		d, want time.Time
	}{
		{tgl(2023, time.April, 2), tgl(2023, time.October, 1)},
		{tgl(2023, time.October, 2), tgl(2024, time.February, 1)}, // 1 Jan 2024 is not a window
		{tgl(2023, time.December, 31), tgl(2024, time.February, 1)},
		{tgl(2024, time.January, 1), tgl(2024, time.February, 1)},
		{tgl(2024, time.February, 1), tgl(2024, time.February, 1)}, // on a window: that day
		{tgl(2025, time.June, 2), tgl(2025, time.August, 1)},
		{tgl(2025, time.August, 2), tgl(2025, time.October, 1)}, // 1 Sep is not a window; 1 Oct is
		{tgl(2025, time.September, 30), tgl(2025, time.October, 1)},
		{tgl(2025, time.October, 2), tgl(2025, time.November, 1)},
		{tgl(2025, time.December, 31), tgl(2026, time.January, 1)},
		{tgl(2026, time.December, 31), tgl(2027, time.January, 1)},
		// A time of day does not matter: the date does.
		{time.Date(2026, time.May, 1, 23, 59, 0, 0, time.FixedZone("WIB", 7*3600)), tgl(2026, time.May, 1)},
	}
	for _, tc := range tests {
		got := EarliestKPWindow(tc.d)
		if !got.Equal(tc.want) {
			t.Errorf("EarliestKPWindow(%s) = %s, want %s", tc.d.Format("2006-01-02"), got.Format("2006-01-02"), tc.want.Format("2006-01-02"))
		}
		if !KPWindowValid(got) {
			t.Errorf("EarliestKPWindow(%s) = %s is not a valid window", tc.d.Format("2006-01-02"), got.Format("2006-01-02"))
		}
	}
}

// Every day of 2023–2027: the answer is a window, on or after the day, and no
// window lies between.
func TestEarliestKPWindowEveryDay(t *testing.T) {
	for d := tgl(2023, time.January, 1); d.Year() < 2028; d = d.AddDate(0, 0, 1) {
		w := EarliestKPWindow(d)
		if w.Before(d) || !KPWindowValid(w) {
			t.Fatalf("%s → %s", d.Format("2006-01-02"), w.Format("2006-01-02"))
		}
		for x := d; x.Before(w); x = x.AddDate(0, 0, 1) {
			if KPWindowValid(x) {
				t.Fatalf("%s → %s skips the window %s", d.Format("2006-01-02"), w.Format("2006-01-02"), x.Format("2006-01-02"))
			}
		}
	}
}

func TestKPJendelaTable(t *testing.T) {
	tab := KPJendelaTable()
	for i, r := range tab {
		if i > 0 && !tab[i-1].Mulai.Before(r.Mulai) {
			t.Errorf("regime %d does not start after regime %d", i, i-1)
		}
		if len(r.Sources) == 0 || r.Basis == "" || r.DasarHukum == "" {
			t.Errorf("regime %d lacks its source, basis or instrument", i)
		}
		for _, k := range r.Sources {
			if !sumberDikenal(k) {
				t.Errorf("regime %d: unknown source key %s", i, k)
			}
		}
	}
	if r := KPJendelaPada(tgl(2025, time.October, 1)); r.DasarHukum != "Peraturan BKN No. 4 Tahun 2025" {
		t.Errorf("1 Oct 2025 regime = %s", r.DasarHukum)
	}
	if r := KPJendelaPada(tgl(2025, time.September, 30)); r.DasarHukum != "Peraturan BKN No. 4 Tahun 2023 Pasal 2" {
		t.Errorf("30 Sep 2025 regime = %s", r.DasarHukum)
	}
}

// sumberDikenal resolves a source key.
func sumberDikenal(k string) bool {
	_, ok := SourceByKey(k)
	return ok
}

// Every key is listed once across sources.go and sumber_karier.go.
func TestSumberKarierUnik(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Sources() {
		if seen[s.Key] {
			t.Errorf("source key %s listed twice", s.Key)
		}
		seen[s.Key] = true
		if s.Title == "" || s.Grade == "" {
			t.Errorf("source %s lacks a title or grade", s.Key)
		}
	}
}

func TestUKKJBerikutnya(t *testing.T) {
	j := UKKJJadwalBaku()
	if !j.Asumsi || len(j.Sesi) != 1 {
		t.Fatalf("default schedule must be one session a year, marked as an assumption: %+v", j)
	}
	tests := []struct {
		siap         time.Time
		batas, ujian time.Time
	}{
		{tgl(2026, time.December, 31), tgl(2027, time.May, 16), tgl(2027, time.June, 24)},
		{tgl(2027, time.May, 16), tgl(2027, time.May, 16), tgl(2027, time.June, 24)},
		{tgl(2027, time.May, 17), tgl(2028, time.May, 16), tgl(2028, time.June, 24)},
	}
	for _, tc := range tests {
		u, ok := j.Berikutnya(tc.siap)
		if !ok || !u.Batas.Equal(tc.batas) || !u.Ujian.Equal(tc.ujian) {
			t.Errorf("Berikutnya(%s) = %+v %v", tc.siap.Format("2006-01-02"), u, ok)
		}
	}
	// Two sessions: the earlier open one wins.
	dua := UKKJJadwal{Sesi: []UKKJSesi{{time.September, 1, time.October, 1}, {time.March, 1, time.April, 1}}}
	if u, ok := dua.Berikutnya(tgl(2027, time.March, 2)); !ok || !u.Ujian.Equal(tgl(2027, time.October, 1)) {
		t.Errorf("two sessions: %+v %v", u, ok)
	}
	if u, ok := dua.Berikutnya(tgl(2027, time.January, 2)); !ok || !u.Ujian.Equal(tgl(2027, time.April, 1)) {
		t.Errorf("two sessions, early: %+v %v", u, ok)
	}
	for _, bad := range []UKKJJadwal{{}, {Sesi: []UKKJSesi{{time.February, 29, time.March, 1}}}, {Sesi: []UKKJSesi{{time.June, 1, time.May, 1}}}, {Sesi: []UKKJSesi{{13, 1, 13, 2}}}} {
		if bad.Validate() == nil {
			t.Errorf("schedule %+v must be refused", bad)
		}
		if _, ok := bad.Berikutnya(tgl(2027, time.January, 1)); ok {
			t.Errorf("schedule %+v gave a session", bad)
		}
	}
}

func TestPerkiraanTMT(t *testing.T) {
	j := UKKJJadwalBaku()
	tests := []struct {
		tahun int
		naik  bool
		tmt   time.Time
	}{
		{2023, false, tgl(2024, time.February, 1)}, // six windows in 2024
		{2024, false, tgl(2025, time.February, 1)},
		{2025, false, tgl(2026, time.January, 1)}, // monthly from 1 Oct 2025
		{2026, true, tgl(2027, time.July, 1)},     // UKKJ 24 June 2027, then the next window
		{2024, true, tgl(2025, time.August, 1)},   // UKKJ 24 June 2025, six windows: 1 Aug
	}
	for _, tc := range tests {
		p := PerkiraanTMT(tc.tahun, tc.naik, j)
		if !p.TMT.Equal(tc.tmt) || (p.UKKJ != nil) != tc.naik || !p.Asumsi {
			t.Errorf("PerkiraanTMT(%d, %v) = %s (ukkj %v)", tc.tahun, tc.naik, p.TMT.Format("2006-01-02"), p.UKKJ)
		}
		for _, k := range p.Sources {
			if !sumberDikenal(k) {
				t.Errorf("unknown source key %s", k)
			}
		}
	}
	if got := FormatTanggal(tgl(2025, time.October, 1)); got != "1 Oktober 2025" {
		t.Errorf("FormatTanggal = %q", got)
	}
}

func TestPerkiraanTMTSetelah(t *testing.T) {
	j := UKKJJadwalBaku()
	// Rank step met at the end of 2025 after one that took effect on 1 Feb
	// 2024: 2 years in rank only on 1 Feb 2026.
	p := PerkiraanTMTSetelah(2025, false, j, tgl(2024, time.February, 1))
	if !p.TMT.Equal(tgl(2026, time.February, 1)) || !p.OlehMasaPangkat {
		t.Errorf("chained: %s %v", p.TMT.Format("2006-01-02"), p.OlehMasaPangkat)
	}
	// Two years before the window: the year decides.
	p = PerkiraanTMTSetelah(2025, false, j, tgl(2023, time.October, 1))
	if !p.TMT.Equal(tgl(2026, time.January, 1)) || p.OlehMasaPangkat {
		t.Errorf("not binding: %s %v", p.TMT.Format("2006-01-02"), p.OlehMasaPangkat)
	}
	// No earlier step known.
	if p := PerkiraanTMTSetelah(2025, true, j, time.Time{}); !p.TMT.Equal(tgl(2026, time.July, 1)) {
		t.Errorf("first step: %s", p.TMT.Format("2006-01-02"))
	}
	// A jenjang step: the UKKJ gives 1 July 2027, 2 years in rank from 1 August
	// 2025 give 1 August 2027.
	if p := PerkiraanTMTSetelah(2026, true, j, tgl(2025, time.August, 1)); !p.TMT.Equal(tgl(2027, time.August, 1)) || !p.OlehMasaPangkat {
		t.Errorf("jenjang step chained: %s %v", p.TMT.Format("2006-01-02"), p.OlehMasaPangkat)
	}
}
