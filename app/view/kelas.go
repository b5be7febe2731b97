package view

import (
	"fmt"
	"strconv"

	"simkinerja/domain"
	"simkinerja/domain/wire"
)

// KelasRow is one submission in the trainer's class table. A submission that
// no longer validates is a row too: Masalah says why and the result columns
// are dashes, so the trainer sees every participant who sent something.
type KelasRow struct {
	Name     string
	Peran    string // role · jenjang · rule year, or "—"
	Predikat domain.Predikat
	// PredikatLabel, AngkaKredit and Poin are display text ("—" when unknown).
	PredikatLabel string
	AngkaKredit   string
	Poin          string
	Masalah       string
}

// Kelas is the class screen's model.
type Kelas struct {
	Count      int
	Median     string
	Mean       string
	KurangPoin int
	// TanpaPoin is the note on submissions under rules without points, or "".
	TanpaPoin string
	// TidakValid is the note on submissions left out of the figures, or "".
	TidakValid string
	Predikat   []PredikatCount
	Rows       []KelasRow
}

// PredikatCount is one bar of the predikat distribution.
type PredikatCount struct {
	Predikat domain.Predikat
	Label    string
	Count    int
}

// NewKelas builds the class model from the worker's view.
func NewKelas(v wire.ClassView) Kelas {
	a := v.Aggregate
	k := Kelas{Count: a.Count, Median: Dash(a.MedianAngkaKredit), Mean: Dash(a.MeanAngkaKredit), KurangPoin: a.KurangPoin}
	if a.PoinTidakBerlaku > 0 {
		k.TanpaPoin = fmt.Sprintf("%d kiriman memakai aturan tanpa poin; tidak dihitung untuk 32 poin.", a.PoinTidakBerlaku)
	}
	if a.TidakValid > 0 {
		k.TidakValid = fmt.Sprintf("%d kiriman tidak lagi valid dan tidak dihitung dalam angka di atas; alasannya tertulis di daftar kiriman.", a.TidakValid)
	}
	for _, p := range domain.Predikats {
		k.Predikat = append(k.Predikat, PredikatCount{p, p.Label(), a.Predikat[p]})
	}
	for i, s := range v.Submissions {
		k.Rows = append(k.Rows, kelasRow(i, s))
	}
	return k
}

func kelasRow(i int, s wire.Submission) KelasRow {
	r := KelasRow{Name: s.Name, Peran: "—", PredikatLabel: "—", AngkaKredit: "—", Poin: "—", Masalah: s.Masalah}
	if r.Name == "" {
		r.Name = "Peserta " + strconv.Itoa(i+1)
	}
	if !s.Valid() {
		return r
	}
	r.Peran = s.Role.Label() + " · " + s.Jenjang.Label() + " · " + s.Rules
	r.Predikat, r.PredikatLabel, r.AngkaKredit = s.Predikat, Dash(s.PredikatLabel), Dash(s.AngkaKredit)
	r.Poin = PoinText(s.SubmissionResult)
	return r
}

// PoinText words a submission's 32-point check.
func PoinText(s wire.SubmissionResult) string {
	switch {
	case !s.PoinBerlaku:
		return "tidak berlaku"
	case s.KurangPoin:
		return "kurang"
	}
	return "terpenuhi"
}

// Dash shows an empty value as an em dash.
func Dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
