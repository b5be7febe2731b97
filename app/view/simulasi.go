package view

import (
	"fmt"
	"strings"

	"simkinerja/domain"
)

// PeriodeHasil is what Simulasi shows under a period's form.
type PeriodeHasil struct {
	// Predikat is the label, or "—" while it cannot be given; Kelas is the
	// predikat code for colour (empty then).
	Predikat, Kelas string
	// AKLabel names the AK line ("Angka kredit (6 bulan)"); AK its value.
	AKLabel, AK string
	// Catatan says why there is no predikat yet, or why it is withheld.
	Catatan string
	// Saran is set when a rating came from the median of the aspects.
	Saran string
}

// NewPeriodeHasil words a period's result.
func NewPeriodeHasil(pr domain.PeriodResult) PeriodeHasil {
	h := PeriodeHasil{Predikat: pr.PredikatLabel, Kelas: string(pr.Predikat), AK: pr.AngkaKredit,
		AKLabel: fmt.Sprintf("Angka kredit (%d bulan)", pr.Months)}
	switch pr.Status {
	case domain.StatusBelumLengkap:
		h.Predikat, h.Kelas = "—", ""
		h.Catatan = "Pilih rating Hasil Kerja dan Perilaku Kerja, atau isi predikat."
	case domain.StatusTertahan:
		h.Catatan = "Tertahan: dokumen akuntabilitas belum lengkap (" + strings.Join(pr.Dokumen.Kurang, ", ") + "). Predikat baru keluar setelah dokumen lengkap."
		if pr.AKTertahanText != "" {
			h.Catatan += " AK " + pr.AKTertahanText + " menyusul."
		}
	}
	if pr.HasilKerja.Sumber == domain.SumberSaranMedian || pr.Perilaku.Sumber == domain.SumberSaranMedian {
		h.Saran = "Memakai saran median aspek (bukan ketentuan resmi)."
	}
	return h
}
