package domain

import (
	"testing"
	"time"
)

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

// BenchmarkRencanaRecord30Tahun: the same kind of goal from a three-year
// record (2024–2026, Butuh Perbaikan in 2026), through the record projection.
func BenchmarkRencanaRecord30Tahun(b *testing.B) {
	r, err := DecodeRecord([]byte(recordBP))
	if err != nil {
		b.Fatal(err)
	}
	rr := SimulateRecord(r, time.Date(2026, time.December, 31, 0, 0, 0, 0, time.UTC))
	tujuan := TujuanKarier{Golongan: "IV/d", Tahun: 2057}
	if res, err := RencanaRecord(r, rr, tujuan, UKKJJadwal{}); err != nil || res.Status != RencanaDapat {
		b.Fatalf("%s: %s %v", tujuan.Label(), res.Status, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		RencanaRecord(r, rr, tujuan, UKKJJadwal{})
	}
}
