package domain

import (
	"errors"
	"strings"
	"testing"
)

func fullYear(rules RuleYear, role Role, j Jenjang, hk, pk Rating) Scenario {
	s := NewScenario(rules, role, j)
	for i := range s.Periods {
		s.Periods[i].Praktik = &Nilai{Rating: hk}
		s.Periods[i].Perilaku = &Nilai{Rating: pk}
	}
	return s
}

func TestNewScenarioAndPresetsAreValid(t *testing.T) {
	for _, y := range RuleYears() {
		rs, _ := Rules(y)
		for _, r := range rs.Roles() {
			if err := Validate(NewScenario(y, r, AhliMuda)); err != nil {
				t.Errorf("NewScenario(%s, %s): %v", y, r, err)
			}
		}
	}
	want := map[string]Predikat{"seed001_guru_ahli_madya": Baik, "seed001_pak_hendrawan": SangatBaik}
	for _, p := range Presets() {
		if err := Validate(p.Scenario); err != nil {
			t.Fatalf("preset %s: %v", p.Code, err)
		}
		res := Simulate(p.Scenario)
		if res.Periods[0].Predikat != want[p.Code] || res.AngkaKreditTotal != "37,5" {
			t.Errorf("preset %s: %s, %s", p.Code, res.Periods[0].Predikat, res.AngkaKreditTotal)
		}
	}
}

func TestSimulateWorkedExamples(t *testing.T) {
	tests := []struct {
		name     string
		s        Scenario
		predikat Predikat
		total    string
	}{
		{"§10 ex. 1", fullYear("2024", Guru, AhliMuda, DiAtas, DiAtas), SangatBaik, "37,5"},
		{"§10 ex. 2", fullYear("2024", Guru, AhliMadya, DiAtas, Sesuai), Baik, "37,5"},
		{"2025 one period", fullYear("2025", Guru, AhliMuda, DiAtas, DiAtas), SangatBaik, "37,5"},
		{"KS uses the guru coefficient", fullYear("2024", KepalaSekolah, AhliMadya, Sesuai, Sesuai), Baik, "37,5"},
		{"pengawas 2025", fullYear("2025", PengawasSekolah, AhliUtama, DiBawah, DiBawah), SangatKurang, "12,5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := Validate(tt.s); err != nil {
				t.Fatal(err)
			}
			res := Simulate(tt.s)
			if res.Periods[0].Predikat != tt.predikat || res.AngkaKreditTotal != tt.total || res.Periods[0].Status != StatusDitampilkan {
				t.Errorf("got %s %s %s, want %s %s", res.Periods[0].Predikat, res.AngkaKreditTotal, res.Periods[0].Status, tt.predikat, tt.total)
			}
		})
	}
}

func TestSimulateTwoMonths(t *testing.T) {
	// §10 ex. 4: Ahli Pertama, Baik, January–February → 2,08.
	s := NewScenario("2024", Guru, AhliPertama)
	s.Periods = s.Periods[:1]
	s.Periods[0].Months = 2
	s.Periods[0].Predikat = Baik
	res := Simulate(s)
	if res.Periods[0].AngkaKredit != "2,08" || res.AKTotal.Cmp(NewAK(25, 12)) != 0 {
		t.Errorf("got %s (%s), want 2,08 (25/12)", res.Periods[0].AngkaKredit, res.AKTotal.Exact())
	}
}

func TestSuggestionFromAspects(t *testing.T) {
	s := NewScenario("2024", Guru, AhliMuda)
	s.Periods[0].Praktik = &Nilai{Aspects: map[string]Rating{"upaya_refleksi": DiAtas, "upaya_mempelajari": DiAtas, "perubahan_praktik": Sesuai}}
	s.Periods[0].Perilaku = &Nilai{Rating: DiAtas, Aspects: map[string]Rating{"akuntabel": DiBawah}}
	res := Simulate(s)
	p := res.Periods[0]
	if p.HasilKerja.Rating != DiAtas || p.HasilKerja.Sumber != SumberSaranMedian {
		t.Errorf("hasil kerja = %+v, want di_atas suggested", p.HasilKerja)
	}
	if p.Perilaku.Rating != DiAtas || p.Perilaku.Sumber != SumberDiberikan || p.Perilaku.Saran != DiBawah {
		t.Errorf("perilaku = %+v: the given rating wins, the suggestion stays visible", p.Perilaku)
	}
	if p.Predikat != SangatBaik {
		t.Errorf("predikat = %s", p.Predikat)
	}
	if len(res.Asumsi) == 0 || !strings.Contains(res.Asumsi[0].Pesan, "bukan ketentuan resmi") {
		t.Errorf("a suggestion must be flagged as non-official: %+v", res.Asumsi)
	}
}

func TestDocumentsGate(t *testing.T) {
	tests := []struct {
		name     string
		rules    RuleYear
		role     Role
		tambahan bool
		dokumen  map[string]bool
		status   string
		kurang   string
	}{
		{"2024 guru complete (K4 not needed without tugas tambahan, §11 Q6)", "2024", Guru, false, map[string]bool{"K3": true, "K5": true}, StatusDitampilkan, ""},
		{"2024 guru with tugas tambahan needs K4", "2024", Guru, true, map[string]bool{"K3": true, "K5": true}, StatusTertahan, "K4"},
		{"2024 KS missing K6", "2024", KepalaSekolah, false, map[string]bool{"K3": true, "K4": true, "K5": true}, StatusTertahan, "K6"},
		{"2025 guru: not confirmed by the principal (§11 Q7)", "2025", Guru, false, map[string]bool{}, StatusTertahan, "5M"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fullYear(tt.rules, tt.role, AhliMuda, Sesuai, Sesuai)
			s.TugasTambahan = tt.tambahan
			s.Periods[0].Dokumen = tt.dokumen
			if err := Validate(s); err != nil {
				t.Fatal(err)
			}
			p := Simulate(s).Periods[0]
			if p.Status != tt.status || strings.Join(p.Dokumen.Kurang, ",") != tt.kurang {
				t.Errorf("status %s kurang %v; want %s %s", p.Status, p.Dokumen.Kurang, tt.status, tt.kurang)
			}
			if p.Predikat != Baik {
				t.Errorf("the predikat is computed even when withheld: %s", p.Predikat)
			}
		})
	}
}

