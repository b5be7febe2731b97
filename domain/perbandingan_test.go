package domain

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// seed001Dupak is the DUPAK illustration of seed 001: 12,5×1 + 8×1 + 7×1 + 2×2 + 0,5×8.
var seed001Dupak = []ButirDupak{
	{AK: "12.5", Jumlah: 1}, {AK: "8", Jumlah: 1}, {AK: "7", Jumlah: 1}, {AK: "2", Jumlah: 2}, {AK: "0.5", Jumlah: 8},
}

func TestDUPAK(t *testing.T) {
	tests := []struct {
		name  string
		items []ButirDupak
		want  string // exact
		err   bool
	}{
		{"seed 001 table", seed001Dupak, "35.5", false},
		{"comma decimals and a fraction of a hundredth", []ButirDupak{{AK: "0,0125", Jumlah: 3}, {AK: "1,5", Jumlah: 0}}, "0.0375", false},
		{"empty", nil, "0", false},
		{"not a number", []ButirDupak{{AK: "8", Jumlah: 1}, {AK: "delapan", Jumlah: 1}}, "", true},
		{"negative count", []ButirDupak{{AK: "8", Jumlah: -1}}, "", true},
		{"negative AK", []ButirDupak{{AK: "-8", Jumlah: 1}}, "", true},
		{"AK too large", []ButirDupak{{AK: "1000,5", Jumlah: 1}}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DUPAK(tt.items)
			if tt.err {
				if err == nil || !errors.Is(err, ErrButirDupak) {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if err != nil || got.Exact() != tt.want {
				t.Errorf("got %s, %v; want %s", got.Exact(), err, tt.want)
			}
		})
	}
	_, err := DUPAK([]ButirDupak{{AK: "8", Jumlah: 1}, {AK: "x", Jumlah: 1}})
	if err == nil || !strings.Contains(err.Error(), "butir ke-2") || !errors.Is(err, ErrAKSyntax) {
		t.Errorf("error does not name the line or the cause: %v", err)
	}
}

func TestBandingkan(t *testing.T) {
	// Seed 001: old DUPAK 35,5 against Ahli Muda Sangat Baik 25 × 150 % = 37,5.
	r, err := Bandingkan(seed001Dupak, KonversiAK(SangatBaik, AhliMuda, 12))
	if err != nil {
		t.Fatal(err)
	}
	if r.Dupak != "35,5" || r.KonversiText != "37,5" || r.SelisihText != "+2" || r.Selisih.Exact() != "2" {
		t.Errorf("%+v", r)
	}
	var totals []string
	for _, b := range r.Baris {
		totals = append(totals, b.AKButir+"×"+itoa(b.Jumlah)+"="+b.TotalText)
	}
	if want := []string{"12,5×1=12,5", "8×1=8", "7×1=7", "2×2=4", "0,5×8=4"}; !reflect.DeepEqual(totals, want) {
		t.Errorf("baris = %q", totals)
	}
	if len(r.Langkah) != 2 || !strings.Contains(r.Langkah[0].Pesan, "35,5") || !hasString(r.Langkah[1].Sources, "P1") {
		t.Errorf("langkah = %+v", r.Langkah)
	}
	// A smaller conversion shows a negative difference.
	r, _ = Bandingkan(seed001Dupak, KonversiAK(Baik, AhliPertama, 12))
	if r.SelisihText != "-23" {
		t.Errorf("selisih = %s", r.SelisihText)
	}
	if _, err := Bandingkan([]ButirDupak{{AK: "x"}}, AK{}); err == nil {
		t.Errorf("bad line accepted")
	}
}

func TestValidateDupak(t *testing.T) {
	s := NewScenario("2024", Guru, AhliMuda)
	s.Dupak = []ButirDupak{
		{Butir: "Melaksanakan pembelajaran", AK: "12,5", Jumlah: 1},
		{AK: "dua", Jumlah: 1},
		{AK: "2", Jumlah: -3},
		{AK: "5000", Jumlah: 1},
		{Butir: strings.Repeat("x", 201), AK: "1", Jumlah: 1},
	}
	var ve *ValidationError
	if err := Validate(s); !errors.As(err, &ve) {
		t.Fatalf("err = %v", err)
	}
	want := []string{"dupak[1].ak", "dupak[2].jumlah", "dupak[3].ak", "dupak[4].butir"}
	if got := ve.Paths(); !reflect.DeepEqual(got, want) {
		t.Errorf("paths = %q, want %q", got, want)
	}
	s.Dupak = seed001Dupak
	if err := Validate(s); err != nil {
		t.Errorf("seed table rejected: %v", err)
	}
}
