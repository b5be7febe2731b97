package view

import (
	"testing"
	"time"

	"simkinerja/domain"
)

// TestLedgerOfThreeRecordedYears: the recorded years' AK add up per jenjang
// from the AK held before, each year under its own rules.
func TestLedgerOfThreeRecordedYears(t *testing.T) {
	r := domain.NewRecord(domain.Guru, domain.AhliMuda, 2024).AddTahun(2025).AddTahun(2026)
	r.Profil.AKAwal = "10"
	for k := range r.Tahun {
		for i := range r.Tahun[k].Periods {
			r.Tahun[k].Periods[i].Predikat = domain.Baik
		}
	}
	if err := domain.ValidateRecord(r); err != nil {
		t.Fatal(err)
	}
	ls := NewLedger(domain.SimulateRecord(r, time.Time{}).Ledger)
	if len(ls) != 1 || len(ls[0].Rows) != 3 {
		t.Fatalf("ledger %+v", ls)
	}
	l := ls[0]
	if l.Judul != "Ahli Muda: awal 10 (AK awal dari PAK terakhir)" || l.Rows[0].Aturan != "aturan 2024" || l.Rows[2].Aturan != "aturan 2026" {
		t.Errorf("ledger %+v", l)
	}
	// Ahli Muda, Baik: 25 a year.
	if l.Rows[0].AK != "25" || l.Rows[2].Kumulatif != "85" || l.Total != "85" {
		t.Errorf("sums %+v total %s", l.Rows, l.Total)
	}
}
