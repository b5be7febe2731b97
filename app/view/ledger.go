package view

import (
	"strconv"

	"simkinerja/domain"
)

// LedgerRow is one recorded year in the AK ledger of a jenjang.
type LedgerRow struct {
	Tahun, Aturan, AK, Kumulatif string
	// Tertahan is the AK still withheld by missing documents, or "".
	Tertahan string
}

// LedgerJenjang is the AK held in one jenjang across the recorded years.
type LedgerJenjang struct {
	Judul string // "Ahli Muda: awal 12,5 (AK awal)"
	Rows  []LedgerRow
	Total string
}

// NewLedger builds the recorded years' AK per jenjang, as the domain sums it
// exactly; the screen shows it before the projection, which starts after it.
func NewLedger(ls []domain.LedgerJenjang) []LedgerJenjang {
	var out []LedgerJenjang
	for _, l := range ls {
		v := LedgerJenjang{Judul: l.Jenjang.Label() + ": awal " + l.AwalText + awalSumber(l.Sumber), Total: l.TotalText}
		for _, y := range l.Tahun {
			r := LedgerRow{Tahun: strconv.Itoa(y.Tahun), Aturan: "aturan " + string(y.Rules), AK: Dash(y.AngkaKredit), Kumulatif: y.KumulatifText}
			if !y.Tertahan.IsZero() {
				r.Tertahan = y.Tertahan.Display()
			}
			v.Rows = append(v.Rows, r)
		}
		out = append(out, v)
	}
	return out
}

func awalSumber(s string) string {
	switch s {
	case "ak_awal":
		return " (AK awal dari PAK terakhir)"
	case "integrasi":
		return " (hasil integrasi)"
	}
	return ""
}
