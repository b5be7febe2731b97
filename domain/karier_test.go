package domain

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// karierScenario builds a valid 2024 guru scenario with a career projection.
func karierScenario(t *testing.T, j Jenjang, g Golongan, k Karier) Scenario {
	t.Helper()
	s := NewScenario("2024", Guru, j)
	s.Golongan = g
	s.Karier = &k
	if err := Validate(s); err != nil {
		t.Fatalf("scenario not valid: %v", err)
	}
	return s
}

func repeat(p Predikat, n int) []Predikat {
	out := make([]Predikat, n)
	for i := range out {
		out[i] = p
	}
	return out
}

// langkahRingkas is a compact form of a step for table comparisons.
func langkahRingkas(l LangkahKarier) string {
	s := fmt.Sprintf("%s→%s %d %s", l.Dari, l.Golongan, l.Tahun, l.Verdict)
	if l.NaikJenjang {
		s += " +" + string(l.Jenjang) + " dibuang=" + l.AKDibuang
	}
	if l.Kekurangan != "" {
		s += " kurang=" + l.Kekurangan
	}
	return s
}

func ringkas(ls []LangkahKarier) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = langkahRingkas(l)
	}
	return out
}

func syaratOf(t *testing.T, l LangkahKarier, kode string) SyaratStep {
	t.Helper()
	for _, s := range l.Syarat {
		if s.Kode == kode {
			return s
		}
	}
	t.Fatalf("syarat %s missing in %+v", kode, l)
	return SyaratStep{}
}

func TestProyeksiKarierWorkedExamples(t *testing.T) {
	tests := []struct {
		name      string
		j         Jenjang
		g         Golongan
		k         Karier
		kumulatif []string // KumulatifText per year
		langkah   []string
	}{
		{
			name: "§10 ex. 7: Baik 4 years → III/b",
			j:    AhliPertama, g: "III/a",
			k:         Karier{Proyeksi: repeat(Baik, 4)},
			kumulatif: []string{"12,5", "25", "37,5", "50"},
			langkah:   []string{"III/a→III/b 2027 dapat dipertimbangkan", "III/b→III/c 0 belum dapat dipertimbangkan +ahli_muda dibuang= kurang=50"},
		},
		{
			name: "§10 ex. 8: Sangat Baik 2 years → short by 12,5",
			j:    AhliPertama, g: "III/a",
			k:         Karier{Proyeksi: repeat(SangatBaik, 2)},
			kumulatif: []string{"18,75", "37,5"},
			langkah:   []string{"III/a→III/b 0 belum dapat dipertimbangkan kurang=12,5"},
		},
		{
			name: "§10 ex. 9: Sangat Baik 3 years → III/b, 6,25 carried toward III/c",
			j:    AhliPertama, g: "III/a",
			k:         Karier{Proyeksi: repeat(SangatBaik, 3)},
			kumulatif: []string{"18,75", "37,5", "56,25"},
			langkah:   []string{"III/a→III/b 2026 dapat dipertimbangkan", "III/b→III/c 0 belum dapat dipertimbangkan +ahli_muda dibuang= kurang=43,75"},
		},
		{
			name: "§10 ex. 10 feeds §7.3: integrasi 150,63 at IV/b",
			j:    AhliMadya, g: "IV/b",
			k:         Karier{AKKonvensional: "550,63", TahunDalamPangkat: 2, Proyeksi: []Predikat{Baik}, Ulangi: true, TahunProyeksi: 5},
			kumulatif: []string{"188,13", "225,63", "263,13", "300,63", "338,13"},
			langkah:   []string{"IV/b→IV/c 2027 dapat dipertimbangkan", "IV/c→IV/d 0 belum dapat dipertimbangkan +ahli_utama dibuang= kurang=111,87"},
		},
		{
			name: "predikat below Baik blocks the step for 2 years",
			j:    AhliPertama, g: "III/a",
			k:         Karier{AKAwal: "45", TahunDalamPangkat: 3, Proyeksi: []Predikat{ButuhPerbaikan, Baik, Baik}},
			kumulatif: []string{"54,38", "66,88", "79,38"},
			langkah:   []string{"III/a→III/b 2026 dapat dipertimbangkan", "III/b→III/c 0 belum dapat dipertimbangkan +ahli_muda dibuang= kurang=20,63"},
		},
		{
			name: "tahun_mulai moves the calendar",
			j:    AhliMuda, g: "III/c",
			k:         Karier{TahunMulai: 2030, Proyeksi: repeat(SangatBaik, 3)},
			kumulatif: []string{"37,5", "75", "112,5"},
			langkah:   []string{"III/c→III/d 2032 dapat dipertimbangkan", "III/d→IV/a 0 belum dapat dipertimbangkan +ahli_madya dibuang= kurang=87,5"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, trace := ProyeksiKarier(karierScenario(t, tt.j, tt.g, tt.k))
			var kum []string
			for _, r := range res.Tahunan {
				kum = append(kum, r.KumulatifText)
			}
			if !reflect.DeepEqual(kum, tt.kumulatif) {
				t.Errorf("kumulatif = %q, want %q", kum, tt.kumulatif)
			}
			if got := ringkas(res.Langkah); !reflect.DeepEqual(got, tt.langkah) {
				t.Errorf("langkah = %q\nwant      %q", got, tt.langkah)
			}
			if len(trace) == 0 {
				t.Fatal("no trace")
			}
			for _, st := range trace {
				if st.Pesan == "" || len(st.Sources) == 0 {
					t.Errorf("trace step without text or source: %+v", st)
				}
				for _, k := range st.Sources {
					if _, ok := SourceByKey(k); !ok {
						t.Errorf("unknown source %q in %s", k, st.Rule)
					}
				}
			}
		})
	}
}

