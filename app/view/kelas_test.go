package view

import (
	"strings"
	"testing"

	"simkinerja/domain"
	"simkinerja/domain/wire"
)

func TestKelasListsInvalidSubmissionsWithTheirReason(t *testing.T) {
	ok := wire.Submission{ID: "a", SubmissionResult: wire.SubmissionResult{Name: "Bu Ani", Rules: "2024", Role: domain.Guru,
		Jenjang: domain.AhliMuda, Predikat: domain.Baik, PredikatLabel: "Baik", AngkaKredit: "25", PoinBerlaku: true, KurangPoin: true}}
	bad := wire.Submission{ID: "b", Masalah: "Skenario ini tidak lagi valid menurut aturan terbaru; minta peserta mengirim ulang."}
	k := NewKelas(wire.ClassView{Submissions: []wire.Submission{ok, bad},
		Aggregate: wire.Aggregate{Count: 1, Predikat: map[domain.Predikat]int{domain.Baik: 1}, TidakValid: 1, MedianAngkaKredit: "25"}})
	if len(k.Rows) != 2 {
		t.Fatalf("rows %d, want every submission", len(k.Rows))
	}
	if r := k.Rows[0]; r.Masalah != "" || r.Poin != "kurang" || r.Peran != "Guru · Ahli Muda · 2024" || r.AngkaKredit != "25" {
		t.Errorf("valid row %+v", r)
	}
	r := k.Rows[1]
	if r.Name != "Peserta 2" || r.Masalah != bad.Masalah || r.AngkaKredit != "—" || r.PredikatLabel != "—" || r.Predikat != "" {
		t.Errorf("invalid row %+v", r)
	}
	if !strings.HasPrefix(k.TidakValid, "1 kiriman tidak lagi valid") || k.Median != "25" || k.Mean != "—" {
		t.Errorf("figures %+v", k)
	}
	if len(k.Predikat) != len(domain.Predikats) || k.Predikat[1].Count != 1 {
		t.Errorf("distribution %+v", k.Predikat)
	}
}
