package domain

import "testing"

// benchRencana runs the planner from III/a (2026) to a goal, through the
// scenario projection: the search, its confirming projection, and the
// best-case projection when the goal cannot be reached.
func benchRencana(b *testing.B, tujuan TujuanKarier, want string) {
	s := rencanaScenario(b, "III/a", "", 0, 2026, "")
	r, err := RencanaScenario(s, tujuan, UKKJJadwal{})
	if err != nil || r.Status != want {
		b.Fatalf("%s: %s %v", tujuan.Label(), r.Status, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		RencanaScenario(s, tujuan, UKKJJadwal{})
	}
}

// BenchmarkRencana30Tahun: IV/d by 2056, a 30-year horizon that needs a few
// Sangat Baik years (the goal: well under 50 ms in the browser).
func BenchmarkRencana30Tahun(b *testing.B) {
	benchRencana(b, TujuanKarier{Golongan: "IV/d", Tahun: 2056}, RencanaDapat)
}

// BenchmarkRencana30TahunBanyakSB: IV/e by 2056 needs Sangat Baik in most years.
func BenchmarkRencana30TahunBanyakSB(b *testing.B) {
	benchRencana(b, TujuanKarier{Golongan: "IV/e", Tahun: 2056}, RencanaDapat)
}

// BenchmarkRencanaTidakDapat: IV/e by 2046 cannot be reached; the answer adds
// the 40-year best case.
func BenchmarkRencanaTidakDapat(b *testing.B) {
	benchRencana(b, TujuanKarier{Golongan: "IV/e", Tahun: 2046}, RencanaTidakDapat)
}
