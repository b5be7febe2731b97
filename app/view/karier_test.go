package view

import (
	"strings"
	"testing"
	"time"

	"simkinerja/domain"
)

// planRecord is a guru ahli pertama III/a with 40 AK, 3 years in rank, 2026
// recorded Baik and Baik planned: the second step is a jenjang step.
func planRecord(tugas map[string]bool, tujuan *domain.TujuanKarier) domain.Record {
	r := domain.NewRecord(domain.Guru, domain.AhliPertama, 2026)
	r.Profil.Golongan, r.Profil.AKAwal, r.Profil.TahunDalamPangkat = "III/a", "40", 3
	r.Profil.MKG = &domain.MasaKerja{Tahun: 6}
	for i := range r.Tahun[0].Periods {
		r.Tahun[0].Periods[i].Predikat = domain.Baik
	}
	r.Rencana = &domain.Rencana{Proyeksi: []domain.Predikat{domain.Baik}, Ulangi: true, TahunProyeksi: 10, Tugas: tugas, Tujuan: tujuan}
	return r
}

func simulate(t *testing.T, r domain.Record) domain.RecordResult {
	t.Helper()
	if err := domain.ValidateRecord(r); err != nil {
		t.Fatal(err)
	}
	return domain.SimulateRecord(r, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC))
}

func jenjangStep(t *testing.T, k Karier) Langkah {
	t.Helper()
	for _, l := range k.Langkah {
		if len(l.Blok) == 2 {
			return l
		}
	}
	t.Fatalf("no jenjang step in %+v", k.Langkah)
	return Langkah{}
}

// TestKarierToDosAreToDos: a jenjang step shows the UKKJ block and its rank
// step; the UKKJ, the vacancy and the integrity pact are "perlu" with a
// checkbox until ticked, never ✓; a ticked one is "✓ ditandai"; the step
// carries its earliest TMT and UKKJ (an assumption).
func TestKarierToDosAreToDos(t *testing.T) {
	k := NewKarier(simulate(t, planRecord(nil, nil)).Karier)
	l := jenjangStep(t, k)
	if l.Blok[0].Kode != domain.BlokUKKJ || l.Blok[1].Kode != domain.BlokPangkat || !strings.Contains(l.Blok[1].Judul, "yang menyertainya") {
		t.Fatalf("blocks %+v", l.Blok)
	}
	if l.TMT == "" || l.UKKJ == "" || !l.UKKJAsumsi {
		t.Errorf("dates: TMT %q UKKJ %q asumsi %v", l.TMT, l.UKKJ, l.UKKJAsumsi)
	}
	todo := 0
	for _, s := range l.Syarat {
		if !s.Tugas {
			continue
		}
		todo++
		if s.Status != SyaratPerlu || s.Mark != "perlu" || s.Ditandai || strings.Contains(s.Teks, "(perlu Anda") {
			t.Errorf("unticked to-do %s shown as %+v", s.Kode, s)
		}
	}
	if todo != 3 || !strings.HasPrefix(l.Penahan, "Tinggal tugas Anda") {
		t.Errorf("%d to-dos, penahan %q", todo, l.Penahan)
	}
	if len(k.Perlu) < 3 {
		t.Errorf("perlu %q", k.Perlu)
	}
	if !strings.Contains(k.Kapan, "TMT paling cepat") {
		t.Errorf("kapan %q", k.Kapan)
	}

	k = NewKarier(simulate(t, planRecord(map[string]bool{domain.SyaratUjiKompetensi: true}, nil)).Karier)
	for _, s := range jenjangStep(t, k).Syarat {
		if s.Kode == domain.SyaratUjiKompetensi && (!s.Ditandai || s.Status != SyaratTerpenuhi || s.Mark != "✓ ditandai:") {
			t.Errorf("ticked UKKJ shown as %+v", s)
		}
	}
}

// TestKarierHeldBackSaysWhich: a step not reached names the block holding it
// back and what is missing.
func TestKarierHeldBackSaysWhich(t *testing.T) {
	r := planRecord(nil, nil)
	r.Rencana.TahunProyeksi = 2
	k := NewKarier(simulate(t, r).Karier)
	last := k.Langkah[len(k.Langkah)-1]
	if last.Status != string(domain.StatusBelum) || !strings.HasPrefix(last.Penahan, "Tertahan oleh syarat") {
		t.Fatalf("held back step %+v", last)
	}
	kurang := false
	for _, b := range last.Blok {
		for _, s := range b.Syarat {
			if s.Status == SyaratBelum {
				kurang = kurang || s.Kurang != ""
				if !b.Menahan {
					t.Errorf("block %s has an unmet condition but does not hold back", b.Kode)
				}
			}
		}
	}
	if !kurang {
		t.Error("no unmet condition says what is missing")
	}
}

// TestTugasList: every to-do code has a label and a group; a tick shows.
func TestTugasList(t *testing.T) {
	ts := NewTugas(map[string]bool{domain.SyaratSertifikat: true})
	if len(ts) != len(domain.TugasKode()) {
		t.Fatalf("%d to-dos for %d codes", len(ts), len(domain.TugasKode()))
	}
	for _, x := range ts {
		if x.Label == x.Kode || x.Kelompok == "" || len(x.Sources) == 0 {
			t.Errorf("to-do %+v", x)
		}
		if x.Ditandai != (x.Kode == domain.SyaratSertifikat) {
			t.Errorf("tick of %s: %v", x.Kode, x.Ditandai)
		}
	}
}

// TestSyaratBasisWorded: every condition of the projection carries its grade
// in words.
func TestSyaratBasisWorded(t *testing.T) {
	k := NewKarier(simulate(t, planRecord(nil, nil)).Karier)
	for _, l := range k.Langkah {
		for _, s := range l.Syarat {
			if !strings.HasPrefix(s.Basis, "sumber ") && !strings.HasPrefix(s.Basis, "disimpulkan") {
				t.Errorf("%s: basis %q", s.Kode, s.Basis)
			}
		}
	}
}
