package domain

import (
	"fmt"
	"strconv"
	"time"
)

// aturan is a set of rule years in ascending order. The package's own set,
// resmi, is filled by the init of each rules_YYYY.go file and never changed
// after; tests build other sets with with.
type aturan struct{ sets []RuleSet }

var resmi aturan

// register adds a rule set to the package's set; called only from init.
func register(rs RuleSet) {
	rs.siapkan()
	resmi.sets = append(resmi.sets, rs)
	sortRuleSets(resmi.sets)
}

// with returns a copy of a with rs added (replacing a set of the same year).
func (a aturan) with(rs RuleSet) aturan {
	out := aturan{sets: make([]RuleSet, 0, len(a.sets)+1)}
	for _, x := range a.sets {
		if x.Year != rs.Year {
			out.sets = append(out.sets, x)
		}
	}
	rs.siapkan()
	out.sets = append(out.sets, rs)
	sortRuleSets(out.sets)
	return out
}

func (a aturan) rules(y RuleYear) (RuleSet, bool) {
	if rs := a.set(y); rs != nil {
		return *rs, true
	}
	return RuleSet{}, false
}

// set is the rule set of y in place (nil when unknown): a RuleSet is about
// 2 KB, so the simulation passes it by pointer rather than copying it.
func (a aturan) set(y RuleYear) *RuleSet {
	for i := range a.sets {
		if a.sets[i].Year == y {
			return &a.sets[i]
		}
	}
	return nil
}

// tahunAturan is the calendar year a rule set starts in.
func tahunAturan(y RuleYear) int {
	n, err := strconv.Atoi(string(y))
	if err != nil {
		return 0
	}
	return n
}

// forYear returns the rule year of calendar year tahun: the set of that year,
// else the newest earlier one with a note saying so; false before the first set.
func (a aturan) forYear(tahun int) (RuleYear, string, bool) {
	var best RuleYear
	for i := range a.sets { // by index: a RuleSet is about 2 KB
		if y := a.sets[i].Year; tahunAturan(y) <= tahun {
			best = y
		}
	}
	switch {
	case best == "":
		return "", "", false
	case tahunAturan(best) != tahun:
		return best, fmt.Sprintf("aturan %d belum terbit: memakai aturan %s", tahun, best), true
	}
	return best, "", true
}

// RuleYears lists the known rule years in ascending order.
func RuleYears() []RuleYear {
	out := make([]RuleYear, len(resmi.sets))
	for i, rs := range resmi.sets {
		out[i] = rs.Year
	}
	return out
}

// Rules returns the rule set of a rule year.
func Rules(y RuleYear) (RuleSet, bool) { return resmi.rules(y) }

// RuleYearFor returns the rule year a calendar year follows: its own, or the
// newest earlier set with a note ("aturan 2027 belum terbit: memakai aturan
// 2026"); false for years before the first known set (2024).
func RuleYearFor(tahun int) (y RuleYear, catatan string, ok bool) { return resmi.forYear(tahun) }

// Kini is what the current date means for the simulator: the calendar year,
// the rule year it follows and the state of that year's SKP deadline. The
// domain has no clock; callers pass today's date (Sekarang).
type Kini struct {
	Tanggal string   `json:"tanggal"` // YYYY-MM-DD
	Tahun   int      `json:"tahun"`
	Rules   RuleYear `json:"rules"`
	Catatan string   `json:"catatan,omitempty"`
	// SKPBatas is the year's SKP deadline (YYYY-MM-DD) when the rule year sets one.
	SKPBatas string `json:"skp_batas,omitempty"`
	// SKPLewat: the deadline has passed on Tanggal.
	SKPLewat bool `json:"skp_lewat"`
	// Lockout: missing the deadline costs the year's performance value (2026+, §11 Q25).
	Lockout bool `json:"lockout"`
}

// Sekarang says which calendar year and rule year are current on today's
// date and whether the SKP deadline has passed.
func Sekarang(today time.Time) Kini { return resmi.sekarang(today) }

func (a aturan) sekarang(today time.Time) Kini {
	k := Kini{Tanggal: today.Format("2006-01-02"), Tahun: today.Year()}
	y, note, ok := a.forYear(k.Tahun)
	if !ok && len(a.sets) > 0 {
		y = a.sets[0].Year
		note = fmt.Sprintf("tahun %d sebelum aturan pertama yang dimodelkan; memakai aturan %s", k.Tahun, y)
	}
	k.Rules, k.Catatan = y, note
	if rs := a.set(y); rs != nil {
		if batas, ok := rs.SKP.batas(k.Tahun, 0); ok {
			k.SKPBatas = batas.Format("2006-01-02")
			k.SKPLewat = lewat(today, batas)
			k.Lockout = rs.SKP.Lockout
		}
	}
	return k
}

// batas is the SKP deadline in calendar year tahun. With a TMT month after
// January under a table that moves the deadline (§11 Q24), it is the last day
// of the TMT month.
func (r SKPRule) batas(tahun, bulanTMT int) (time.Time, bool) {
	if r.Bulan == 0 {
		return time.Time{}, false
	}
	if bulanTMT > r.Bulan {
		return time.Date(tahun, time.Month(bulanTMT)+1, 0, 0, 0, 0, 0, time.UTC), true
	}
	return time.Date(tahun, time.Month(r.Bulan), r.Hari, 0, 0, 0, 0, time.UTC), true
}

// lewat reports whether the calendar day of today is after the deadline day.
func lewat(today, batas time.Time) bool {
	d := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	return d.After(batas)
}
