package domain

// Preset is a ready-made scenario for trainers (read-only until copied).
type Preset struct {
	Code       string   `json:"code"`
	Judul      string   `json:"judul"`
	Keterangan string   `json:"keterangan"`
	Scenario   Scenario `json:"scenario"`
}

// NewScenario returns a valid, empty scenario for a rule year, role and jenjang:
// every period of the year with its full months, the required documents ticked
// as collected (they are everyday documents, RULES.md §3.11), ratings not chosen.
func NewScenario(rules RuleYear, role Role, j Jenjang) Scenario {
	s := Scenario{Schema: SchemaVersion, Rules: rules, Role: role, Jenjang: j, Periods: []Period{}}
	rs, ok := Rules(rules)
	if !ok {
		return s
	}
	for _, d := range rs.Periods {
		p := Period{Name: d.Name, Months: d.Months(), Dokumen: map[string]bool{}}
		for _, it := range rs.RequiredDokumen(role, false) {
			p.Dokumen[it.Code] = true
		}
		s.Periods = append(s.Periods, p)
	}
	return s
}

// Presets returns the two illustrations of seed 001 (RULES.md §4) [SEED1].
func Presets() []Preset {
	madya := NewScenario("2024", Guru, AhliMadya)
	for i := range madya.Periods {
		madya.Periods[i].Praktik = &Nilai{Rating: DiAtas}
		madya.Periods[i].Perilaku = &Nilai{Rating: Sesuai}
		// 36 points: a community-learning driver line (36) [PI-PK].
		madya.Periods[i].Kompetensi = []Kegiatan{{Activity: "penggerak_komunitas_belajar", Planned: 1, Done: 1}}
	}
	hendrawan := NewScenario("2024", Guru, AhliMuda)
	for i := range hendrawan.Periods {
		hendrawan.Periods[i].Praktik = &Nilai{Rating: DiAtas}
		hendrawan.Periods[i].Perilaku = &Nilai{Rating: DiAtas}
		// 64 points: 4 self-paced trainings and 4 peer observations (8 each) [PI-PK].
		hendrawan.Periods[i].Kompetensi = []Kegiatan{
			{Activity: "pelatihan_mandiri", Planned: 4, Done: 4},
			{Activity: "observasi_rekan_sejawat", Planned: 4, Done: 4},
		}
	}
	return []Preset{
		{"seed001_guru_ahli_madya", "Guru Ahli Madya (contoh Panduan 2023)", "Praktik Kinerja Di Atas, Perilaku Kerja Sesuai, 36 poin kompetensi → Baik → 37,5 AK setahun.", madya},
		{"seed001_pak_hendrawan", "Pak Hendrawan, Guru Ahli Muda (contoh Panduan 2023)", "Praktik Kinerja Di Atas, Perilaku Kerja Di Atas, 64 poin kompetensi → Sangat Baik → 37,5 AK setahun.", hendrawan},
	}
}
