package store

import (
	"errors"
	"testing"

	"simkinerja/domain"
)

// planStore is a store whose draft is a guru ahli pertama in III/b (the top
// of the jenjang) with enough AK and years in rank, projected Baik: the next
// step is a jenjang step whose to-dos only the user can tick.
func planStore(t *testing.T) *Store {
	t.Helper()
	s := load(Memory{})
	if err := s.Edit(func(sc *domain.Scenario) {
		sc.Role, sc.Jenjang, sc.Golongan = domain.Guru, domain.AhliPertama, "III/b"
		sc.Karier = &domain.Karier{AKAwal: "100", TahunDalamPangkat: 4, Proyeksi: []domain.Predikat{domain.Baik}, Ulangi: true, TahunProyeksi: 6}
	}); err != nil {
		t.Fatal(err)
	}
	return s
}

func firstStep(t *testing.T, s *Store) domain.LangkahKarier {
	t.Helper()
	k := s.RecordResult().Karier
	if k == nil || len(k.Langkah) == 0 {
		t.Fatalf("no projected step: %+v", k)
	}
	return k.Langkah[0]
}

// TestTugasTickChangesTheStep: a to-do is a to-do until ticked; the ticks
// survive an edit of the projection made through the year's scenario.
func TestTugasTickChangesTheStep(t *testing.T) {
	s := planStore(t)
	l := firstStep(t, s)
	if !l.NaikJenjang || l.Status != domain.StatusTugas || len(l.Tugas) == 0 {
		t.Fatalf("jenjang step before ticks: naik %v status %s tugas %v", l.NaikJenjang, l.Status, l.Tugas)
	}
	for _, k := range l.Tugas {
		if err := s.SetTugas(k, true); err != nil {
			t.Fatal(err)
		}
	}
	if l := firstStep(t, s); l.Status != domain.StatusTerpenuhi || !l.Dapat {
		t.Fatalf("after ticking %v: status %s", l.Tugas, l.Status)
	}
	// An edit of the projection (through the year's scenario) keeps them.
	if err := s.Edit(func(sc *domain.Scenario) { sc.Karier.TahunProyeksi = 8 }); err != nil {
		t.Fatal(err)
	}
	if rc := s.Current().Record.Rencana; rc == nil || len(rc.Tugas) != len(l.Tugas) {
		t.Fatalf("ticks lost by a projection edit: %+v", rc)
	}
	if err := s.SetTugas(l.Tugas[0], false); err != nil {
		t.Fatal(err)
	}
	if l := firstStep(t, s); l.Status != domain.StatusTugas {
		t.Fatalf("after unticking %s: status %s", l.Tugas, l.Status)
	}
	var ve *domain.ValidationError
	if err := s.SetTugas("lulus_begitu_saja", true); !errors.As(err, &ve) || ve.Problems[0].Path != "rencana.tugas.lulus_begitu_saja" {
		t.Fatalf("unknown to-do: %v", err)
	}
}

// TestTujuanAndMKG: a goal in range gives the planner's answer and survives a
// projection edit; one out of range is refused by field; the MKG adds the
// dampak and removing it takes it away.
func TestTujuanAndMKG(t *testing.T) {
	s := planStore(t)
	lo, hi := s.TahunTujuanRange()
	if lo != 2027 || hi != 2027+domain.TahunProyeksiMaks {
		t.Fatalf("goal years %d–%d, want 2027–%d (after the recorded 2026)", lo, hi, 2027+domain.TahunProyeksiMaks)
	}
	var ve *domain.ValidationError
	if err := s.SetTujuan(&domain.TujuanKarier{Golongan: "III/d", Tahun: 2020}); !errors.As(err, &ve) || ve.Problems[0].Path != "rencana.tujuan.tahun" {
		t.Fatalf("goal before the projection: %v", err)
	}
	if err := s.SetTujuan(&domain.TujuanKarier{Golongan: "III/d", Tahun: 2032}); err != nil {
		t.Fatal(err)
	}
	rp := s.RecordResult().Rencana
	if rp == nil || rp.Status != domain.RencanaDapat || len(rp.Langkah) == 0 || rp.Langkah[0].TMTText == "" {
		t.Fatalf("planner answer: %+v", rp)
	}
	if err := s.Edit(func(sc *domain.Scenario) { sc.Karier.TahunProyeksi = 9 }); err != nil {
		t.Fatal(err)
	}
	if rc := s.Current().Record.Rencana; rc == nil || rc.Tujuan == nil || rc.Tujuan.Golongan != "III/d" {
		t.Fatalf("goal lost by a projection edit: %+v", rc)
	}
	if err := s.SetTujuan(nil); err != nil || s.RecordResult().Rencana != nil {
		t.Fatalf("goal removed: %v, answer %+v", err, s.RecordResult().Rencana)
	}
	if s.RecordResult().Dampak != nil {
		t.Fatal("dampak without MKG")
	}
	if err := s.SetMKG(&domain.MasaKerja{Tahun: 6}); err != nil {
		t.Fatal(err)
	}
	if d := s.RecordResult().Dampak; d == nil || len(d.Peristiwa) == 0 {
		t.Fatalf("dampak with MKG 6: %+v", d)
	}
	if err := s.SetMKG(&domain.MasaKerja{Tahun: 6, Bulan: 12}); !errors.As(err, &ve) {
		t.Fatalf("MKG 6 years 12 months accepted: %v", err)
	}
	if err := s.SetMKG(nil); err != nil || s.RecordResult().Dampak != nil {
		t.Fatalf("MKG removed: %v", err)
	}
}
