package domain

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// rencanaScenario builds a valid guru scenario whose projection starts in
// tahunMulai from golongan g with AK awal and years in rank.
func rencanaScenario(tb testing.TB, g Golongan, akAwal string, masa, tahunMulai int, tmt string) Scenario {
	tb.Helper()
	s := NewScenario("2025", Guru, JenjangOf(g))
	s.Golongan = g
	s.TMT = tmt
	if y, m, ok := parseTMT(tmt); ok && y == 2025 {
		s.Periods[0].Months = 13 - m
	}
	s.Karier = &Karier{AKAwal: akAwal, TahunDalamPangkat: masa, TahunMulai: tahunMulai, Proyeksi: []Predikat{Baik}}
	if err := Validate(s); err != nil {
		tb.Fatalf("scenario not valid: %v", err)
	}
	return s
}

// proyektorScenario projects s with a plan, as RencanaScenario does.
func proyektorScenario(s Scenario) Proyektor {
	return func(plan []Predikat) *KarierResult {
		k := *s.Karier
		k.Proyeksi, k.Ulangi, k.TahunProyeksi = plan, false, 0
		s2 := s
		s2.Karier = &k
		r, _ := ProyeksiKarier(s2)
		return r
	}
}

// bruteForce tries every Baik/Sangat Baik plan of n years and returns the
// best reaching one by (fewest Sangat Baik, earliest), or ok == false.
func bruteForce(proyeksi Proyektor, t TujuanKarier, n int) (best []Predikat, ok bool) {
	var bestJ jejak
	jadwal := UKKJJadwalBaku()
	for mask := uint64(0); mask < 1<<uint(n); mask++ {
		plan := make([]Predikat, n)
		j := jejak{mask: mask}
		for i := range plan {
			plan[i] = Baik
			if mask&(1<<uint(i)) != 0 {
				plan[i] = SangatBaik
				j.n++
			}
		}
		if _, _, reached := capaiTujuan(proyeksi(plan), t, jadwal); reached && (!ok || j.lebihBaik(bestJ)) {
			best, bestJ, ok = plan, j, true
		}
	}
	return best, ok
}

func TestRencanaMatchesBruteForce(t *testing.T) {
	tests := []struct {
		g      Golongan
		ak     string
		masa   int
		mulai  int
		tmt    string
		tujuan TujuanKarier
	}{
		{"III/a", "", 0, 2024, "", TujuanKarier{Golongan: "III/b", Tahun: 2027}},
		{"III/a", "", 0, 2024, "", TujuanKarier{Golongan: "III/c", Tahun: 2031}},
		{"III/a", "", 0, 2024, "", TujuanKarier{Jenjang: AhliMuda, Tahun: 2032}},
		{"III/b", "60", 1, 2026, "", TujuanKarier{Golongan: "III/d", Tahun: 2034}},
		{"III/d", "150", 2, 2026, "", TujuanKarier{Golongan: "IV/a", Tahun: 2028}},
		{"III/d", "120", 0, 2026, "", TujuanKarier{Jenjang: AhliMadya, Tahun: 2030}},
		{"IV/b", "160", 1, 2026, "", TujuanKarier{Golongan: "IV/c", Tahun: 2030}},
		{"III/a", "", 0, 2025, "2025-07", TujuanKarier{Golongan: "III/b", Tahun: 2029}},
		{"III/a", "", 0, 2024, "2025-03", TujuanKarier{Golongan: "III/b", Tahun: 2030}},
		{"III/c", "0", 0, 2026, "", TujuanKarier{Golongan: "IV/a", Tahun: 2032}}, // unreachable
	}
	for _, tc := range tests {
		name := fmt.Sprintf("%s+%s→%s", tc.g, tc.ak, tc.tujuan.Label())
		t.Run(name, func(t *testing.T) {
			s := rencanaScenario(t, tc.g, tc.ak, tc.masa, tc.mulai, tc.tmt)
			got, err := RencanaScenario(s, tc.tujuan, UKKJJadwal{})
			if err != nil {
				t.Fatal(err)
			}
			n := tc.tujuan.Tahun - tc.mulai
			want, ok := bruteForce(proyektorScenario(s), tc.tujuan, n)
			if !ok {
				if got.Status != RencanaTidakDapat {
					t.Fatalf("brute force: unreachable; planner: %s %v", got.Status, got.Rencana)
				}
				return
			}
			if got.Status != RencanaDapat || got.Metode != MetodeTepat {
				t.Fatalf("status %s metode %s, want %s via %s: %s", got.Status, got.Metode, RencanaDapat, MetodeTepat, got.Pesan)
			}
			if !reflect.DeepEqual(got.Rencana, want) {
				t.Fatalf("plan %v, brute force %v", got.Rencana, want)
			}
		})
	}
}

