package view

import (
	"reflect"
	"testing"
	"time"

	"simkinerja/domain"
)

func TestNewMengapaGroupsByYearAndPeriod(t *testing.T) {
	steps := []domain.Step{
		{Rule: "a", Tahun: 2024},
		{Rule: "b", Tahun: 2024, Period: "semester_1"},
		{Rule: "c", Tahun: 2024, Period: "semester_2"},
		{Rule: "d", Tahun: 2024, Period: "semester_1"},
		{Rule: "e"},
		{Rule: "f", Tahun: 2025, Period: "tahunan"},
	}
	var titles []string
	var rules [][]string
	for _, g := range NewMengapa(steps, nil) {
		titles = append(titles, g.Judul)
		var r []string
		for _, s := range g.Steps {
			r = append(r, s.Rule)
		}
		rules = append(rules, r)
	}
	wantTitles := []string{"Tahun 2024", "Tahun 2024 · Semester 1", "Tahun 2024 · Semester 2", "Umum", "Tahun 2025 · Tahunan"}
	wantRules := [][]string{{"a"}, {"b", "d"}, {"c"}, {"e"}, {"f"}}
	if !reflect.DeepEqual(titles, wantTitles) || !reflect.DeepEqual(rules, wantRules) {
		t.Fatalf("groups %v %v", titles, rules)
	}
}

func TestNewMengapaRealTrace(t *testing.T) {
	// A 2024 preset: both semesters' steps get their own heading.
	res := domain.SimulateRecord(domain.RecordDari(domain.Presets()[0].Scenario), time.Time{})
	seen := map[string]int{}
	for _, g := range NewMengapa(res.Trace, nil) {
		seen[g.Judul] += len(g.Steps)
	}
	for _, want := range []string{"Tahun 2024 · Semester 1", "Tahun 2024 · Semester 2"} {
		if seen[want] == 0 {
			t.Errorf("no steps under %q: %v", want, seen)
		}
	}
}
