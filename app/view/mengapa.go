package view

import (
	"strconv"

	"simkinerja/domain"
)

// MengapaGroup is one heading of the "Mengapa?" panel: the steps of one
// year and period (or the steps that hold for the whole result), in the
// order the trace gives them.
type MengapaGroup struct {
	Judul string
	Steps []domain.Step
}

// NewMengapa groups trace steps by year and period (domain steps carry Tahun
// and Period), keeping the order in which each group first appears, so the
// two semesters' steps are no longer mixed (issue 13). label words a period
// code ("semester_1" → "Semester 1 (Januari–Juni)"); nil uses PeriodeLabel.
func NewMengapa(steps []domain.Step, label func(period string) string) []MengapaGroup {
	if label == nil {
		label = PeriodeLabel
	}
	type key struct {
		tahun  int
		period string
	}
	index := map[key]int{}
	var out []MengapaGroup
	for _, st := range steps {
		k := key{st.Tahun, st.Period}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, MengapaGroup{Judul: mengapaJudul(k.tahun, k.period, label)})
		}
		out[i].Steps = append(out[i].Steps, st)
	}
	return out
}

func mengapaJudul(tahun int, period string, label func(string) string) string {
	switch {
	case tahun == 0 && period == "":
		return "Umum"
	case period == "":
		return "Tahun " + strconv.Itoa(tahun)
	case tahun == 0:
		return label(period)
	}
	return "Tahun " + strconv.Itoa(tahun) + " · " + label(period)
}
