package domain

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func mustRules(t *testing.T, year RuleYear) RuleSet {
	t.Helper()
	rs, ok := Rules(year)
	if !ok {
		t.Fatalf("rule year %s missing", year)
	}
	return rs
}

// TestTimelineEveryAppointmentMonth walks RULES.md §6.3 for every appointment
// month of 2024 (table from SEED2, October by §11 Q3) and of 2025 (the assumed
// one-period table), with the months counted from the TMT month (§11 Q19).
func TestTimelineEveryAppointmentMonth(t *testing.T) {
	type per struct {
		status string
		bulan  int
	}
	P, O, X := TLPenuh, TLOtomatis, TLTidakBerlaku
	want2024 := map[int][2]per{
		1:  {{P, 6}, {P, 6}},
		2:  {{P, 5}, {P, 6}},
		3:  {{P, 4}, {P, 6}},
		4:  {{P, 3}, {P, 6}},
		5:  {{O, 2}, {P, 6}},
		6:  {{O, 1}, {P, 6}},
		7:  {{X, 0}, {P, 6}},
		8:  {{X, 0}, {P, 5}},
		9:  {{X, 0}, {P, 4}},
		10: {{X, 0}, {P, 3}},
		11: {{X, 0}, {O, 2}},
		12: {{X, 0}, {O, 1}},
	}
	rs := mustRules(t, "2024")
	for m := 1; m <= 12; m++ {
		tmt := fmt.Sprintf("2024-%02d", m)
		t.Run(tmt, func(t *testing.T) {
			tl := Timeline(rs, tmt)
			if len(tl) != 2 || tl[0].Period != "semester_1" || tl[1].Period != "semester_2" {
				t.Fatalf("periods = %+v", tl)
			}
			for i, w := range want2024[m] {
				got := tl[i]
				if got.Status != w.status || got.Bulan != w.bulan {
					t.Errorf("%s: got %s/%d, want %s/%d", got.Period, got.Status, got.Bulan, w.status, w.bulan)
				}
				checkTimelineLists(t, got)
				if name := rs.Periods[i].Name; BulanPeriode(rs, tmt, name) != w.bulan {
					t.Errorf("BulanPeriode(%s, %s) = %d, want %d", tmt, name, BulanPeriode(rs, tmt, name), w.bulan)
				}
			}
			// Only October is an assumption (§11 Q3), and only for the period it takes part in.
			if got := tl[1].Asumsi; got != (m == 10) {
				t.Errorf("semester_2 Asumsi = %v", got)
			}
			if tl[0].Asumsi {
				t.Errorf("semester_1 Asumsi set")
			}
			if m == 10 && !strings.Contains(tl[1].Catatan, "§11 Q3") {
				t.Errorf("October note missing: %q", tl[1].Catatan)
			}
			if !strings.Contains(tl[0].Catatan, NamaBulan(m)) {
				t.Errorf("note does not name the month: %q", tl[0].Catatan)
			}
		})
	}

	rs25 := mustRules(t, "2025")
	for m := 1; m <= 12; m++ {
		tmt := fmt.Sprintf("2025-%02d", m)
		t.Run(tmt, func(t *testing.T) {
			tl := Timeline(rs25, tmt)
			if len(tl) != 1 || tl[0].Period != "tahunan" {
				t.Fatalf("periods = %+v", tl)
			}
			wantStatus, wantBulan := P, 13-m
			if m >= 11 {
				wantStatus = O
			}
			if tl[0].Status != wantStatus || tl[0].Bulan != wantBulan || !tl[0].Asumsi {
				t.Errorf("got %s/%d asumsi=%v, want %s/%d asumsi", tl[0].Status, tl[0].Bulan, tl[0].Asumsi, wantStatus, wantBulan)
			}
			checkTimelineLists(t, tl[0])
		})
	}
}

// checkTimelineLists checks the Indonesian lists that belong to each status.
func checkTimelineLists(t *testing.T, tp TimelinePeriod) {
	t.Helper()
	switch tp.Status {
	case TLPenuh:
		siklus := false
		for _, d := range tp.Dikerjakan {
			siklus = siklus || strings.HasPrefix(d, "Siklus: ") && strings.Contains(d, " → Observasi Kinerja → Diskusi Tindak Lanjut → Upaya Tindak Lanjut → ")
		}
		if !hasString(tp.Dikerjakan, "SKP periode ini") || !siklus ||
			len(tp.Otomatis) != 0 || !reflect.DeepEqual(tp.Dinilai, []string{"Praktik Kinerja dan Perilaku Kerja"}) {
			t.Errorf("penuh lists: %+v", tp)
		}
	case TLOtomatis:
		if !reflect.DeepEqual(tp.Dikerjakan, []string{"SKP periode ini"}) ||
			!reflect.DeepEqual(tp.Otomatis, []string{"Pelaksanaan diselesaikan otomatis oleh sistem"}) ||
			!reflect.DeepEqual(tp.Dinilai, []string{"Perilaku Kerja saja"}) {
			t.Errorf("otomatis lists: %+v", tp)
		}
	case TLTidakBerlaku:
		if tp.Dikerjakan == nil || len(tp.Dikerjakan)+len(tp.Otomatis)+len(tp.Dinilai) != 0 || tp.Bulan != 0 {
			t.Errorf("tidak_berlaku lists: %+v", tp)
		}
	default:
		t.Errorf("unknown status %q", tp.Status)
	}
}

