package domain

import (
	"fmt"
	"slices"
	"strings"
)

// Timeline says, period by period, what applies to an employee with the given
// TMT ("YYYY-MM") under the rule set (RULES.md §6.3) [SEED2]. Without a TMT, or
// with a TMT before the rule year, every period runs the full cycle over its
// whole length. With a TMT in the rule year the status of each period comes from
// the new-appointee table rs.Penempatan, and the months counted run from the TMT
// month to the end of the period inclusive (RULES.md §11 Q19). A TMT after the
// rule year is not valid (Validate reports it) and is ignored.
func Timeline(rs RuleSet, tmt string) []TimelinePeriod {
	// rs may have been changed after it was prepared: build from its rows.
	rs.pra = nil
	return timelineTahun(&rs, tmt, tahunAturan(rs.Year))
}

// timelineTahun is Timeline for calendar year ruleYear, which may follow an
// earlier year's set (2027 under the 2026 rules): the TMT is compared with
// the calendar year.
func timelineTahun(rs *RuleSet, tmt string, ruleYear int) []TimelinePeriod {
	year, month, ok := parseTMT(tmt)
	out := make([]TimelinePeriod, 0, len(rs.Periods))
	for i := range rs.Periods {
		p := &rs.Periods[i]
		var tp TimelinePeriod
		switch {
		case !ok || year < ruleYear:
			tp = timelinePenuh(rs)
			tp.Bulan = p.Months()
			if ok {
				tp.Catatan = "TMT " + NamaBulan(month) + " " + itoa(year) + ", sebelum tahun " + itoa(ruleYear) + ": siklus penuh hingga penilaian selama " + itoa(p.Months()) + " bulan."
			} else {
				tp.Catatan = "Tanpa TMT pada tahun " + itoa(ruleYear) + ": siklus penuh hingga penilaian selama " + itoa(p.Months()) + " bulan."
			}
		case year > ruleYear:
			// Validate rejects such a TMT at "tmt"; the periods are left as for an
			// employee without TMT so that one mistake yields one problem.
			tp = timelinePenuh(rs)
			tp.Bulan = p.Months()
			tp.Catatan = fmt.Sprintf("TMT %s %d sesudah tahun %d tidak dipakai; periode dihitung penuh %d bulan.", NamaBulan(month), year, ruleYear, p.Months())
		default:
			row := rs.Penempatan[month-1]
			status := TLTidakBerlaku
			if i < len(row.Status) {
				status = row.Status[i]
			}
			bulan := monthsFrom(*p, month)
			if bulan == 0 {
				status = TLTidakBerlaku
			}
			diangkat := fmt.Sprintf("Diangkat %s %d", NamaBulan(month), year)
			switch status {
			case TLPenuh:
				tp = timelinePenuh(rs)
				tp.Bulan = bulan
				asal := "seluruh periode"
				if month > p.Start {
					asal = "bulan TMT sampai akhir periode"
				}
				tp.Catatan = fmt.Sprintf("%s: buat SKP periode ini dan jalani siklus penuh hingga penilaian; dihitung %d bulan (%s).", diangkat, bulan, asal)
			case TLOtomatis:
				tp = timelineOtomatis()
				tp.Bulan = bulan
				tp.Catatan = fmt.Sprintf("%s: buat SKP periode ini; tahap pelaksanaan diselesaikan otomatis oleh sistem dan atasan menilai perilaku kerja saja; dihitung %d bulan.", diangkat, bulan)
			default:
				tp = timelineTidakBerlaku()
				tp.Catatan = fmt.Sprintf("%s, setelah periode ini berakhir: tidak ada SKP untuk periode ini.", diangkat)
			}
			// The row's assumption (October, §11 Q3; the 2025 table) concerns the
			// periods the appointee takes part in, not those before the TMT.
			if tp.Status != TLTidakBerlaku {
				tp.Asumsi = row.Asumsi
				if row.Catatan != "" {
					tp.Catatan += " " + row.Catatan
				}
			}
		}
		tp.Period = p.Name
		out = append(out, tp)
	}
	return out
}

// monthsFrom counts the whole months of period p from month m to its end,
// inclusive; the whole period when m is before it, 0 when m is after it.
func monthsFrom(p PeriodDef, m int) int {
	switch {
	case m <= p.Start:
		return p.Months()
	case m > p.End:
		return 0
	}
	return p.End - m + 1
}

// timelinePenuh is the full cycle of a period under rs: the same for every
// period and year of the set, so a prepared set builds it once (siapkan).
func timelinePenuh(rs *RuleSet) TimelinePeriod {
	if rs.pra != nil {
		return rs.pra.penuh
	}
	return buatTimelinePenuh(rs)
}

