package view

import (
	"strings"

	"simkinerja/domain/wire"
)

// KelasAturanPredikat says, once above the class table, which predikat a
// participant is counted under (the worker's rule, RULES.md §11 Q14).
const KelasAturanPredikat = "Setiap peserta dihitung dengan satu predikat: predikat tahunan bila diisi; bila tidak, predikat periode terakhir (penilaian paling akhir)."

// PredikatAsal explains how a submission's predikat was chosen when it is
// not obvious: periods with different predikat. It is "" for one period or
// equal periods.
func PredikatAsal(s wire.Submission) string {
	if len(s.Periods) < 2 || !s.Valid() {
		return ""
	}
	differ := false
	for _, p := range s.Periods[1:] {
		differ = differ || p.Predikat != s.Periods[0].Predikat
	}
	if !differ {
		return ""
	}
	last := s.Periods[len(s.Periods)-1]
	if last.Predikat != s.Predikat {
		return "predikat tahunan yang diisi peserta"
	}
	var parts []string
	for _, p := range s.Periods[:len(s.Periods)-1] {
		parts = append(parts, PeriodeLabel(p.Name)+" "+p.Predikat.Label())
	}
	return "dari " + PeriodeLabel(last.Name) + " (periode terakhir; tanpa predikat tahunan); " + strings.Join(parts, ", ")
}

// PeriodeLabel words a period name ("semester_1" → "Semester 1").
func PeriodeLabel(name string) string {
	w := strings.ReplaceAll(name, "_", " ")
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}
