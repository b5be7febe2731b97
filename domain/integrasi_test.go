package domain

import (
	"errors"
	"strings"
	"testing"
)

func mustAK(t *testing.T, s string) AK {
	t.Helper()
	v, err := ParseAK(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestIntegrasi(t *testing.T) {
	tests := []struct {
		name    string
		j       Jenjang
		g       Golongan
		konv    string
		want    string // exact result
		peringa bool   // below the rank's sanity range
		errText string // part of the error, "" when no error
	}{
		{"§10 ex. 10 Ahli Madya IV/b", AhliMadya, "IV/b", "550,63", "150.63", false, ""},
		{"Ahli Pertama III/a at start", AhliPertama, "III/a", "100", "0", false, ""},
		{"Ahli Pertama III/b", AhliPertama, "III/b", "162,5", "62.5", false, ""},
		{"Ahli Muda III/d sanity 100–200", AhliMuda, "III/d", "312,125", "112.125", false, ""},
		{"Ahli Utama IV/e has no upper bound", AhliUtama, "IV/e", "1100", "250", false, ""},
		{"just under the jenjang threshold", AhliMuda, "III/d", "399,9999", "199.9999", false, ""},
		{"below the rank's step is flagged", AhliMadya, "IV/b", "520", "120", true, ""},
		{"result reaches the jenjang threshold", AhliMuda, "III/d", "400", "", false, "kenaikan jenjang"},
		{"below the nilai dasar", AhliMadya, "IV/a", "399,99", "", false, "nilai dasar"},
		{"golongan outside the jenjang", AhliMadya, "III/d", "450", "", false, "tidak berada dalam jenjang"},
		{"keterampilan has no nilai dasar", Mahir, "III/a", "120", "", false, "nilai dasar"},
		{"unknown jenjang", "ahli_super", "IV/a", "500", "", false, "tidak dikenal"},
		{"negative", AhliMuda, "III/c", "-1", "", false, "negatif"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, step, err := Integrasi(tt.j, tt.g, mustAK(t, tt.konv))
			if tt.errText != "" {
				if err == nil || !errors.Is(err, ErrIntegrasi) || !strings.Contains(err.Error(), tt.errText) {
					t.Fatalf("err = %v, want ErrIntegrasi with %q", err, tt.errText)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Exact() != tt.want {
				t.Errorf("got %s, want %s", got.Exact(), tt.want)
			}
			if step.Rule != "integrasi" || !strings.Contains(step.Pesan, got.Display()) || !hasString(step.Sources, "BKN3") {
				t.Errorf("step = %+v", step)
			}
			if strings.Contains(step.Pesan, "Perhatian") != tt.peringa {
				t.Errorf("sanity warning = %v, want %v: %s", !tt.peringa, tt.peringa, step.Pesan)
			}
		})
	}
	// The worked example's display and message.
	_, step, _ := Integrasi(AhliMadya, "IV/b", mustAK(t, "550,63"))
	if want := "AK konvensional 550,63 − nilai dasar Ahli Madya 400 = 150,63"; !strings.Contains(step.Pesan, want) {
		t.Errorf("pesan %q lacks %q", step.Pesan, want)
	}
}