func TestProyeksiKarierExample8Conditions(t *testing.T) {
	res, trace := ProyeksiKarier(karierScenario(t, AhliPertama, "III/a", Karier{Proyeksi: repeat(SangatBaik, 2)}))
	l := res.Langkah[0]
	if l.Dapat || syaratOf(t, l, SyaratAK).Terpenuhi || !syaratOf(t, l, SyaratMasaPangkat).Terpenuhi || !syaratOf(t, l, SyaratPredikat2Tahun).Terpenuhi {
		t.Errorf("conditions: %+v", l.Syarat)
	}
	last := trace[len(trace)-1]
	if last.Rule != "kenaikan_belum" || !strings.Contains(last.Pesan, "kurang 12,5") {
		t.Errorf("last trace step: %+v", last)
	}
	if res.Tahunan[1].Golongan != "III/a" || res.Tahunan[1].TahunDalamPangkat != 2 || res.Tahunan[1].AngkaKredit != "18,75" {
		t.Errorf("row: %+v", res.Tahunan[1])
	}
}

// TestDerivedFacts checks RULES.md §7.3: from the first golongan of every
// keahlian jenjang, one rank step takes exactly 4 years at Baik and 3 years at
// Sangat Baik; 2 years at Sangat Baik are never enough.
func TestDerivedFacts(t *testing.T) {
	kurangSB2 := map[Jenjang]string{AhliPertama: "12,5", AhliMuda: "25", AhliMadya: "37,5", AhliUtama: "50"}
	for _, j := range []Jenjang{AhliPertama, AhliMuda, AhliMadya, AhliUtama} {
		g := Golongan(mustInfo(j).Golongan[0])
		for _, c := range []struct {
			p      Predikat
			tahun  int
			reach  bool
			kurang string
		}{
			{Baik, 4, true, ""},
			{Baik, 3, false, ""},
			{SangatBaik, 3, true, ""},
			{SangatBaik, 2, false, kurangSB2[j]},
		} {
			t.Run(fmt.Sprintf("%s %s %d", j, c.p, c.tahun), func(t *testing.T) {
				res, _ := ProyeksiKarier(karierScenario(t, j, g, Karier{Proyeksi: repeat(c.p, c.tahun)}))
				l := res.Langkah[0]
				if l.Dapat != c.reach {
					t.Fatalf("reached = %v: %+v", l.Dapat, l)
				}
				if c.reach && l.Tahun != 2024+c.tahun-1 {
					t.Errorf("tahun = %d", l.Tahun)
				}
				if c.kurang != "" && l.Kekurangan != c.kurang {
					t.Errorf("kekurangan = %q, want %q", l.Kekurangan, c.kurang)
				}
			})
		}
	}
}

