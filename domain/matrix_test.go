package domain

import "testing"

// TestPredikatMatrix checks all nine cells of RULES.md §4 against its reading rules.
func TestPredikatMatrix(t *testing.T) {
	tests := []struct {
		hk, pk Rating
		want   Predikat
	}{
		{DiAtas, DiBawah, Kurang}, {DiAtas, Sesuai, Baik}, {DiAtas, DiAtas, SangatBaik},
		{Sesuai, DiBawah, Kurang}, {Sesuai, Sesuai, Baik}, {Sesuai, DiAtas, Baik},
		{DiBawah, DiBawah, SangatKurang}, {DiBawah, Sesuai, ButuhPerbaikan}, {DiBawah, DiAtas, ButuhPerbaikan},
	}
	for _, tt := range tests {
		got, ok := PredikatDari(tt.hk, tt.pk)
		if !ok || got != tt.want {
			t.Errorf("PredikatDari(%s, %s) = %s, want %s", tt.hk, tt.pk, got, tt.want)
		}
	}
	if _, ok := PredikatDari("baik", Sesuai); ok {
		t.Error("an unknown rating must not give a predikat")
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		in   []Rating
		want Rating
		ok   bool
	}{
		{[]Rating{DiAtas, DiAtas, Sesuai}, DiAtas, true},
		{[]Rating{DiAtas, DiBawah, Sesuai}, Sesuai, true},
		{[]Rating{DiBawah, DiBawah, DiAtas}, DiBawah, true},
		{[]Rating{DiAtas, Sesuai}, Sesuai, true}, // even count: lower middle
		{[]Rating{DiAtas, DiAtas, DiAtas, DiAtas, Sesuai, Sesuai, DiBawah}, DiAtas, true},
		{[]Rating{DiAtas, DiAtas, DiAtas, Sesuai, Sesuai, DiBawah, DiBawah}, Sesuai, true},
		{[]Rating{"x", ""}, "", false},
		{nil, "", false},
	}
	for _, tt := range tests {
		got, ok := Median(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Median(%v) = %s, %v; want %s, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParsePredikatAliases(t *testing.T) {
	for in, want := range map[string]Predikat{"cukup": ButuhPerbaikan, "Cukup": ButuhPerbaikan, "butuh_perbaikan": ButuhPerbaikan, "sangat_baik": SangatBaik, "kurang_misconduct": Kurang} {
		if got, ok := ParsePredikat(in); !ok || got != want {
			t.Errorf("ParsePredikat(%q) = %s, %v; want %s", in, got, ok, want)
		}
	}
	if _, ok := ParsePredikat("istimewa"); ok {
		t.Error("istimewa is an organisation predikat, not an employee predikat")
	}
}
