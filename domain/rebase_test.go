package domain

import "testing"

// TestRebaseKeepsWhatStillApplies: a jenjang change keeps everything; a role
// change keeps ratings but not the indicator or documents; a switch that
// would not validate falls back to the fresh default with the identity.
func TestRebaseKeepsWhatStillApplies(t *testing.T) {
	s := NewScenario("2024", Guru, AhliMuda)
	s.Identitas = &Identitas{Nama: "Bu Ani"}
	for i := range s.Periods {
		s.Periods[i].Praktik, s.Periods[i].Perilaku, s.Periods[i].Indicator = &Nilai{Rating: DiAtas}, &Nilai{Rating: Sesuai}, "G4"
	}
	j := Rebase(s, "2024", Guru, AhliMadya)
	if j.Jenjang != AhliMadya || j.Periods[0].Praktik.Rating != DiAtas || j.Periods[1].Indicator != "G4" || !j.Periods[0].Dokumen["K5"] {
		t.Errorf("jenjang change lost input: %+v", j.Periods[0])
	}
	ks := Rebase(s, "2024", KepalaSekolah, AhliMuda)
	if ks.Periods[0].Perilaku.Rating != Sesuai || ks.Periods[0].Indicator != "" || !ks.Periods[0].Dokumen["K6"] {
		t.Errorf("role change: %+v", ks.Periods[0])
	}
	if err := Validate(ks); err != nil || ks.Identitas == nil || ks.Identitas.Nama != "Bu Ani" {
		t.Errorf("rebased scenario invalid or lost the identity: %v", err)
	}
	y := Rebase(s, "2025", Guru, AhliMuda)
	if len(y.Periods) != 1 || y.Periods[0].Name != "tahunan" || y.Periods[0].Praktik != nil {
		t.Errorf("2024 semesters carried into 2025's annual period: %+v", y.Periods)
	}
	if s.Periods[0].Praktik.Rating != DiAtas {
		t.Error("Rebase changed its input")
	}
}
