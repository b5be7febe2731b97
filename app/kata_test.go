package app

import "testing"

func TestTanpaKode(t *testing.T) {
	for in, want := range map[string]string{
		"kelebihan AK 2 dianggap hangus (§11 Q18).": "kelebihan AK 2 dianggap hangus.",
		"Oktober mengikuti Juli–September §11 Q3":   "Oktober mengikuti Juli–September",
		"lihat RULES.md §13.6 untuk tahapnya":       "lihat untuk tahapnya",
		"tanpa kode: 37,5 AK (Sangat Baik, 150%)":   "tanpa kode: 37,5 AK (Sangat Baik, 150%)",
	} {
		if got := TanpaKode(in); got != want {
			t.Errorf("TanpaKode(%q) = %q, want %q", in, got, want)
		}
	}
}
