package domain

import "testing"

func TestRatingDariOrganisasi(t *testing.T) {
	want := map[PredikatOrganisasi]Rating{OrgIstimewa: DiAtas, OrgBaik: Sesuai, OrgButuhPerbaikan: DiBawah, OrgKurang: DiBawah, OrgSangatKurang: DiBawah}
	for p, r := range want {
		if got, ok := RatingDariOrganisasi(p); !ok || got != r {
			t.Errorf("%s → %s, want %s", p, got, r)
		}
	}
	if _, ok := RatingDariOrganisasi("luar_biasa"); ok {
		t.Error("unknown organisation predikat must not map")
	}
}
