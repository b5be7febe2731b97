package domain

import "time"

// KPJendela is one regime of rank-promotion dates (periodisasi kenaikan
// pangkat): from Mulai on, a kenaikan pangkat takes effect (TMT) only on the
// 1st of the months listed (RULES.md §13.11).
type KPJendela struct {
	// Mulai is the first day the regime applies; the zero time means "since
	// always" (the oldest regime).
	Mulai time.Time `json:"mulai"`
	// Bulan lists the months whose 1st is a window; empty means every month.
	Bulan []time.Month `json:"bulan,omitempty"`
	// DasarHukum names the instrument; Basis is the grade tag of RULES.md §13
	// (P, S-B, S-C, D).
	DasarHukum string   `json:"dasar_hukum"`
	Basis      string   `json:"basis"`
	Sources    []string `json:"sources"`
}

// kpJendelaTable: RULES.md §13.11 "KP windows", oldest first. Each regime
// ends where the next begins.
var kpJendelaTable = [...]KPJendela{
	{
		// Two windows a year before 2024, as stated where PerBKN 4/2023 replaced them.
		Bulan:      []time.Month{time.April, time.October},
		DasarHukum: "ketentuan sebelum Peraturan BKN 4/2023 (1 April dan 1 Oktober)",
		Basis:      "S-B",
		Sources:    []string{"BKN4-2023"},
	},
	{
		// "1 Februari, 1 April, 1 Juni, 1 Agustus, 1 Oktober, dan 1 Desember" (Pasal 2).
		Mulai:      time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC),
		Bulan:      []time.Month{time.February, time.April, time.June, time.August, time.October, time.December},
		DasarHukum: "Peraturan BKN No. 4 Tahun 2023 Pasal 2",
		Basis:      "S-B",
		Sources:    []string{"BKN4-2023"},
	},
	{
		// "12 periode penuh setiap tanggal 1 di tiap bulan", effective 1 Oct 2025.
		Mulai:      time.Date(2025, time.October, 1, 0, 0, 0, 0, time.UTC),
		DasarHukum: "Peraturan BKN No. 4 Tahun 2025",
		Basis:      "P",
		Sources:    []string{"BKN4-JENEPONTO", "BKN4-HUMAS"},
	},
}

// KPJendelaTable returns the regimes of promotion dates, oldest first.
func KPJendelaTable() []KPJendela { return append([]KPJendela(nil), kpJendelaTable[:]...) }

// tanggal is the calendar date of t (its year, month and day where t was
// read), at midnight UTC: windows are civil dates, not instants.
func tanggal(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// KPJendelaPada returns the regime in force on date d.
func KPJendelaPada(d time.Time) KPJendela { return *jendelaPada(d) }

// jendelaPada is KPJendelaPada in place: the projection asks for every month
// it tries, and copying each regime it passed showed in its profile.
func jendelaPada(d time.Time) *KPJendela {
	d = tanggal(d)
	r := &kpJendelaTable[0]
	for i := 1; i < len(kpJendelaTable); i++ {
		if !d.Before(kpJendelaTable[i].Mulai) {
			r = &kpJendelaTable[i]
		}
	}
	return r
}

// KPWindowValid reports whether a kenaikan pangkat may take effect (TMT) on
// date d: the 1st of a month that the regime in force on d lists (RULES.md
// §13.11 KPWindowValid).
func KPWindowValid(d time.Time) bool {
	if d.Day() != 1 {
		return false
	}
	r := jendelaPada(d)
	if len(r.Bulan) == 0 {
		return true
	}
	for _, m := range r.Bulan {
		if m == d.Month() {
			return true
		}
	}
	return false
}

// EarliestKPWindow returns the first valid window on or after date d: the
// earliest TMT of a rank step whose conditions are all met on d (RULES.md §11
// Q33; submission deadlines are not modelled). The result is a date at
// midnight UTC; a time of day in d is ignored.
func EarliestKPWindow(d time.Time) time.Time {
	c := tanggal(d)
	if c.Day() != 1 {
		c = time.Date(c.Year(), c.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	}
	// Every regime has a window at least every six months, so this ends
	// within a few steps.
	for !KPWindowValid(c) {
		c = c.AddDate(0, 1, 0)
	}
	return c
}
