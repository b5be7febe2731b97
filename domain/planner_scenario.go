package domain

import "errors"

// awalDariProyeksi reads where a plan starts from a projection run with any
// plan: the projection's start, or — with recorded years — the state at the
// end of the last recorded year, after any step the record already allows,
// with the recorded predikat as history. masa is the whole years in rank at
// the start when no year is recorded.
func awalDariProyeksi(kr *KarierResult, masa int, tmt string) AwalRencana {
	a := AwalRencana{TahunMulai: kr.TahunMulai, Jenjang: kr.Jenjang, Golongan: kr.Golongan, AK: kr.AKAwal, TahunDalamPangkat: masa, TMT: tmt}
	for _, row := range kr.Tahunan {
		if !row.Tercatat {
			break
		}
		a.Riwayat = append(a.Riwayat, row.Predikat)
		a.Jenjang, a.Golongan, a.AK, a.TahunDalamPangkat = row.Jenjang, row.Golongan, row.Kumulatif, row.TahunDalamPangkat
	}
	return a
}

// RencanaScenario runs the planner on the career projection of a validated
// schema-1 scenario: the start is where ProyeksiKarier starts (golongan, AK
// awal or integrasi, years in rank, TMT), and each candidate plan is projected
// by ProyeksiKarier as karier.proyeksi.
func RencanaScenario(s Scenario, t TujuanKarier, jadwal UKKJJadwal) (RencanaResult, error) {
	k := Karier{}
	if s.Karier != nil {
		k = *s.Karier
	}
	k.Ulangi, k.TahunProyeksi = false, 0
	proyeksi := func(plan []Predikat) *KarierResult {
		k2 := k
		k2.Proyeksi = plan
		s2 := s
		s2.Karier = &k2
		r, _ := ProyeksiKarier(s2)
		return r
	}
	a := awalDariProyeksi(proyeksi([]Predikat{Baik}), k.TahunDalamPangkat, s.TMT)
	if a.Jenjang == "" {
		a.Jenjang, a.Golongan = s.Jenjang, s.Golongan
	}
	return RencanakanKarier(a, t, jadwal, proyeksi)
}

// RencanaRecord runs the planner on the career projection of a record that
// passed ValidateRecord, with rr = SimulateRecord(r, today): the plan covers
// the years after the last recorded one (or, for a migrated schema-1
// document, the years from its projection start), and the recorded predikat
// are read wherever a condition looks back.
func RencanaRecord(r Record, rr RecordResult, t TujuanKarier, jadwal UKKJJadwal) (RencanaResult, error) {
	if r.Profil.Status == PPPK {
		return RencanaResult{}, &ValidationError{Problems: []Problem{{Path: "profil.status", Message: "PPPK tidak memperoleh angka kredit; perencana kenaikan pangkat tidak berlaku"}}}
	}
	if len(rr.Tahun) == 0 || len(rr.Ledger) == 0 || len(rr.Tahun) != len(r.Tahun) {
		return RencanaResult{}, errors.New("rekam belum disimulasikan: panggil SimulateRecord lebih dahulu")
	}
	rc := Rencana{}
	if r.Rencana != nil {
		rc.TahunMulai = r.Rencana.TahunMulai
	}
	proyeksi := func(plan []Predikat) *KarierResult {
		rc2 := rc
		rc2.Proyeksi = plan
		r2 := r
		r2.Rencana = &rc2
		kr, _ := resmi.karierRecord(r2, rr, nil)
		return kr
	}
	return RencanakanKarier(awalDariProyeksi(proyeksi([]Predikat{Baik}), r.Profil.TahunDalamPangkat, r.Profil.TMT), t, jadwal, proyeksi)
}