func hasString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func TestTimelineWithoutTMTInRuleYear(t *testing.T) {
	for _, year := range RuleYears() {
		rs := mustRules(t, year)
		for _, tmt := range []string{"", "2019-07", "2023-12", "bukan-tmt", "2024-13", "2030-01"} {
			tl := Timeline(rs, tmt)
			if len(tl) != len(rs.Periods) {
				t.Fatalf("%s %q: %d periods", year, tmt, len(tl))
			}
			for i, tp := range tl {
				if tp.Status != TLPenuh || tp.Bulan != rs.Periods[i].Months() || tp.Asumsi || tp.Catatan == "" {
					t.Errorf("%s %q %s: %+v", year, tmt, tp.Period, tp)
				}
				checkTimelineLists(t, tp)
			}
		}
	}
	// The yearly lists follow the rule set: points in 2024, 5M duties and confirmation in 2025.
	p24 := Timeline(mustRules(t, "2024"), "")[0].Dikerjakan
	p25 := Timeline(mustRules(t, "2025"), "")[0].Dikerjakan
	if !hasString(p24, "Pengembangan kompetensi (minimal 32 poin)") || hasString(p24, "Tugas pokok 5M") {
		t.Errorf("2024 lists: %q", p24)
	}
	if !hasString(p25, "Tugas pokok 5M") || strings.Contains(strings.Join(p25, "|"), "poin") {
		t.Errorf("2025 lists: %q", p25)
	}
	if BulanPeriode(mustRules(t, "2024"), "2024-03", "tahunan") != 0 {
		t.Errorf("unknown period should count 0 months")
	}
}

func TestKalender(t *testing.T) {
	k24 := Kalender(mustRules(t, "2024"))
	want24 := map[int][]string{
		1:  {"SKP (perencanaan)"},
		2:  {"A Diskusi Persiapan"},
		3:  {"B Observasi Kinerja", "C Diskusi Tindak Lanjut"},
		4:  {"D Upaya Tindak Lanjut"},
		5:  {"D Upaya Tindak Lanjut"},
		6:  {"E Refleksi Tindak Lanjut", "F & G Penilaian"},
		7:  {"SKP (perencanaan)"},
		8:  {"A Diskusi Persiapan"},
		9:  {"B Observasi Kinerja", "C Diskusi Tindak Lanjut"},
		10: {"D Upaya Tindak Lanjut"},
		11: {"D Upaya Tindak Lanjut"},
		12: {"E Refleksi Tindak Lanjut", "F & G Penilaian"},
	}
	if len(k24) != 12 {
		t.Fatalf("2024: %d months", len(k24))
	}
	for _, b := range k24 {
		if !reflect.DeepEqual(b.Kegiatan, want24[b.Bulan]) {
			t.Errorf("2024 %s: %q, want %q", b.Nama, b.Kegiatan, want24[b.Bulan])
		}
		wantPeriod := "semester_1"
		if b.Bulan > 6 {
			wantPeriod = "semester_2"
		}
		if b.Period != wantPeriod || b.Asumsi || b.Nama != NamaBulan(b.Bulan) || len(b.Sources) == 0 {
			t.Errorf("2024 %d: %+v", b.Bulan, b)
		}
	}
	if k24[0].Nama != "Januari" || k24[11].Nama != "Desember" {
		t.Errorf("month names: %s, %s", k24[0].Nama, k24[11].Nama)
	}

	k25 := Kalender(mustRules(t, "2025"))
	if got := k25[0].Kegiatan; !reflect.DeepEqual(got, []string{"SKP (perencanaan)", "A Diskusi Persiapan"}) || k25[0].Asumsi {
		t.Errorf("2025 January: %q asumsi=%v", got, k25[0].Asumsi)
	}
	if got := k25[2].Kegiatan; !reflect.DeepEqual(got, []string{"B Observasi Kinerja", "C Diskusi Tindak Lanjut"}) || k25[2].Asumsi {
		t.Errorf("2025 March: %q", got)
	}
	// Q2–Q4 placement is the §11 Q8 default and must say so.
	for _, m := range []int{4, 9, 10, 11, 12} {
		if b := k25[m-1]; !b.Asumsi || !strings.Contains(b.Catatan, "Q8") {
			t.Errorf("2025 %s not marked as assumption: %+v", b.Nama, b)
		}
	}
	if got := k25[10].Kegiatan; !reflect.DeepEqual(got, []string{"E Refleksi Tindak Lanjut", "F Penilaian"}) {
		t.Errorf("2025 November: %q", got)
	}
	if got := k25[11].Kegiatan; !reflect.DeepEqual(got, []string{"F & G Penilaian"}) {
		t.Errorf("2025 December: %q", got)
	}
}
