package domain

import "testing"

// BenchmarkSimulateFullYear: one full 2024 year with aspects, competency plan,
// documents, cycle forms and the trace.
func BenchmarkSimulateFullYear(b *testing.B) {
	s := Presets()[1].Scenario
	for i := range s.Periods {
		s.Periods[i].Praktik.Aspects = map[string]Rating{"upaya_refleksi": DiAtas, "upaya_mempelajari": Sesuai, "perubahan_praktik": DiAtas}
		s.Periods[i].Siklus = map[string]Tahap{"A": {Isian: map[string]string{"fokus_perilaku": "Kolaboratif"}}}
	}
	b.ReportAllocs()
	for b.Loop() {
		Simulate(s)
	}
}

// BenchmarkDecodeSimulate: the whole path a share or submission takes.
func BenchmarkDecodeSimulate(b *testing.B) {
	data, err := Encode(Presets()[1].Scenario)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := DecodeScenario(data)
		if err != nil {
			b.Fatal(err)
		}
		Simulate(s)
	}
}

// BenchmarkProyeksi30Tahun: a 30-year career projection from III/a.
func BenchmarkProyeksi30Tahun(b *testing.B) {
	s := NewScenario("2024", Guru, AhliPertama)
	s.Golongan = "III/a"
	s.Karier = &Karier{Proyeksi: []Predikat{Baik, SangatBaik}, Ulangi: true, TahunProyeksi: 30}
	if err := Validate(s); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		ProyeksiKarier(s)
	}
}
