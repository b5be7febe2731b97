package store

import (
	"strconv"
	"strings"
	"testing"

	"simkinerja/domain"
)

// TestYearsKeepTheirOwnRulesAndInput: a three-year record (2024 · 2025 · 2026)
// where each year follows its own rules; adding a year copies the profile and
// never the ratings; switching years and reloading loses nothing; removing a
// year can be undone.
func TestYearsKeepTheirOwnRulesAndInput(t *testing.T) {
	ls := Memory{}
	s := load(ls)
	if d := s.Current(); d.Tahun != 2026 || d.Scenario.Rules != "2026" {
		t.Fatalf("first visit on 2026-11-30 shows %d under rules %s", d.Tahun, d.Scenario.Rules)
	}
	rate := func() {
		t.Helper()
		if err := s.Edit(func(sc *domain.Scenario) {
			sc.Golongan = "III/a"
			for i := range sc.Periods {
				sc.Periods[i].Praktik = &domain.Nilai{Rating: domain.DiAtas}
				sc.Periods[i].Perilaku = &domain.Nilai{Rating: domain.Sesuai}
			}
		}); err != nil {
			t.Fatal(err)
		}
	}
	rate()
	for _, y := range []int{2024, 2025} {
		if err := s.AddTahun(y); err != nil {
			t.Fatal(err)
		}
		d := s.Current()
		if d.Tahun != y || string(d.Scenario.Rules) != map[int]string{2024: "2024", 2025: "2025"}[y] {
			t.Fatalf("added %d: showing %d rules %s", y, d.Tahun, d.Scenario.Rules)
		}
		if d.Scenario.Golongan != "III/a" {
			t.Errorf("added %d: profile not copied (golongan %q)", y, d.Scenario.Golongan)
		}
		for _, p := range d.Scenario.Periods {
			if p.Praktik != nil || p.Perilaku != nil || p.Predikat != "" {
				t.Errorf("added %d: ratings copied into %s", y, p.Name)
			}
		}
		rate()
	}
	var years []int
	for _, y := range s.Current().Record.Tahun {
		years = append(years, y.Tahun)
	}
	if len(years) != 3 || years[0] != 2024 || years[2] != 2026 {
		t.Fatalf("years %v", years)
	}
	s.SelectTahun(2024)
	again := load(ls)
	d := again.Current()
	if d.Tahun != 2024 || len(d.Record.Tahun) != 3 {
		t.Fatalf("reloaded: year %d, %d years", d.Tahun, len(d.Record.Tahun))
	}
	for _, y := range d.Record.Tahun {
		if y.Rules != domain.RuleYear(strconv.Itoa(y.Tahun)) {
			t.Errorf("year %d follows rules %s", y.Tahun, y.Rules)
		}
		if y.Periods[0].Praktik == nil || y.Periods[0].Praktik.Rating != domain.DiAtas {
			t.Errorf("year %d lost its ratings", y.Tahun)
		}
	}
	if rr := again.RecordResult(); len(rr.Tahun) != 3 {
		t.Fatalf("result for %d years", len(rr.Tahun))
	}
	if err := again.RemoveTahun(2025); err != nil {
		t.Fatal(err)
	}
	if len(again.Current().Record.Tahun) != 2 {
		t.Fatal("year not removed")
	}
	if label, ok := again.Undoable(); !ok || !strings.Contains(label, "2025") {
		t.Fatalf("no undo for a removed year (%q)", label)
	}
	again.Undo()
	r := again.Current().Record
	if k := r.TahunIndex(2025); k < 0 || r.Tahun[k].Periods[0].Praktik == nil {
		t.Fatal("undo did not bring the year back with its ratings")
	}
}

// TestWithScenarioIsTheInverseOfYearScenario: writing a year's scenario back
// changes nothing, and a later year's other jenjang is that year's promotion.
func TestWithScenarioIsTheInverseOfYearScenario(t *testing.T) {
	r := domain.NewRecord(domain.Guru, domain.AhliPertama, 2025).AddTahun(2026)
	r.Profil.Golongan = "III/b"
	for k := range r.Tahun {
		back := WithScenario(r, k, YearScenario(r, k))
		a, _ := domain.Encode(r)
		b, _ := domain.Encode(back)
		if string(a) != string(b) {
			t.Fatalf("year %d:\n %s\n %s", k, a, b)
		}
	}
	sc := YearScenario(r, 1)
	sc.Jenjang, sc.Golongan = domain.AhliMuda, "III/c"
	up := WithScenario(r, 1, sc)
	if up.Profil.Jenjang != domain.AhliPertama || up.Tahun[1].Jenjang != domain.AhliMuda || up.Tahun[1].Golongan != "III/c" {
		t.Fatalf("promotion in 2026: profile %+v, year %+v", up.Profil, up.Tahun[1])
	}
	if got := YearScenario(up, 0); got.Jenjang != domain.AhliPertama {
		t.Fatalf("2025 shows %s", got.Jenjang)
	}
}