func TestIncompleteDraftIsValid(t *testing.T) {
	s := NewScenario("2024", Guru, AhliMuda)
	s.Periods[0].Praktik = &Nilai{Rating: DiAtas}
	if err := Validate(s); err != nil {
		t.Fatal(err)
	}
	res := Simulate(s)
	if res.Periods[0].Status != StatusBelumLengkap || res.Periods[0].Predikat != "" || res.AngkaKreditTotal != "0" {
		t.Errorf("incomplete period: %+v", res.Periods[0])
	}
}

func TestValidateProblems(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*Scenario)
		paths []string
	}{
		{"unknown year", func(s *Scenario) { s.Rules = "2019" }, []string{"rules"}},
		{"pengawas before 2025", func(s *Scenario) { s.Role = PengawasSekolah }, []string{"role"}},
		{"keterampilan jenjang", func(s *Scenario) { s.Jenjang = Terampil }, []string{"jenjang"}},
		{"golongan outside jenjang", func(s *Scenario) { s.Golongan = "IV/a" }, []string{"golongan"}},
		{"bad tmt", func(s *Scenario) { s.TMT = "2024-13" }, []string{"tmt"}},
		{"tmt after the rule year", func(s *Scenario) { s.TMT = "2025-01" }, []string{"tmt"}},
		{"duplicate period", func(s *Scenario) { s.Periods[1].Name = "semester_1" }, []string{"periods[1].name"}},
		{"unknown document", func(s *Scenario) { s.Periods[0].Dokumen["K9"] = true }, []string{"periods[0].dokumen.K9"}},
		{"unknown activity and negative count", func(s *Scenario) {
			s.Periods[0].Kompetensi = []Kegiatan{{Activity: "seminar", Planned: -1}}
		}, []string{"periods[0].kompetensi[0].activity", "periods[0].kompetensi[0].planned"}},
		{"unknown stage field", func(s *Scenario) {
			s.Periods[0].Siklus = map[string]Tahap{"A": {Isian: map[string]string{"nilai": "x"}}, "Z": {}}
		}, []string{"periods[0].siklus.A.isian.nilai", "periods[0].siklus.Z"}},
		{"5M before 2025", func(s *Scenario) { s.Periods[0].TugasPokok = map[string]bool{"menilai": true} }, []string{"periods[0].tugas_5m"}},
		{"tmt in May: semester 1 has 2 months", func(s *Scenario) { s.TMT = "2024-05" }, []string{"periods[0].months"}},
		{"bad NIP", func(s *Scenario) { s.Identitas = &Identitas{NIP: "123"} }, []string{"identitas.nip"}},
		{"too long text", func(s *Scenario) { s.Periods[0].Fokus = map[string]string{"loyal": strings.Repeat("a", 2001)} }, []string{"periods[0].fokus.loyal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewScenario("2024", Guru, AhliMuda)
			tt.edit(&s)
			var ve *ValidationError
			if err := Validate(s); !errors.As(err, &ve) {
				t.Fatalf("want a ValidationError, got %v", err)
			}
			if got := strings.Join(ve.Paths(), " "); got != strings.Join(tt.paths, " ") {
				t.Errorf("paths = %q, want %q (%v)", got, strings.Join(tt.paths, " "), ve)
			}
			for _, p := range ve.Problems {
				if p.Message == "" {
					t.Errorf("%s: empty message", p.Path)
				}
			}
		})
	}
}

func TestTraceSourcesResolve(t *testing.T) {
	s := fullYear("2024", Guru, AhliMuda, DiAtas, Sesuai)
	res := Simulate(s)
	if len(res.Trace) < 4 {
		t.Fatalf("trace too short: %+v", res.Trace)
	}
	for _, st := range res.Trace {
		if st.Rule == "" || st.Pesan == "" || len(st.Sources) == 0 {
			t.Errorf("incomplete step %+v", st)
		}
		for _, k := range st.Sources {
			if _, ok := SourceByKey(k); !ok {
				t.Errorf("step %s: unknown source %q", st.Rule, k)
			}
		}
	}
}

func TestDecodeScenarioErrors(t *testing.T) {
	tests := []struct {
		in   string
		path string
	}{
		{`{"schema":1,`, ""},
		{`[1,2]`, ""},
		{`{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":"enam"}]}`, "periods[0].months"},
		{`{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[],"x":1}`, "x"},
		{`{"schema":9}`, "schema"},
		{`{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[]} {}`, ""},
	}
	for _, tt := range tests {
		_, err := DecodeScenario([]byte(tt.in))
		var ve *ValidationError
		if !errors.As(err, &ve) || len(ve.Problems) == 0 {
			t.Errorf("%s: want a ValidationError, got %v", tt.in, err)
			continue
		}
		// encoding/json (js/wasm default) names no array index: accept "periods.months" there.
		if got := ve.Problems[0].Path; got != tt.path && got != strings.Replace(tt.path, "[0]", "", 1) {
			t.Errorf("%s: path %q, want %q (%v)", tt.in, got, tt.path, err)
		}
	}
	if _, err := DecodeScenario([]byte(strings.Repeat(" ", MaxDocument+1))); err == nil {
		t.Error("an oversized document must be rejected")
	}
}
