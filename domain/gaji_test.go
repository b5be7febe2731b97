package domain

import (
	"strings"
	"testing"
)

// The two ratio checks of RULES.md §14.2: in every column each 2-year step is
// ×1,0315 (1,03147–1,03152), and in every row each ruang step is ×1,0423
// (1,04227–1,04232). The bounds are printed to 5 decimals, so the test allows
// half a unit of the last one. Integer arithmetic: lo ≤ b/a ≤ hi ⇔
// lo·a ≤ b·10⁶ ≤ hi·a.
func TestGajiPokokRasio(t *testing.T) {
	for r := 1; r < len(gajiPokokTable); r++ {
		for c := range gajiGolongan {
			a, b := gajiPokokTable[r-1][c], gajiPokokTable[r][c]
			if b*1000000 < 1031465*a || b*1000000 > 1031525*a {
				t.Errorf("%s MKG %d→%d: %d → %d is not ×1,0315", gajiGolongan[c], 2*(r-1), 2*r, a, b)
			}
		}
	}
	for r := range gajiPokokTable {
		for c := 1; c < len(gajiGolongan); c++ {
			a, b := gajiPokokTable[r][c-1], gajiPokokTable[r][c]
			if b*1000000 < 1042265*a || b*1000000 > 1042325*a {
				t.Errorf("MKG %d %s→%s: %d → %d is not ×1,0423", 2*r, gajiGolongan[c-1], gajiGolongan[c], a, b)
			}
		}
	}
	// The checks catch the typo one public table has (III/b MKG 24 = 4242500).
	a, b, c := gajiPokokTable[11][1], int64(4242500), gajiPokokTable[13][1]
	if !(b*1000000 > 1031525*a || c*1000000 < 1031465*b) {
		t.Error("the ratio check would not catch 4242500")
	}
}

// The end points are the sourced ones (S-B/S-C): ranges per golongan.
func TestGajiPokokUjung(t *testing.T) {
	ujung := map[Golongan][2]int64{
		"III/a": {2785700, 4575200}, "III/b": {2903600, 4768800}, "III/c": {3026400, 4970500},
		"III/d": {3154400, 5180700}, "IV/a": {3287800, 5399900}, "IV/b": {3426900, 5628300},
		"IV/c": {3571900, 5866400}, "IV/d": {3723000, 6114500}, "IV/e": {3880400, 6373200},
	}
	for g, want := range ujung {
		lo, _ := GajiPokok(g, 0)
		hi, _ := GajiPokok(g, 32)
		if lo != want[0] || hi != want[1] {
			t.Errorf("%s: %d–%d, want %d–%d", g, lo, hi, want[0], want[1])
		}
	}
}

func TestGajiPokokLookup(t *testing.T) {
	tests := []struct {
		g    Golongan
		mkg  int
		want int64
		ok   bool
	}{
		{"III/a", 0, 2785700, true},
		{"III/a", 1, 2785700, true},
		{"III/a", 3, 2873500, true}, // MKG 3 → row 2
		{"III/b", 24, 4212500, true},
		{"III/b", 25, 4212500, true},
		{"IV/e", 33, 6373200, true}, // above 32 → row 32
		{"IV/e", 50, 6373200, true},
		{"II/d", 4, 0, false},
		{"III/a", -1, 0, false},
		{"", 0, 0, false},
	}
	for _, tc := range tests {
		got, ok := GajiPokok(tc.g, tc.mkg)
		if got != tc.want || ok != tc.ok {
			t.Errorf("GajiPokok(%s, %d) = %d %v, want %d %v", tc.g, tc.mkg, got, ok, tc.want, tc.ok)
		}
	}
	if v, _ := GajiPokokCPNS("III/a", 0); v != 2228560 {
		t.Errorf("CPNS III/a MKG 0 = %d, want 2228560 (§14.2)", v)
	}
	tab := TabelGajiPokok()
	if !tab.Sementara || len(tab.Sources) == 0 || tab.Mulai.Year() != 2024 {
		t.Errorf("table must be marked provisional with sources: %+v", tab)
	}
	for _, k := range tab.Sources {
		if !sumberDikenal(k) {
			t.Errorf("unknown source key %s", k)
		}
	}
}

// RULES.md §14.3: the worked path, Baik every year from III/a at MKG 0.
func TestNaikPangkatGajiJalur(t *testing.T) {
	tests := []struct {
		dari, ke         Golongan
		mkg              int
		sebelum, sesudah int64
	}{
		{"III/a", "III/b", 4, 2964000, 3089300},
		{"III/b", "III/c", 8, 3287000, 3426000},
		{"III/c", "III/d", 12, 3645200, 3799400},
		{"III/d", "IV/a", 16, 4042500, 4213500},
		{"IV/a", "IV/b", 20, 4483100, 4672800},
		{"IV/b", "IV/c", 24, 4971700, 5182000},
		{"IV/c", "IV/d", 28, 5513600, 5746800},
		{"IV/d", "IV/e", 32, 6114500, 6373200},
	}
	for _, tc := range tests {
		p, err := NaikPangkatGaji(tc.dari, tc.ke, tc.mkg)
		if err != nil {
			t.Fatal(err)
		}
		if p.Sebelum != tc.sebelum || p.Sesudah != tc.sesudah || p.Selisih != tc.sesudah-tc.sebelum || p.SelisihDenganTPG != 2*p.Selisih {
			t.Errorf("%s→%s MKG %d: %+v", tc.dari, tc.ke, tc.mkg, p)
		}
		if !p.Estimasi.Estimasi || len(p.Sources) == 0 || p.Jenis != PerubahanKP {
			t.Errorf("%s→%s: not marked as an estimate with sources", tc.dari, tc.ke)
		}
	}
	p, _ := NaikPangkatGaji("III/a", "III/b", 4)
	if want := "Kenaikan pangkat III/a → III/b: gaji pokok Rp2.964.000 → Rp3.089.300 (+Rp125.300 per bulan; +Rp250.600 dengan TPG)"; p.Teks != want {
		t.Errorf("Teks = %q\nwant   %q", p.Teks, want)
	}
	if _, err := NaikPangkatGaji("II/d", "III/a", 4); err == nil {
		t.Error("II/d is outside the table")
	}
}

func TestKGBGaji(t *testing.T) {
	p, err := KGBGaji("III/a", 2)
	if err != nil || p.Sebelum != 2785700 || p.Sesudah != 2873500 || p.Jenis != PerubahanKGB {
		t.Fatalf("%+v %v", p, err)
	}
	// A KGB step raises gaji pokok by 3,15 % (§14.3), within the ratio bounds.
	for _, g := range gajiGolongan {
		for mkg := 2; mkg <= 32; mkg += 2 {
			p, err := KGBGaji(g, mkg)
			if err != nil || p.Selisih <= 0 {
				t.Fatalf("%s %d: %+v %v", g, mkg, p, err)
			}
		}
	}
	for _, bad := range []int{0, 3, 34, -2} {
		if _, err := KGBGaji("III/a", bad); err == nil {
			t.Errorf("KGB at MKG %d must be refused", bad)
		}
	}
	if !strings.Contains(p.Teks, "Rp2.785.700 → Rp2.873.500") {
		t.Errorf("Teks = %q", p.Teks)
	}
}

func TestFormatRupiah(t *testing.T) {
	for n, want := range map[int64]string{0: "Rp0", 250000: "Rp250.000", 6373200: "Rp6.373.200", -125300: "−Rp125.300", 999: "Rp999"} {
		if got := FormatRupiah(n); got != want {
			t.Errorf("FormatRupiah(%d) = %q, want %q", n, got, want)
		}
	}
}
