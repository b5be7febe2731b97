package domain

// RencanaScenario runs the planner on the career projection of a validated
// scenario with a Karier block: the start is where ProyeksiKarier starts
// (golongan, AK awal or integrasi, years in rank, TMT), and each candidate
// plan is projected by ProyeksiKarier with the plan as karier.proyeksi. When
// the projection reads a multi-year record, wire RencanakanKarier to it the
// same way (the record's predikat go into AwalRencana.Riwayat).
func RencanaScenario(s Scenario, t TujuanKarier, jadwal UKKJJadwal) (RencanaResult, error) {
	k := Karier{}
	if s.Karier != nil {
		k = *s.Karier
	}
	k.Ulangi, k.TahunProyeksi = false, 0
	k.Proyeksi = []Predikat{Baik}
	s.Karier = &k
	awal, _ := ProyeksiKarier(s)
	a := AwalRencana{TahunMulai: awal.TahunMulai, Jenjang: awal.Jenjang, Golongan: awal.Golongan, AK: awal.AKAwal,
		TahunDalamPangkat: k.TahunDalamPangkat, TMT: s.TMT}
	if a.Jenjang == "" {
		a.Jenjang, a.Golongan = s.Jenjang, s.Golongan
	}
	proyeksi := func(plan []Predikat) *KarierResult {
		k2 := k
		k2.Proyeksi = plan
		s2 := s
		s2.Karier = &k2
		r, _ := ProyeksiKarier(s2)
		return r
	}
	return RencanakanKarier(a, t, jadwal, proyeksi)
}
