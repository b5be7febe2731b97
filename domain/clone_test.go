package domain

import "testing"

// TestCloneIsDeep: changing a clone's maps and slices leaves the original alone.
func TestCloneIsDeep(t *testing.T) {
	r := NewRecord(Guru, AhliMuda, 2026)
	r.Identitas = &Identitas{Nama: "Bu Ani"}
	c := r.Clone()
	c.Tahun[0].Periods[0].Dokumen["dokumen_tersedia"] = false
	c.Identitas.Nama = ""
	if !r.Tahun[0].Periods[0].Dokumen["dokumen_tersedia"] || r.Identitas.Nama != "Bu Ani" {
		t.Error("editing the record's clone changed the record")
	}
	s := NewScenario("2024", Guru, AhliMuda)
	sc := s.Clone()
	sc.Periods[0].Dokumen["K3"] = false
	if !s.Periods[0].Dokumen["K3"] {
		t.Error("editing the scenario's clone changed the scenario")
	}
}
