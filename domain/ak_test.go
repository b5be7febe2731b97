package domain

import (
	"errors"
	"testing"
)

func TestAKDisplay(t *testing.T) {
	tests := []struct {
		ak   AK
		want string
	}{
		{NewAK(75, 2), "37,5"},        // §10 ex. 1
		{NewAK(25, 12), "2,08"},       // §10 ex. 4: 2/12 × 12,5
		{NewAK(25, 8), "3,13"},        // 3,125 half-up [CODE-SIASN]
		{NewAK(75, 8), "9,38"},        // 9,375 half-up
		{AKInt(50), "50"},             // no trailing zeros
		{NewAK(125, 12), "10,42"},     // §7.2 TMT 1 March
		{NewAK(1875, 100), "18,75"},   //
		{NewAK(15063, 100), "150,63"}, // §10 ex. 10
		{AKInt(1050), "1.050"},        // thousands grouping
		{AK{}, "0"},
		{NewAK(-25, 2), "-12,5"},
		{NewAK(1, 200), "0,01"}, // 0,005 rounds up
		{NewAK(1, 201), "0"},
	}
	for _, tt := range tests {
		if got := tt.ak.Display(); got != tt.want {
			t.Errorf("%v.Display() = %q, want %q", tt.ak.Exact(), got, tt.want)
		}
	}
}

func TestAKExactSum(t *testing.T) {
	// §10 ex. 5: 18,75 + 2,0833… = 20,8333… → 20,83; summing rounded values would give 20,83 too,
	// but twelve one-month periods show why the sum must be exact: 12 × 1,0416… = 12,5 exactly.
	sum := NewAK(75, 4).Add(NewAK(25, 12))
	if got := sum.Display(); got != "20,83" {
		t.Errorf("18,75 + 25/12 = %s, want 20,83", got)
	}
	var year AK
	for range 12 {
		year = year.Add(KonversiAK(Baik, AhliPertama, 1))
	}
	if year.Cmp(NewAK(25, 2)) != 0 {
		t.Errorf("12 months of Baik Ahli Pertama = %s, want exactly 12,5", year.Exact())
	}
}

func TestParseAK(t *testing.T) {
	tests := []struct {
		in   string
		want AK
		err  bool
	}{
		{"550,63", NewAK(55063, 100), false},
		{"550.63", NewAK(55063, 100), false},
		{" 37 ", AKInt(37), false},
		{",5", NewAK(1, 2), false},
		{"1.050,5", AK{}, true},
		{"", AK{}, true},
		{"abc", AK{}, true},
		{"1,23456", AK{}, true},
		{"1e3", AK{}, true},
		{"-", AK{}, true},
	}
	for _, tt := range tests {
		got, err := ParseAK(tt.in)
		if tt.err {
			if !errors.Is(err, ErrAKSyntax) {
				t.Errorf("ParseAK(%q) error = %v, want ErrAKSyntax", tt.in, err)
			}
			continue
		}
		if err != nil || got.Cmp(tt.want) != 0 {
			t.Errorf("ParseAK(%q) = %s, %v; want %s", tt.in, got.Exact(), err, tt.want.Exact())
		}
	}
}

func TestAKTextRoundTrip(t *testing.T) {
	for _, a := range []AK{NewAK(125, 12), NewAK(75, 2), AKInt(0), NewAK(-3, 8)} {
		b, _ := a.MarshalText()
		var back AK
		if err := back.UnmarshalText(b); err != nil || back.Cmp(a) != 0 {
			t.Errorf("round trip of %s via %q = %s, %v", a.Exact(), b, back.Exact(), err)
		}
	}
}

// TestKonversiTable checks every cell of RULES.md §7.1 exactly.
func TestKonversiTable(t *testing.T) {
	want := map[Jenjang][5]string{ // SB, B, BP, K, SK
		Pemula:      {"5.625", "3.75", "2.8125", "1.875", "0.9375"},
		Terampil:    {"7.5", "5", "3.75", "2.5", "1.25"},
		Mahir:       {"18.75", "12.5", "9.375", "6.25", "3.125"},
		Penyelia:    {"37.5", "25", "18.75", "12.5", "6.25"},
		AhliPertama: {"18.75", "12.5", "9.375", "6.25", "3.125"},
		AhliMuda:    {"37.5", "25", "18.75", "12.5", "6.25"},
		AhliMadya:   {"56.25", "37.5", "28.125", "18.75", "9.375"},
		AhliUtama:   {"75", "50", "37.5", "25", "12.5"},
	}
	for j, row := range want {
		for i, p := range Predikats {
			if got := KonversiAK(p, j, 12).Exact(); got != row[i] {
				t.Errorf("%s × %s = %s, want %s", j, p, got, row[i])
			}
		}
	}
}