// buatTimelinePenuh builds timelinePenuh from the set's rows. Its lists are
// shared by every result of the set, so they are clipped: a caller's append
// copies rather than writing into them.
func buatTimelinePenuh(rs *RuleSet) TimelinePeriod {
	var langkah []string
	for _, t := range rs.Tahapan {
		if !t.Penilaian {
			langkah = append(langkah, t.Label)
		}
	}
	kerja := []string{"SKP periode ini", "Siklus: " + strings.Join(langkah, " → ")}
	if rs.TugasPokok {
		kerja = append(kerja, "Tugas pokok 5M")
	}
	switch k := rs.Kompetensi; {
	case k.Poin:
		kerja = append(kerja, fmt.Sprintf("Pengembangan kompetensi (minimal %d poin)", k.MinPoin))
	case k.Opsional:
		kerja = append(kerja, "Pengembangan kompetensi (opsional, refleksi setiap kegiatan, tanpa poin)")
	default:
		kerja = append(kerja, "Pengembangan kompetensi dengan refleksi setiap kegiatan")
	}
	if rs.DokumenKonfirmasi() {
		kerja = append(kerja, "Dokumen kerja ditunjukkan dan dikonfirmasi atasan (tanpa unggah)")
	} else {
		kerja = append(kerja, "Dokumen akuntabilitas dikumpulkan")
	}
	return TimelinePeriod{
		Status:     TLPenuh,
		Dikerjakan: slices.Clip(kerja),
		Otomatis:   []string{},
		Dinilai:    []string{"Praktik Kinerja dan Perilaku Kerja"},
	}
}

func timelineOtomatis() TimelinePeriod {
	return TimelinePeriod{
		Status:     TLOtomatis,
		Dikerjakan: []string{"SKP periode ini"},
		Otomatis:   []string{"Pelaksanaan diselesaikan otomatis oleh sistem"},
		Dinilai:    []string{"Perilaku Kerja saja"},
	}
}

func timelineTidakBerlaku() TimelinePeriod {
	return TimelinePeriod{
		Status:     TLTidakBerlaku,
		Dikerjakan: []string{},
		Otomatis:   []string{},
		Dinilai:    []string{},
	}
}

// BulanPeriode returns the whole months counted for AK in the named period for
// an employee with the given TMT (see Timeline); 0 for an unknown period or a
// period that does not apply.
func BulanPeriode(rs RuleSet, tmt string, period string) int {
	for _, tp := range Timeline(rs, tmt) {
		if tp.Period == period {
			return tp.Bulan
		}
	}
	return 0
}

// BulanKegiatan is one calendar month of a rule year with its activities, for
// the month-by-month calendar (RULES.md §6.1–6.2).
type BulanKegiatan struct {
	Bulan       int    `json:"bulan"` // 1–12
	Nama        string `json:"nama"`  // "Januari"
	Period      string `json:"period"`
	PeriodLabel string `json:"period_label"`
	// Kegiatan lists the month's activities, e.g. "SKP (perencanaan)", "A Diskusi Persiapan".
	Kegiatan []string `json:"kegiatan"`
	// Asumsi marks a month whose stage placement is a default, not a source (RULES.md §11 Q8).
	Asumsi  bool     `json:"asumsi,omitempty"`
	Catatan string   `json:"catatan,omitempty"`
	Sources []string `json:"sources"`
}

// Kalender lays the periods of a rule year out month by month: the SKP month and
// the months of each cycle stage, from rs.Periods. Stages F and G are named
// "F & G Penilaian" when they share a month, as the sources print them
// (RULES.md §3.9, §11 Q15).
func Kalender(rs RuleSet) []BulanKegiatan {
	out := make([]BulanKegiatan, 0, 12)
	for m := 1; m <= 12; m++ {
		bk := BulanKegiatan{Bulan: m, Nama: NamaBulan(m), Kegiatan: []string{}, Sources: []string{}}
		for _, p := range rs.Periods {
			if m < p.Start || m > p.End {
				continue
			}
			bk.Period, bk.PeriodLabel = p.Name, p.Label
			bk.Sources = append([]string(nil), p.Sources...)
			if p.SKP == m {
				bk.Kegiatan = append(bk.Kegiatan, "SKP (perencanaan)")
			}
			var asumsi []string
			inMonth := func(s Stage) bool { return containsInt(p.Stages[s], m) }
			for _, st := range rs.Tahapan {
				if !inMonth(st.Code) {
					continue
				}
				switch {
				case st.Code == StageF && inMonth(StageG):
					bk.Kegiatan = append(bk.Kegiatan, "F & G "+st.Label)
				case st.Code == StageG && inMonth(StageF):
					// already listed together with F
				default:
					bk.Kegiatan = append(bk.Kegiatan, string(st.Code)+" "+st.Label)
				}
				if containsStage(p.Asumsi, st.Code) {
					asumsi = append(asumsi, string(st.Code))
				}
			}
			if len(asumsi) > 0 {
				bk.Asumsi = true
				bk.Catatan = "Bulan tahap " + strings.Join(asumsi, ", ") + " tidak dirinci sumber; mengikuti default simulator (" + qText(p.Sumber) + ")."
			}
		}
		out = append(out, bk)
	}
	return out
}

func containsInt(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func containsStage(xs []Stage, v Stage) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}