func TestRencanaContoh(t *testing.T) {
	t.Run("III/b in 3 years: Sangat Baik twice, earliest first", func(t *testing.T) {
		s := rencanaScenario(t, "III/a", "", 0, 2024, "")
		r, err := RencanaScenario(s, TujuanKarier{Golongan: "III/b", Tahun: 2027}, UKKJJadwal{})
		if err != nil {
			t.Fatal(err)
		}
		// 18,75 + 18,75 + 12,5 = 50 at the end of 2026; TMT 1 January 2027.
		if want := []Predikat{SangatBaik, SangatBaik, Baik}; !reflect.DeepEqual(r.Rencana, want) {
			t.Fatalf("plan %v, want %v", r.Rencana, want)
		}
		if r.JumlahSangatBaik != 2 || !reflect.DeepEqual(r.TahunSangatBaik, []int{2024, 2025}) {
			t.Errorf("Sangat Baik years %v", r.TahunSangatBaik)
		}
		if r.TMTTujuanText != "1 Januari 2027" || len(r.Langkah) != 1 || r.Langkah[0].Tahun != 2026 {
			t.Errorf("TMT %s, steps %+v", r.TMTTujuanText, r.Langkah)
		}
		if len(r.Tugas) != 0 {
			t.Errorf("a rank step has no to-dos: %v", r.Tugas)
		}
	})
	t.Run("§14.3 path: Baik every year reaches III/b with TMT in 2028", func(t *testing.T) {
		s := rencanaScenario(t, "III/a", "", 0, 2024, "")
		r, _ := RencanaScenario(s, TujuanKarier{Golongan: "III/b", Tahun: 2028}, UKKJJadwal{})
		if r.Status != RencanaDapat || r.JumlahSangatBaik != 0 || r.TMTTujuanText != "1 Januari 2028" {
			t.Fatalf("%+v", r)
		}
	})
	t.Run("jenjang goal: UKKJ in June, TMT 1 July, to-dos listed", func(t *testing.T) {
		s := rencanaScenario(t, "III/b", "87,5", 2, 2026, "")
		r, _ := RencanaScenario(s, TujuanKarier{Jenjang: AhliMuda, Tahun: 2027}, UKKJJadwal{})
		if r.Status != RencanaDapat || r.JumlahSangatBaik != 0 {
			t.Fatalf("%s: %s", r.Status, r.Pesan)
		}
		l := r.Langkah[0]
		if !l.NaikJenjang || l.Tanggal.UKKJ == nil || l.TMTText != "1 Juli 2027" || l.UKKJText == "" {
			t.Errorf("step %+v", l)
		}
		if !reflect.DeepEqual(r.Tugas, TugasLangkah()) {
			t.Errorf("to-dos %v, want %v", r.Tugas, TugasLangkah())
		}
		// By 2026 it cannot be held: the UKKJ comes in 2027.
		r2, _ := RencanaScenario(s, TujuanKarier{Jenjang: AhliMuda, Tahun: 2026}, UKKJJadwal{})
		if r2.Status != RencanaTidakDapat || r2.PalingCepat != 2027 || r2.Terbaik != "III/b" {
			t.Errorf("by 2026: %s terbaik %s paling cepat %d", r2.Status, r2.Terbaik, r2.PalingCepat)
		}
	})
	t.Run("already reached", func(t *testing.T) {
		s := rencanaScenario(t, "IV/a", "", 0, 2026, "")
		for _, g := range []TujuanKarier{{Golongan: "III/d", Tahun: 2030}, {Golongan: "IV/a", Tahun: 2026}, {Jenjang: AhliMadya, Tahun: 2027}} {
			r, err := RencanaScenario(s, g, UKKJJadwal{})
			if err != nil || r.Status != RencanaSudah || len(r.Rencana) != 0 {
				t.Errorf("%s: %s %v", g.Label(), r.Status, err)
			}
		}
	})
	t.Run("unreachable: best reachable and earliest year", func(t *testing.T) {
		s := rencanaScenario(t, "III/a", "", 0, 2026, "")
		r, _ := RencanaScenario(s, TujuanKarier{Golongan: "IV/a", Tahun: 2034}, UKKJJadwal{})
		if r.Status != RencanaTidakDapat {
			t.Fatalf("status %s", r.Status)
		}
		// Sangat Baik every year: III/b after 3 years (TMT 2029), III/c after 3
		// more (ukkj 2032), III/d 2035 … IV/a needs 200 in Ahli Muda: 6 years.
		if r.Terbaik != "III/c" || r.TerbaikJenjang != AhliMuda || r.PalingCepat != 2038 {
			t.Errorf("terbaik %s %s, paling cepat %d: %s", r.Terbaik, r.TerbaikJenjang, r.PalingCepat, r.Pesan)
		}
		if r.Karier == nil || len(r.Karier.Tahunan) != TahunProyeksiMaks {
			t.Errorf("the best-case projection should be attached")
		}
	})
}