func TestProyeksiKarierLadder(t *testing.T) {
	t.Run("Baik 30 years from III/a", func(t *testing.T) {
		res, _ := ProyeksiKarier(karierScenario(t, AhliPertama, "III/a", Karier{Proyeksi: []Predikat{Baik}, Ulangi: true}))
		if len(res.Tahunan) != TahunProyeksiDefault {
			t.Fatalf("%d years", len(res.Tahunan))
		}
		want := []string{
			"III/a→III/b 2027 dapat dipertimbangkan",
			"III/b→III/c 2031 dapat dipertimbangkan setelah tugas Anda selesai +ahli_muda dibuang=0",
			"III/c→III/d 2035 dapat dipertimbangkan",
			"III/d→IV/a 2039 dapat dipertimbangkan setelah tugas Anda selesai +ahli_madya dibuang=0",
			"IV/a→IV/b 2043 dapat dipertimbangkan",
			"IV/b→IV/c 2047 dapat dipertimbangkan",
			"IV/c→IV/d 2051 dapat dipertimbangkan setelah tugas Anda selesai +ahli_utama dibuang=0",
			"IV/d→IV/e 0 belum dapat dipertimbangkan kurang=100",
		}
		if got := ringkas(res.Langkah); !reflect.DeepEqual(got, want) {
			t.Errorf("langkah = %q", got)
		}
		last := res.Tahunan[len(res.Tahunan)-1]
		if last.Tahun != 2053 || last.Jenjang != AhliUtama || last.Golongan != "IV/d" || last.KumulatifText != "100" {
			t.Errorf("last year: %+v", last)
		}
	})
	t.Run("Sangat Baik to the top with discarded excess", func(t *testing.T) {
		res, trace := ProyeksiKarier(karierScenario(t, AhliPertama, "III/a", Karier{Proyeksi: []Predikat{SangatBaik}, Ulangi: true, TahunProyeksi: 25}))
		want := []string{
			"III/a→III/b 2026 dapat dipertimbangkan",
			"III/b→III/c 2029 dapat dipertimbangkan setelah tugas Anda selesai +ahli_muda dibuang=12,5",
			"III/c→III/d 2032 dapat dipertimbangkan",
			"III/d→IV/a 2035 dapat dipertimbangkan setelah tugas Anda selesai +ahli_madya dibuang=25",
			"IV/a→IV/b 2038 dapat dipertimbangkan",
			"IV/b→IV/c 2041 dapat dipertimbangkan",
			"IV/c→IV/d 2043 dapat dipertimbangkan setelah tugas Anda selesai +ahli_utama dibuang=0",
			"IV/d→IV/e 2046 dapat dipertimbangkan",
		}
		if got := ringkas(res.Langkah); !reflect.DeepEqual(got, want) {
			t.Errorf("langkah = %q", got)
		}
		// After a jenjang step the AK in jenjang restart at 0 (§11 Q18).
		if r := res.Tahunan[5]; r.KumulatifText != "0" || r.Jenjang != AhliMuda || r.Peristiwa == "" {
			t.Errorf("year 6: %+v", r)
		}
		// A jenjang step lists the UKKJ prerequisites; the competence test, the
		// vacancy and the integrity pact are to-dos of the user, never ticked
		// by assumption (issue 11), and the projection goes on past them.
		l := res.Langkah[1]
		for _, kode := range []string{SyaratPredikat1Tahun, SyaratPangkatTertinggi, SyaratAK, SyaratMasaPangkat} {
			if !syaratOf(t, l, kode).Terpenuhi {
				t.Errorf("%s not met", kode)
			}
		}
		for _, kode := range TugasLangkah() {
			if s := syaratOf(t, l, kode); s.Terpenuhi || s.Status != StatusTugas || s.Asumsi {
				t.Errorf("%s: %+v, want an unticked to-do", kode, s)
			}
		}
		if l.Dapat || l.Status != StatusTugas || !reflect.DeepEqual(l.Tugas, TugasLangkah()) || l.Penahan != nil {
			t.Errorf("jenjang step: %+v", l)
		}
		if last := trace[len(trace)-1]; last.Rule != "karier_puncak" {
			t.Errorf("last trace step %+v", last)
		}
		asumsi := 0
		for _, st := range trace {
			if st.Rule == "kenaikan_jenjang_asumsi" && st.Asumsi {
				asumsi++
			}
		}
		if asumsi != 3 {
			t.Errorf("%d jenjang assumption steps, want 3", asumsi)
		}
	})
	t.Run("start at the top", func(t *testing.T) {
		res, trace := ProyeksiKarier(karierScenario(t, AhliUtama, "IV/e", Karier{Proyeksi: []Predikat{Baik}}))
		if len(res.Langkah) != 0 || res.Tahunan[0].KumulatifText != "50" || trace[len(trace)-1].Rule != "karier_puncak" {
			t.Errorf("%+v", res)
		}
	})
}

