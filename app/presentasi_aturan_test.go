package app

import (
	"testing"

	"simkinerja/domain"
)

func TestPenempatanTabelFromTheRules(t *testing.T) {
	kolom, baris := PenempatanTabel("2024", "2026")
	if len(kolom) != 3 || len(baris) != 12 {
		t.Fatalf("%d columns, %d rows", len(kolom), len(baris))
	}
	rs, _ := domain.Rules("2024")
	for m, b := range baris {
		if len(b.Status) != 3 {
			t.Fatalf("%s: %v", b.Bulan, b.Status)
		}
		// The 2024 columns follow the rule set's table, word for word.
		for k, st := range rs.Penempatan[m].Status {
			w := penempatanKata[st]
			if rs.Penempatan[m].Asumsi && st != "tidak_berlaku" {
				w += " *"
			}
			if b.Status[k] != w {
				t.Errorf("%s period %d: %q, want %q", b.Bulan, k, b.Status[k], w)
			}
		}
	}
	if baris[4].Status[0] != "otomatis, perilaku saja" || baris[6].Status[0] != "—" || baris[9].Status[1] != "siklus penuh *" {
		t.Errorf("May/July/October 2024: %v %v %v", baris[4].Status, baris[6].Status, baris[9].Status)
	}
}

func TestKenaikanTabelFromTheJenjangTable(t *testing.T) {
	rows := KenaikanTabel()
	if len(rows) != 4 {
		t.Fatalf("%d keahlian rows", len(rows))
	}
	// Ahli Pertama: 50 AK per rank step at 12,5 a year = 4 years of Baik,
	// 18,75 a year with Sangat Baik = 3 years; 100 AK to Ahli Muda.
	r := rows[0]
	if r.Jenjang != "Ahli Pertama" || r.Koefisien != "12,5" || r.Pangkat != "50" || r.Jenjang2 != "100" || r.TahunBaik != 4 || r.TahunSangatBaik != 3 {
		t.Errorf("Ahli Pertama: %+v", r)
	}
	if rows[3].Jenjang2 != "—" {
		t.Errorf("Ahli Utama has no next jenjang: %+v", rows[3])
	}
}
