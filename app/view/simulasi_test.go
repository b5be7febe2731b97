package view

import (
	"strings"
	"testing"

	"simkinerja/domain"
)

func TestPeriodeHasil(t *testing.T) {
	sc := domain.NewScenario("2024", domain.Guru, domain.AhliMuda)
	res := domain.Simulate(sc)
	if h := NewPeriodeHasil(res.Periods[0]); h.Predikat != "—" || h.Kelas != "" || !strings.HasPrefix(h.Catatan, "Pilih rating") || h.AKLabel != "Angka kredit (6 bulan)" {
		t.Errorf("empty period %+v", h)
	}
	sc.Periods[0].Praktik = &domain.Nilai{Rating: domain.DiAtas}
	sc.Periods[0].Perilaku = &domain.Nilai{Aspects: map[string]domain.Rating{"akuntabel": domain.DiAtas}}
	for k := range sc.Periods[0].Dokumen {
		sc.Periods[0].Dokumen[k] = false
	}
	h := NewPeriodeHasil(domain.Simulate(sc).Periods[0])
	if h.Predikat != "Sangat Baik" || !strings.HasPrefix(h.Catatan, "Tertahan: dokumen akuntabilitas belum lengkap") || h.Saran == "" {
		t.Errorf("withheld period from a median suggestion %+v", h)
	}
}