// A projection that does not credit a Sangat Baik in the first year: the
// model's plan fails there, and the fallback must still find a reaching plan.
func TestRencanaFallback(t *testing.T) {
	s := rencanaScenario(t, "III/a", "", 0, 2024, "")
	asli := proyektorScenario(s)
	aneh := func(plan []Predikat) *KarierResult {
		p := append([]Predikat(nil), plan...)
		if len(p) > 0 {
			p[0] = Baik
		}
		return asli(p)
	}
	a := AwalRencana{TahunMulai: 2024, Jenjang: AhliPertama, Golongan: "III/a"}
	tj := TujuanKarier{Golongan: "III/b", Tahun: 2028}
	r, err := RencanakanKarier(a, TujuanKarier{Golongan: "III/b", Tahun: 2027}, UKKJJadwal{}, aneh)
	if err != nil {
		t.Fatal(err)
	}
	// Years 2025 and 2026 give at most 37,5 after the Baik of 2024: 50 is reached.
	if r.Status != RencanaDapat || r.Metode != MetodePendekatan {
		t.Fatalf("%s %s: %s", r.Status, r.Metode, r.Pesan)
	}
	if _, _, ok := capaiTujuan(aneh(r.Rencana), TujuanKarier{Golongan: "III/b", Tahun: 2027}, UKKJJadwalBaku()); !ok {
		t.Errorf("fallback plan %v does not reach the goal", r.Rencana)
	}
	r2, _ := RencanakanKarier(a, tj, UKKJJadwal{}, aneh)
	if r2.Metode != MetodeTepat || r2.JumlahSangatBaik != 0 {
		t.Errorf("all-Baik plan needs no fallback: %s %d", r2.Metode, r2.JumlahSangatBaik)
	}
}

