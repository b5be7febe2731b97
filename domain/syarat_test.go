package domain

import (
	"reflect"
	"testing"
)

func statusOf(h HasilLangkah) map[string]StatusSyarat {
	out := map[string]StatusSyarat{}
	for _, s := range h.Syarat {
		out[s.Blok+"/"+s.Kode] = s.Status
	}
	return out
}

func TestEvaluasiLangkah(t *testing.T) {
	semua := map[string]bool{SyaratPaktaIntegritas: true, SyaratFormasi: true, SyaratUjiKompetensi: true}
	tests := []struct {
		name    string
		k       KeadaanLangkah
		tugas   map[string]bool
		status  StatusSyarat
		penahan []string
		want    map[string]StatusSyarat
	}{
		{
			name:   "rank step met",
			k:      KeadaanLangkah{2027, AhliPertama, "III/a", AKInt(50), 4, []Predikat{Baik, Baik, Baik, Baik}},
			status: StatusTerpenuhi,
			want:   map[string]StatusSyarat{"kenaikan_pangkat/ak": StatusTerpenuhi, "kenaikan_pangkat/masa_pangkat": StatusTerpenuhi, "kenaikan_pangkat/predikat_2_tahun": StatusTerpenuhi},
		},
		{
			name:    "rank step: AK, months and predikat missing",
			k:       KeadaanLangkah{2027, AhliPertama, "III/a", NewAK(75, 2), 1, []Predikat{ButuhPerbaikan, Baik}},
			status:  StatusBelum,
			penahan: []string{BlokPangkat},
			want:    map[string]StatusSyarat{"kenaikan_pangkat/ak": StatusBelum, "kenaikan_pangkat/masa_pangkat": StatusBelum, "kenaikan_pangkat/predikat_2_tahun": StatusBelum},
		},
		{
			name:   "jenjang step, record met, nothing ticked: to-dos, nothing in the record holds it back",
			k:      KeadaanLangkah{2027, AhliPertama, "III/b", AKInt(100), 2, []Predikat{Baik, Baik}},
			status: StatusTugas,
			want: map[string]StatusSyarat{"ukkj/pangkat_tertinggi": StatusTerpenuhi, "ukkj/pakta_integritas": StatusTugas, "ukkj/ak": StatusTerpenuhi,
				"ukkj/predikat_1_tahun": StatusTerpenuhi, "ukkj/formasi": StatusTugas, "ukkj/uji_kompetensi": StatusTugas,
				"kenaikan_pangkat/masa_pangkat": StatusTerpenuhi, "kenaikan_pangkat/predikat_2_tahun": StatusTerpenuhi},
		},
		{
			name:   "jenjang step, all ticked: met",
			k:      KeadaanLangkah{2027, AhliPertama, "III/b", AKInt(100), 2, []Predikat{Baik, Baik}},
			tugas:  semua,
			status: StatusTerpenuhi,
		},
		{
			name:    "jenjang step held back by its rank step (1 year in rank)",
			k:       KeadaanLangkah{2027, AhliMuda, "III/d", AKInt(210), 1, []Predikat{Baik, Baik}},
			tugas:   semua,
			status:  StatusBelum,
			penahan: []string{BlokPangkat},
		},
		{
			name:    "jenjang step held back by the UKKJ list (AK 400 < 450)",
			k:       KeadaanLangkah{2027, AhliMadya, "IV/c", AKInt(400), 5, []Predikat{Baik, Baik, Baik}},
			tugas:   semua,
			status:  StatusBelum,
			penahan: []string{BlokUKKJ},
		},
		{
			name:    "Butuh Perbaikan last year holds back both blocks",
			k:       KeadaanLangkah{2027, AhliMadya, "IV/c", AKInt(460), 5, []Predikat{Baik, Baik, ButuhPerbaikan}},
			tugas:   semua,
			status:  StatusBelum,
			penahan: []string{BlokUKKJ, BlokPangkat},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, ok := EvaluasiLangkah(tc.k, tc.tugas)
			if !ok {
				t.Fatal("no step")
			}
			if h.Status != tc.status || !reflect.DeepEqual(h.Penahan, tc.penahan) {
				t.Errorf("status %s penahan %v, want %s %v", h.Status, h.Penahan, tc.status, tc.penahan)
			}
			got := statusOf(h)
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
			if tc.want != nil && len(got) != len(tc.want) {
				t.Errorf("conditions %v, want exactly %v", got, tc.want)
			}
			for _, s := range h.Syarat {
				if s.Terpenuhi != (s.Status == StatusTerpenuhi) || s.Basis == "" || len(s.Sources) == 0 {
					t.Errorf("%s: inconsistent %+v", s.Kode, s)
				}
				if s.Status == StatusBelum && s.Kurang == "" {
					t.Errorf("%s: not met without saying what is missing", s.Kode)
				}
				for _, k := range s.Sources {
					if !sumberDikenal(k) {
						t.Errorf("%s: unknown source %s", s.Kode, k)
					}
				}
			}
		})
	}
}

