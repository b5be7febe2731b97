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

// BenchmarkRecordTigaTahun: a three-year record (2024 semesters, 2025, 2026)
// with a ten-year plan — decode excluded; the goal is ≤ 30 µs natively.
func BenchmarkRecordTigaTahun(b *testing.B) {
	r := benchRecord(b)
	today := mustDate(b, "2026-11-30")
	b.ReportAllocs()
	for b.Loop() {
		SimulateRecord(r, today)
	}
}

// BenchmarkDecodeRecordTigaTahun: the same record decoded and validated.
func BenchmarkDecodeRecordTigaTahun(b *testing.B) {
	data, err := Encode(benchRecord(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeRecord(data); err != nil {
			b.Fatal(err)
		}
	}
}

func benchRecord(b *testing.B) Record {
	r := NewRecord(Guru, AhliPertama, 2024).AddTahun(2025).AddTahun(2026)
	r.Profil.Golongan, r.Profil.AKAwal, r.Profil.TahunDalamPangkat = "III/a", "20", 1
	for k := range r.Tahun {
		for i := range r.Tahun[k].Periods {
			p := &r.Tahun[k].Periods[i]
			p.Praktik = &Nilai{Rating: DiAtas, Aspects: map[string]Rating{"upaya_refleksi": DiAtas, "upaya_mempelajari": Sesuai, "perubahan_praktik": DiAtas}}
			p.Perilaku = &Nilai{Rating: Sesuai}
			p.Siklus = map[string]Tahap{"A": {Isian: map[string]string{"jadwal_observasi": "Februari"}}}
		}
	}
	r.Tahun[2].SKP = &SKP{Disetujui: true}
	r.Rencana = &Rencana{Proyeksi: []Predikat{Baik}, Ulangi: true, TahunProyeksi: 10}
	if err := ValidateRecord(r); err != nil {
		b.Fatal(err)
	}
	return r
}