func TestRencanaValidate(t *testing.T) {
	a := AwalRencana{TahunMulai: 2026, Jenjang: AhliPertama, Golongan: "III/a"}
	tests := []struct {
		a     AwalRencana
		t     TujuanKarier
		paths []string
	}{
		{a, TujuanKarier{Tahun: 2030}, []string{"tujuan.golongan"}},
		{a, TujuanKarier{Golongan: "III/c", Jenjang: AhliMuda, Tahun: 2030}, []string{"tujuan.jenjang"}},
		{a, TujuanKarier{Golongan: "II/d", Tahun: 2030}, []string{"tujuan.golongan"}},
		{a, TujuanKarier{Jenjang: Penyelia, Tahun: 2030}, []string{"tujuan.jenjang"}},
		{a, TujuanKarier{Golongan: "III/c", Tahun: 2025}, []string{"tujuan.tahun"}},
		{a, TujuanKarier{Golongan: "III/c", Tahun: 2067}, []string{"tujuan.tahun"}},
		{AwalRencana{TahunMulai: 2026, Jenjang: Mahir, Golongan: "III/a"}, TujuanKarier{Golongan: "III/c", Tahun: 2030}, []string{"jenjang"}},
		{AwalRencana{TahunMulai: 2026, Jenjang: AhliMuda, Golongan: "III/a", AK: AKInt(-1), TahunDalamPangkat: -1, TMT: "2026-13", Riwayat: []Predikat{"bagus"}},
			TujuanKarier{Golongan: "III/d", Tahun: 2030}, []string{"golongan", "ak", "tahun_dalam_pangkat", "riwayat[0]", "tmt"}},
	}
	for _, tc := range tests {
		_, err := RencanakanKarier(tc.a, tc.t, UKKJJadwal{}, func([]Predikat) *KarierResult { t.Fatal("projection called on invalid input"); return nil })
		var ve *ValidationError
		if !errors.As(err, &ve) || !reflect.DeepEqual(ve.Paths(), tc.paths) {
			t.Errorf("%+v: %v, want paths %v", tc.t, err, tc.paths)
		}
	}
	bad := UKKJJadwal{Sesi: []UKKJSesi{{BatasBulan: 2, BatasHari: 30, UjianBulan: 3, UjianHari: 1}}}
	if _, err := RencanakanKarier(a, TujuanKarier{Golongan: "III/b", Tahun: 2030}, bad, nil); err == nil {
		t.Error("an invalid UKKJ schedule must be refused")
	}
}

// A known predikat below Baik just before the plan delays the first step: the
// 2-year condition reads it.
func TestRencanaRiwayat(t *testing.T) {
	s := rencanaScenario(t, "III/a", "50", 2, 2026, "")
	a := AwalRencana{TahunMulai: 2026, Jenjang: AhliPertama, Golongan: "III/a", AK: AKInt(50), TahunDalamPangkat: 2}
	tj := TujuanKarier{Golongan: "III/b", Tahun: 2027}
	r, _ := RencanakanKarier(a, tj, UKKJJadwal{}, proyektorScenario(s))
	if r.Status != RencanaDapat || r.TMTTujuanText != "1 Januari 2027" {
		t.Fatalf("%s %s", r.Status, r.TMTTujuanText)
	}
	a.Riwayat = []Predikat{ButuhPerbaikan}
	m := newModelRencana(a, tj, UKKJJadwalBaku(), 1)
	if _, _, found := m.cari(); found {
		t.Error("with Butuh Perbaikan in 2025 the step cannot come at the end of 2026")
	}
}

// recordBP is a record whose 2026 predikat is Butuh Perbaikan: the 2-year
// condition then holds back a step until the end of 2028, whatever the plan.
const recordBP = `{"schema":2,"profil":{"role":"guru","jenjang":"ahli_pertama","golongan":"III/a","ak_awal":"20","tahun_dalam_pangkat":1},
 "tahun":[
  {"tahun":2024,"periods":[{"name":"semester_1","months":6,"predikat":"sangat_baik","dokumen":{"K3":true,"K5":true}},{"name":"semester_2","months":6,"predikat":"baik","dokumen":{"K3":true,"K5":true}}]},
  {"tahun":2025,"periods":[{"name":"tahunan","months":12,"predikat":"baik","dokumen":{"5M":true}}]},
  {"tahun":2026,"skp":{"disetujui":true},"periods":[{"name":"tahunan","months":12,"predikat":"butuh_perbaikan","dokumen":{"dokumen_tersedia":true}}]}],
 "rencana":{"proyeksi":["baik"]}}`