func TestProyeksiKarierAssumptions(t *testing.T) {
	t.Run("predikat before the projection", func(t *testing.T) {
		res, trace := ProyeksiKarier(karierScenario(t, AhliPertama, "III/a", Karier{AKAwal: "45", TahunDalamPangkat: 1, Proyeksi: []Predikat{Baik}}))
		l := res.Langkah[0]
		if !l.Dapat || l.Tahun != 2024 || !syaratOf(t, l, SyaratPredikat2Tahun).Asumsi {
			t.Fatalf("%+v", l)
		}
		found := false
		for _, st := range trace {
			found = found || (st.Rule == "karier_predikat_sebelumnya" && st.Asumsi)
		}
		if !found {
			t.Errorf("assumption step missing")
		}
	})
	t.Run("predikat known for both years", func(t *testing.T) {
		res, trace := ProyeksiKarier(karierScenario(t, AhliPertama, "III/a", Karier{Proyeksi: repeat(Baik, 4)}))
		if syaratOf(t, res.Langkah[0], SyaratPredikat2Tahun).Asumsi {
			t.Errorf("marked as assumption although both years are projected")
		}
		for _, st := range trace {
			if st.Rule == "karier_predikat_sebelumnya" {
				t.Errorf("unexpected assumption step")
			}
		}
	})
	t.Run("empty golongan starts at the lowest", func(t *testing.T) {
		res, trace := ProyeksiKarier(karierScenario(t, AhliMuda, "", Karier{Proyeksi: repeat(Baik, 4)}))
		if res.Golongan != "III/c" || res.Langkah[0].Golongan != "III/d" || trace[0].Rule != "karier_golongan" || !trace[0].Asumsi {
			t.Errorf("%+v %+v", res.Langkah, trace[0])
		}
	})
	t.Run("integrasi result is reported", func(t *testing.T) {
		res, trace := ProyeksiKarier(karierScenario(t, AhliMadya, "IV/b", Karier{AKKonvensional: "550,63", Proyeksi: []Predikat{Baik}}))
		if res.AKIntegrasi != "150,63" || res.AKAwalText != "150,63" || trace[0].Rule != "integrasi" {
			t.Errorf("%+v", res)
		}
	})
}

func TestPredikatProyeksi(t *testing.T) {
	tests := []struct {
		k    Karier
		want int
		last Predikat
	}{
		{Karier{Proyeksi: []Predikat{SangatBaik, Baik}}, 2, Baik},
		{Karier{Proyeksi: []Predikat{SangatBaik, Kurang}, Ulangi: true}, 30, Kurang},
		{Karier{Proyeksi: []Predikat{Baik}, Ulangi: true, TahunProyeksi: 40}, 40, Baik},
		{Karier{Proyeksi: []Predikat{Baik}, Ulangi: true, TahunProyeksi: 99}, 40, Baik},
		{Karier{Proyeksi: []Predikat{SangatBaik, Baik}, Ulangi: true, TahunProyeksi: 5}, 5, Baik},
	}
	for i, tt := range tests {
		got := predikatProyeksi(&tt.k)
		if len(got) != tt.want || got[len(got)-1] != tt.last || got[0] != tt.k.Proyeksi[0] {
			t.Errorf("case %d: %d years, last %s", i, len(got), got[len(got)-1])
		}
	}
}

