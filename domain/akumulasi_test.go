package domain

import "testing"

func TestAkumulasi(t *testing.T) {
	base := func(rules RuleYear, j Jenjang, g Golongan, k Karier, periods ...Period) Scenario {
		return Scenario{Schema: SchemaVersion, Rules: rules, Role: Guru, Jenjang: j, Golongan: g, Periods: periods, Karier: &k}
	}
	janFeb := Period{Name: "semester_1", Months: 2, Predikat: Baik, Dokumen: map[string]bool{"K3": true, "K5": true}}
	for _, tc := range []struct {
		name     string
		s        Scenario
		ok       bool
		sumber   string
		sebelum  string
		total    string
		totalAK  AK
		tahunIni string
	}{
		{"§10 ex. 5 via the 2023 projection", base("2024", AhliPertama, "III/a", Karier{TahunMulai: 2023, Proyeksi: []Predikat{SangatBaik}}, janFeb),
			true, AkumulasiProyeksi, "18,75", "20,83", NewAK(125, 6), "2,08"},
		{"§10 ex. 5 via AK awal", base("2024", AhliPertama, "III/a", Karier{AKAwal: "18,75", Proyeksi: []Predikat{Baik}}, janFeb),
			true, AkumulasiAKAwal, "18,75", "20,83", NewAK(125, 6), "2,08"},
		{"integrasi (§10 ex. 10) plus a full Baik year", base("2024", AhliMadya, "IV/b", Karier{AKKonvensional: "550,63", Proyeksi: []Predikat{Baik}},
			Period{Name: "semester_1", Months: 6, Predikat: Baik, Dokumen: map[string]bool{"K3": true, "K5": true}},
			Period{Name: "semester_2", Months: 6, Predikat: Baik, Dokumen: map[string]bool{"K3": true, "K5": true}}),
			true, AkumulasiIntegrasi, "150,63", "188,13", NewAK(18813, 100), "37,5"},
		{"projection starts after the rule year", base("2024", AhliPertama, "III/a", Karier{TahunMulai: 2025, Proyeksi: []Predikat{Baik}}, janFeb),
			false, "", "", "", AK{}, ""},
		{"year before ends in the next jenjang", base("2024", AhliPertama, "III/b", Karier{AKAwal: "99", TahunDalamPangkat: 4, TahunMulai: 2023, Proyeksi: []Predikat{SangatBaik}}, janFeb),
			false, "", "", "", AK{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Simulate(tc.s)
			if (res.Akumulasi != nil) != tc.ok {
				t.Fatalf("akumulasi %+v, want present=%v (karier %+v)", res.Akumulasi, tc.ok, res.Karier)
			}
			if !tc.ok {
				return
			}
			a := res.Akumulasi
			if a.Sumber != tc.sumber || a.SebelumText != tc.sebelum || a.TotalText != tc.total || a.TahunIniText != tc.tahunIni || a.Total.Cmp(tc.totalAK) != 0 {
				t.Errorf("got %+v", a)
			}
			if a.Total.Cmp(a.Sebelum.Add(res.AKTotal)) != 0 {
				t.Errorf("total %s is not sebelum %s + this year %s", a.Total.Exact(), a.Sebelum.Exact(), res.AKTotal.Exact())
			}
			if !hasStep(res.Trace, "akumulasi_ak") {
				t.Error("no akumulasi_ak step in the trace")
			}
		})
	}
}

func hasStep(steps []Step, rule string) bool {
	for _, s := range steps {
		if s.Rule == rule {
			return true
		}
	}
	return false
}