func TestRencanaRecord(t *testing.T) {
	r, err := DecodeRecord([]byte(recordBP))
	if err != nil {
		t.Fatal(err)
	}
	rr := SimulateRecord(r, tgl(2026, time.December, 31))
	// AK in Ahli Pertama: 20 + 15,625 + 12,5 + 9,375 = 57,5 ≥ 50, but 2026 is
	// Butuh Perbaikan: no step at the end of 2026 or 2027.
	r1, err := RencanaRecord(r, rr, TujuanKarier{Golongan: "III/b", Tahun: 2028}, UKKJJadwal{})
	if err != nil {
		t.Fatal(err)
	}
	if r1.Status != RencanaTidakDapat || r1.PalingCepat != 2029 {
		t.Errorf("by 2028: %s, paling cepat %d: %s", r1.Status, r1.PalingCepat, r1.Pesan)
	}
	r2, _ := RencanaRecord(r, rr, TujuanKarier{Golongan: "III/b", Tahun: 2029}, UKKJJadwal{})
	if r2.Status != RencanaDapat || r2.JumlahSangatBaik != 0 || r2.TMTTujuanText != "1 Januari 2029" || r2.TahunMulai != 2027 {
		t.Errorf("by 2029: %s %d %s from %d", r2.Status, r2.JumlahSangatBaik, r2.TMTTujuanText, r2.TahunMulai)
	}
	// The search agrees with every plan tried on the record's own projection;
	// from AK awal 0 (37,5 by 2026), III/c by 2031 needs two Sangat Baik years.
	r0, err := DecodeRecord([]byte(strings.Replace(recordBP, `"ak_awal":"20"`, `"ak_awal":"0"`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		r  Record
		tj TujuanKarier
		sb int
	}{
		{r, TujuanKarier{Golongan: "III/c", Tahun: 2033}, 0},
		{r, TujuanKarier{Jenjang: AhliMuda, Tahun: 2032}, 0},
		{r0, TujuanKarier{Golongan: "III/c", Tahun: 2031}, 2},
		{r0, TujuanKarier{Golongan: "III/c", Tahun: 2030}, -1},
	} {
		r, tj := tc.r, tc.tj
		rr := SimulateRecord(r, tgl(2026, time.December, 31))
		got, err := RencanaRecord(r, rr, tj, UKKJJadwal{})
		if err != nil {
			t.Fatal(err)
		}
		if tc.sb >= 0 && got.JumlahSangatBaik != tc.sb || tc.sb < 0 && got.Status != RencanaTidakDapat {
			t.Errorf("%s: %s with %d Sangat Baik, want %d", tj.Label(), got.Status, got.JumlahSangatBaik, tc.sb)
		}
		proyeksi := func(plan []Predikat) *KarierResult {
			r2 := r
			r2.Rencana = &Rencana{Proyeksi: plan}
			kr, _ := resmi.karierRecord(r2, rr, nil)
			return kr
		}
		want, ok := bruteForce(proyeksi, tj, tj.Tahun-2027)
		t.Logf("%s: %s %v (brute force %v %v)", tj.Label(), got.Status, got.Rencana, ok, want)
		switch {
		case !ok && got.Status != RencanaTidakDapat:
			t.Errorf("%s: brute force finds nothing, planner %s %v", tj.Label(), got.Status, got.Rencana)
		case ok && (got.Metode != MetodeTepat || !reflect.DeepEqual(got.Rencana, want)):
			t.Errorf("%s: plan %v (%s), brute force %v", tj.Label(), got.Rencana, got.Metode, want)
		}
	}
}