func TestValidateKarier(t *testing.T) {
	tests := []struct {
		name string
		k    Karier
		want []string
	}{
		{"valid integrasi", Karier{AKKonvensional: "550,63", Proyeksi: []Predikat{Baik}}, nil},
		{"valid ak_awal", Karier{AKAwal: "37,5", TahunDalamPangkat: 3, TahunMulai: 2025, Proyeksi: []Predikat{Baik, SangatBaik}, Ulangi: true, TahunProyeksi: 10}, nil},
		{"both AK", Karier{AKKonvensional: "550", AKAwal: "10", Proyeksi: []Predikat{Baik}}, []string{"karier.ak_awal"}},
		{"ak_awal not a number", Karier{AKAwal: "sepuluh", Proyeksi: []Predikat{Baik}}, []string{"karier.ak_awal"}},
		{"ak_awal negative", Karier{AKAwal: "-5", Proyeksi: []Predikat{Baik}}, []string{"karier.ak_awal"}},
		{"ak_konvensional not a number", Karier{AKKonvensional: "550,12345", Proyeksi: []Predikat{Baik}}, []string{"karier.ak_konvensional"}},
		{"integrasi above the jenjang", Karier{AKKonvensional: "900", Proyeksi: []Predikat{Baik}}, []string{"karier.ak_konvensional"}},
		{"integrasi below nilai dasar", Karier{AKKonvensional: "300", Proyeksi: []Predikat{Baik}}, []string{"karier.ak_konvensional"}},
		{"years in rank", Karier{TahunDalamPangkat: -1, Proyeksi: []Predikat{Baik}}, []string{"karier.tahun_dalam_pangkat"}},
		{"start year", Karier{TahunMulai: 1999, Proyeksi: []Predikat{Baik}}, []string{"karier.tahun_mulai"}},
		{"no predikat", Karier{}, []string{"karier.proyeksi"}},
		{"too many predikat", Karier{Proyeksi: repeat(Baik, 41)}, []string{"karier.proyeksi"}},
		{"unknown predikat", Karier{Proyeksi: []Predikat{Baik, "hebat", Baik}}, []string{"karier.proyeksi[1]"}},
		{"projection too long", Karier{Proyeksi: []Predikat{Baik}, Ulangi: true, TahunProyeksi: 41}, []string{"karier.tahun_proyeksi"}},
		{"length without ulangi", Karier{Proyeksi: []Predikat{Baik, Baik}, TahunProyeksi: 5}, []string{"karier.tahun_proyeksi"}},
		{"length shorter than the list", Karier{Proyeksi: []Predikat{Baik, Baik}, Ulangi: true, TahunProyeksi: 1}, []string{"karier.tahun_proyeksi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewScenario("2024", Guru, AhliMadya)
			s.Golongan = "IV/b"
			k := tt.k
			s.Karier = &k
			err := Validate(s)
			var got []string
			var ve *ValidationError
			if errors.As(err, &ve) {
				got = ve.Paths()
				for _, p := range ve.Problems {
					if p.Message == "" {
						t.Errorf("empty message at %s", p.Path)
					}
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paths = %q, want %q (%v)", got, tt.want, err)
			}
		})
	}
}

func TestSimulateRunsKarier(t *testing.T) {
	s := karierScenario(t, AhliPertama, "III/a", Karier{Proyeksi: repeat(Baik, 4)})
	res := Simulate(s)
	if res.Karier == nil || len(res.Karier.Langkah) != 2 || !res.Karier.Langkah[0].Dapat {
		t.Fatalf("karier = %+v", res.Karier)
	}
	b, err := Encode(res.Karier)
	if err != nil || !strings.Contains(string(b), `"verdict":"dapat dipertimbangkan"`) || !strings.Contains(string(b), `"kumulatif":"50"`) {
		t.Errorf("json: %s %v", b, err)
	}
}

func TestPredikatTerakhir(t *testing.T) {
	tests := []struct {
		riwayat    []Predikat
		n          int
		ok, asumsi bool
	}{
		{[]Predikat{Baik, SangatBaik}, 2, true, false},
		{[]Predikat{Kurang, Baik, SangatBaik}, 2, true, false},
		{[]Predikat{Baik, ButuhPerbaikan}, 2, false, false},
		{[]Predikat{Baik}, 2, true, true},
		{[]Predikat{Kurang}, 2, false, false},
		{nil, 1, true, true},
		{[]Predikat{ButuhPerbaikan, Baik}, 1, true, false},
	}
	for i, tt := range tests {
		ok, asumsi := predikatTerakhir(tt.riwayat, tt.n)
		if ok != tt.ok || asumsi != tt.asumsi {
			t.Errorf("case %d: got %v/%v, want %v/%v", i, ok, asumsi, tt.ok, tt.asumsi)
		}
	}
}
