package view

import (
	"strconv"

	"simkinerja/domain"
)

// Tab is one calendar year of a draft in the year tabs.
type Tab struct {
	Tahun int
	Label string // "2025"
	// Aturan names the rule set the year follows ("aturan 2025"); a year after
	// the newest set says which one it borrows.
	Aturan  string
	Current bool
}

// Tabs is the row of year tabs: the recorded years, the years that can be
// added (the one after the last, the one before the first when rules exist
// for it), and what the year on screen follows.
type Tabs struct {
	Items []Tab
	// Tambah are the years offered as "+2027".
	Tambah []int
	// Hapus: the year on screen can be removed (it is not the only one).
	Hapus bool
	// Judul says which rules the year on screen follows and that they are
	// fixed for that year; Catatan qualifies a borrowed or provisional set.
	Judul, Catatan string
}

// NewTabs builds the year tabs of a record showing calendar year current.
func NewTabs(r domain.Record, current int) Tabs {
	var t Tabs
	for _, d := range r.Tahun {
		y, note, _ := domain.RuleYearFor(d.Tahun)
		if d.Rules != "" {
			y = d.Rules
		}
		tab := Tab{Tahun: d.Tahun, Label: strconv.Itoa(d.Tahun), Aturan: "aturan " + string(y), Current: d.Tahun == current}
		t.Items = append(t.Items, tab)
		if tab.Current {
			t.Judul = "Tahun " + tab.Label + " mengikuti " + tab.Aturan + " (tetap untuk tahun ini; tahun lain memakai aturannya sendiri)."
			t.Catatan = note
			if rs, ok := domain.Rules(y); ok && rs.Catatan != "" && note == "" {
				t.Catatan = rs.Catatan
			}
		}
	}
	if n := len(r.Tahun); n > 0 {
		if _, _, ok := domain.RuleYearFor(r.Tahun[0].Tahun - 1); ok {
			t.Tambah = append(t.Tambah, r.Tahun[0].Tahun-1)
		}
		if _, _, ok := domain.RuleYearFor(r.Tahun[n-1].Tahun + 1); ok {
			t.Tambah = append(t.Tambah, r.Tahun[n-1].Tahun+1)
		}
		t.Hapus = n > 1
	}
	return t
}