func TestEvaluasiLangkahKurang(t *testing.T) {
	h, _ := EvaluasiLangkah(KeadaanLangkah{2027, AhliPertama, "III/a", NewAK(75, 2), 1, []Predikat{ButuhPerbaikan, Baik}}, nil)
	by := map[string]Syarat{}
	for _, s := range h.Syarat {
		by[s.Kode] = s
	}
	if s := by[SyaratAK]; s.KurangAK == nil || s.KurangAK.Cmp(NewAK(25, 2)) != 0 || s.Kurang != "AK kurang 12,5" {
		t.Errorf("AK: %+v", s)
	}
	if s := by[SyaratMasaPangkat]; s.KurangBulan != 12 {
		t.Errorf("masa: %+v", s)
	}
	if s := by[SyaratPredikat2Tahun]; s.Kurang != "perlu predikat minimal Baik; 2026: Butuh Perbaikan" {
		t.Errorf("predikat: %q", s.Kurang)
	}
	// Unknown earlier years count as met, marked as an assumption.
	h, _ = EvaluasiLangkah(KeadaanLangkah{2027, AhliPertama, "III/a", AKInt(50), 2, []Predikat{Baik}}, nil)
	for _, s := range h.Syarat {
		if s.Kode == SyaratPredikat2Tahun && (!s.Asumsi || s.Status != StatusTerpenuhi) {
			t.Errorf("unknown year: %+v", s)
		}
	}
	// The UKKJ block comes first in a jenjang step.
	h, _ = EvaluasiLangkah(KeadaanLangkah{2027, AhliPertama, "III/b", AKInt(100), 2, nil}, nil)
	if h.Syarat[0].Blok != BlokUKKJ || h.Syarat[len(h.Syarat)-1].Blok != BlokPangkat || !h.NaikJenjang || h.Jenjang != AhliMuda {
		t.Errorf("order: %+v", h.Syarat)
	}
	if _, ok := EvaluasiLangkah(KeadaanLangkah{2027, AhliUtama, "IV/e", AKInt(500), 9, nil}, nil); ok {
		t.Error("IV/e is the top")
	}
	if _, ok := EvaluasiLangkah(KeadaanLangkah{2027, AhliPertama, "IV/e", AKInt(500), 9, nil}, nil); ok {
		t.Error("golongan outside the jenjang")
	}
	if got := TugasLangkah(); !reflect.DeepEqual(got, []string{SyaratPaktaIntegritas, SyaratFormasi, SyaratUjiKompetensi}) {
		t.Errorf("TugasLangkah = %v", got)
	}
}

// rekamTerpenuhi agrees with EvaluasiLangkah on every state of a grid.
func TestRekamTerpenuhiSepakat(t *testing.T) {
	pred := []Predikat{SangatBaik, Baik, ButuhPerbaikan, ""}
	for _, j := range []Jenjang{AhliPertama, AhliMuda, AhliMadya, AhliUtama} {
		for _, g := range Golongans() {
			for ak := int64(0); ak <= 500; ak += 25 {
				for masa := 0; masa <= 3; masa++ {
					for n := 0; n <= 3; n++ {
						for _, p := range pred {
							var riwayat []Predikat
							for i := 0; i < n; i++ {
								riwayat = append(riwayat, pred[(i+int(ak/25))%len(pred)])
							}
							if n > 0 {
								riwayat[n-1] = p
							}
							k := KeadaanLangkah{2030, j, g.Code, AKInt(ak), masa, riwayat}
							h, ok := EvaluasiLangkah(k, nil)
							want := ok && h.Status != StatusBelum
							if got := rekamTerpenuhi(k); got != want {
								t.Fatalf("%+v: rekamTerpenuhi %v, EvaluasiLangkah %v %s", k, got, ok, h.Status)
							}
						}
					}
				}
			}
		}
	}
}
