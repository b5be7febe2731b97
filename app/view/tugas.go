package view

import "simkinerja/domain"

// Tugas is one to-do the user ticks (rencana.tugas), as a checkbox.
type Tugas struct {
	Kode, Label, Kelompok string
	Ditandai              bool
	Sources               []string
}

// TugasLabel is the condition's wording of a to-do code.
func TugasLabel(kode string) string {
	for _, d := range domain.SyaratLangkahTable() {
		if d.Kode == kode {
			return d.Label
		}
	}
	for _, d := range domain.SyaratKSTable() {
		if d.Kode == kode {
			return d.Label
		}
	}
	return kode
}

// NewTugas lists every to-do code (domain.TugasKode) with its label, its group
// (kenaikan jenjang, or TPG and kepala sekolah) and whether it is ticked.
func NewTugas(tugas map[string]bool) []Tugas {
	langkah := map[string]bool{}
	for _, k := range domain.TugasLangkah() {
		langkah[k] = true
	}
	src := map[string][]string{}
	for _, d := range domain.SyaratLangkahTable() {
		src[d.Kode] = d.Sources
	}
	for _, d := range domain.SyaratKSTable() {
		if src[d.Kode] == nil {
			src[d.Kode] = d.Sources
		}
	}
	var out []Tugas
	for _, k := range domain.TugasKode() {
		g := "Kenaikan jenjang (UKKJ)"
		if !langkah[k] {
			g = "TPG dan calon kepala sekolah"
		}
		out = append(out, Tugas{Kode: k, Label: TugasLabel(k), Kelompok: g, Ditandai: tugas[k], Sources: src[k]})
	}
	return out
}
