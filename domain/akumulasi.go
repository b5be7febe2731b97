package domain

import (
	"fmt"
	"strconv"
)

// AkumulasiResult is the AK within the jenjang after the rule year's simulated
// periods: what was held before them plus their total, summed exactly and
// rounded only for display (RULES.md §10 ex. 5: 18,75 + 2,0833… = 20,83; §11
// Q9) [BKN-SLIDES-A].
type AkumulasiResult struct {
	// Tahun is the rule year whose periods are added.
	Tahun int `json:"tahun"`
	// Sebelum is the AK held before the rule year; Sumber says where it comes
	// from ("ak_awal", "integrasi" or "proyeksi": the career projection's
	// cumulative AK at the end of the year before).
	Sebelum     AK     `json:"sebelum"`
	SebelumText string `json:"sebelum_text"`
	Sumber      string `json:"sumber"`
	// TahunIni is the rule year's total (Result.AKTotal).
	TahunIni     AK     `json:"tahun_ini"`
	TahunIniText string `json:"tahun_ini_text"`
	Total        AK     `json:"total"`
	TotalText    string `json:"total_text"`
}

// Sources of what was held before the rule year.
const (
	AkumulasiAKAwal    = "ak_awal"
	AkumulasiIntegrasi = "integrasi"
	AkumulasiProyeksi  = "proyeksi"
)

// Akumulasi adds the rule year's total to the AK held before it. It needs a
// career projection (k) that starts in the rule year (so its AK awal is what
// was held before it) or earlier (then the projection's cumulative AK at the
// end of the year before is used). It answers false when the projection
// starts later, or when the year before ends in another jenjang than the
// scenario's: the periods' AK would then use a different koefisien.
func Akumulasi(s Scenario, k *KarierResult, total AK) (AkumulasiResult, bool) {
	tahun, err := strconv.Atoi(string(s.Rules))
	if k == nil || err != nil || k.TahunMulai > tahun {
		return AkumulasiResult{}, false
	}
	a := AkumulasiResult{Tahun: tahun, TahunIni: total}
	switch {
	case k.TahunMulai == tahun && k.AKIntegrasi != "":
		a.Sebelum, a.Sumber = k.AKAwal, AkumulasiIntegrasi
	case k.TahunMulai == tahun:
		a.Sebelum, a.Sumber = k.AKAwal, AkumulasiAKAwal
	default:
		found := false
		for _, row := range k.Tahunan {
			if row.Tahun == tahun-1 && row.Jenjang == s.Jenjang {
				a.Sebelum, a.Sumber, found = row.Kumulatif, AkumulasiProyeksi, true
			}
		}
		if !found {
			return AkumulasiResult{}, false
		}
	}
	a.Total = a.Sebelum.Add(total)
	a.SebelumText, a.TahunIniText, a.TotalText = a.Sebelum.Display(), total.Display(), a.Total.Display()
	return a, true
}

// pesan is the trace line of an accumulation.
func (a AkumulasiResult) pesan() string {
	asal := map[string]string{
		AkumulasiAKAwal:    "AK awal dalam jenjang",
		AkumulasiIntegrasi: "AK integrasi",
		AkumulasiProyeksi:  fmt.Sprintf("AK kumulatif proyeksi karier akhir %d", a.Tahun-1),
	}[a.Sumber]
	return fmt.Sprintf("AK kumulatif dalam jenjang setelah periode %d = %s %s + AK %d %s = %s (nilai eksak dijumlahkan, dibulatkan hanya untuk tampilan).",
		a.Tahun, asal, a.SebelumText, a.Tahun, a.TahunIniText, a.TotalText)
}
