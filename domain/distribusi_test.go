package domain

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func jumlah(sb, b, bp, k, sk int) map[Predikat]int {
	return map[Predikat]int{SangatBaik: sb, Baik: b, ButuhPerbaikan: bp, Kurang: k, SangatKurang: sk}
}

func peringatanRules(r DistribusiResult) []string {
	out := []string{}
	for _, p := range r.Peringatan {
		out = append(out, strings.TrimPrefix(p.Rule, "distribusi_"))
	}
	return out
}

// TestCekDistribusi checks every SE 3/2023 pattern (RULES.md §8) with a
// conforming and a violating distribution, and §10 example 11.
func TestCekDistribusi(t *testing.T) {
	tests := []struct {
		name   string
		org    PredikatOrganisasi
		jumlah map[Predikat]int
		want   []string // codes of the failed clauses
	}{
		{"§10 ex. 11 violating: 8 Baik + 2 Sangat Baik", OrgBaik, jumlah(2, 8, 0, 0, 0), []string{"maks_baik", "ada_butuh_perbaikan_kurang"}},
		{"§10 ex. 11 conforming: 7 Baik + 2 Sangat Baik + 1 Butuh Perbaikan", OrgBaik, jumlah(2, 7, 1, 0, 0), []string{}},
		{"Baik: Kurang also satisfies 'BP and/or Kurang'", OrgBaik, jumlah(0, 6, 0, 1, 3), []string{}},
		{"Baik: half is not most", OrgBaik, jumlah(3, 5, 0, 0, 2), []string{"sebagian_besar_baik", "ada_butuh_perbaikan_kurang"}},

		{"Istimewa conforming", OrgIstimewa, jumlah(6, 3, 1, 0, 0), []string{}},
		{"Istimewa: more than 70 % Sangat Baik", OrgIstimewa, jumlah(8, 2, 0, 0, 0), []string{"maks_sangat_baik"}},
		{"Istimewa: Sangat Baik not most", OrgIstimewa, jumlah(3, 7, 0, 0, 0), []string{"sebagian_besar_sangat_baik"}},

		{"Butuh Perbaikan conforming", OrgButuhPerbaikan, jumlah(1, 2, 6, 0, 1), []string{}},
		{"Butuh Perbaikan violating", OrgButuhPerbaikan, jumlah(2, 3, 5, 0, 0), []string{"min_butuh_perbaikan", "maks_sangat_baik"}},

		{"Kurang conforming", OrgKurang, jumlah(1, 1, 1, 6, 1), []string{}},
		{"Kurang violating", OrgKurang, jumlah(2, 2, 0, 6, 0), []string{"min_butuh_perbaikan", "maks_sangat_baik"}},
		{"Kurang: too few Kurang", OrgKurang, jumlah(0, 4, 1, 5, 0), []string{"min_kurang"}},

		{"Sangat Kurang conforming", OrgSangatKurang, jumlah(0, 3, 0, 1, 6), []string{}},
		{"Sangat Kurang: BP counts with Kurang", OrgSangatKurang, jumlah(0, 3, 1, 0, 6), []string{}},
		{"Sangat Kurang violating", OrgSangatKurang, jumlah(1, 3, 0, 0, 6), []string{"min_kurang_butuh_perbaikan", "tanpa_sangat_baik"}},
		{"Sangat Kurang: too few Sangat Kurang", OrgSangatKurang, jumlah(0, 5, 0, 1, 4), []string{"min_sangat_kurang"}},

		// Exact comparisons, no rounding tolerance (§11 Q13).
		{"exactly 60 % of 5", OrgButuhPerbaikan, jumlah(0, 2, 3, 0, 0), []string{}},
		{"4 of 7 is 57,14 %, below 60 %", OrgButuhPerbaikan, jumlah(0, 3, 4, 0, 0), []string{"min_butuh_perbaikan"}},
		{"71 of 100 Baik is above 70 %", OrgBaik, jumlah(10, 71, 19, 0, 0), []string{"maks_baik"}},
		{"70 of 100 Baik is within", OrgBaik, jumlah(11, 70, 19, 0, 0), []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := CekDistribusi(Sekolah{Predikat: tt.org, Jumlah: tt.jumlah})
			if got := peringatanRules(r); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("warnings = %q, want %q", got, tt.want)
			}
			if r.Sesuai != (len(tt.want) == 0) {
				t.Errorf("sesuai = %v", r.Sesuai)
			}
			total := 0
			for _, n := range tt.jumlah {
				total += n
			}
			if r.Jumlah != total || len(r.Klausul) != len(polaDistribusi[tt.org]) {
				t.Errorf("jumlah %d, %d clauses", r.Jumlah, len(r.Klausul))
			}
			for _, p := range r.Peringatan {
				if p.Pesan == "" || !hasString(p.Sources, "SE3") {
					t.Errorf("warning without text or source: %+v", p)
				}
			}
		})
	}
}

func TestCekDistribusiDetails(t *testing.T) {
	r := CekDistribusi(Sekolah{Predikat: OrgBaik, Jumlah: jumlah(2, 8, 0, 0, 0)})
	if p := r.Peringatan[0].Pesan; !strings.Contains(p, "Baik paling banyak 70%") || !strings.Contains(p, "8 dari 10 pegawai (80%)") {
		t.Errorf("pesan = %q", p)
	}
	if r.Klausul[0].Persen != "80%" || !r.Klausul[0].Asumsi || r.Klausul[1].Asumsi {
		t.Errorf("klausul = %+v", r.Klausul)
	}
	// Ten or more employees: no small-organisation notice.
	for _, c := range r.Catatan {
		if c.Rule == "distribusi_kecil" {
			t.Errorf("small notice for 10 employees")
		}
	}
	// Fewer than ten: a notice, which is not a violation.
	r = CekDistribusi(Sekolah{Predikat: OrgBaik, Jumlah: jumlah(0, 2, 1, 0, 0)})
	if !r.Sesuai || len(r.Peringatan) != 0 {
		t.Errorf("3 employees: %+v", r.Peringatan)
	}
	found := false
	for _, c := range r.Catatan {
		found = found || (c.Rule == "distribusi_kecil" && strings.Contains(c.Pesan, "33,33%"))
	}
	if !found {
		t.Errorf("small-organisation notice missing: %+v", r.Catatan)
	}
	if r.Klausul[0].Persen != "66,67%" {
		t.Errorf("persen = %s", r.Klausul[0].Persen)
	}
	// Nothing to check.
	if r := CekDistribusi(Sekolah{Predikat: OrgBaik}); r.Sesuai || len(r.Peringatan) != 1 {
		t.Errorf("empty: %+v", r)
	}
	if r := CekDistribusi(Sekolah{Predikat: OrgBaik, Jumlah: map[Predikat]int{Baik: 1 << 62, Kurang: 1 << 62, SangatBaik: 1 << 62, SangatKurang: 1 << 62}}); r.Sesuai || len(r.Peringatan) != 1 {
		t.Errorf("out-of-range counts: %+v", r)
	}
	if r := CekDistribusi(Sekolah{Predikat: "hebat", Jumlah: jumlah(1, 0, 0, 0, 0)}); r.Sesuai || len(r.Peringatan) != 1 {
		t.Errorf("unknown predikat: %+v", r)
	}
}

func TestValidateSekolah(t *testing.T) {
	tests := []struct {
		name string
		sk   Sekolah
		want []string
	}{
		{"valid", Sekolah{Predikat: OrgBaik, Jumlah: jumlah(2, 7, 1, 0, 0)}, nil},
		{"unknown organisation predikat", Sekolah{Predikat: "hebat", Jumlah: jumlah(1, 0, 0, 0, 0)}, []string{"sekolah.predikat"}},
		{"negative count", Sekolah{Predikat: OrgBaik, Jumlah: map[Predikat]int{Baik: -1, SangatBaik: 2}}, []string{"sekolah.jumlah.baik"}},
		{"unknown employee predikat", Sekolah{Predikat: OrgBaik, Jumlah: map[Predikat]int{"hebat": 2, Baik: 1}}, []string{"sekolah.jumlah.hebat"}},
		{"nobody", Sekolah{Predikat: OrgKurang, Jumlah: jumlah(0, 0, 0, 0, 0)}, []string{"sekolah.jumlah"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewScenario("2024", KepalaSekolah, AhliMadya)
			sk := tt.sk
			s.Sekolah = &sk
			err := Validate(s)
			var got []string
			var ve *ValidationError
			if errors.As(err, &ve) {
				got = ve.Paths()
			} else if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paths = %q, want %q (%v)", got, tt.want, err)
			}
		})
	}
	// The JSON alias "cukup" reaches the check as butuh_perbaikan.
	var s Scenario
	doc := `{"schema":1,"rules":"2024","role":"kepala_sekolah","jenjang":"ahli_madya","periods":[{"name":"semester_1","months":6}],` +
		`"sekolah":{"predikat":"cukup","jumlah":{"cukup":6,"baik":4}}}`
	if err := DecodeStrict([]byte(doc), &s); err != nil {
		t.Fatal(err)
	}
	if err := Validate(s); err != nil {
		t.Fatal(err)
	}
	if r := Simulate(s).Distribusi; r == nil || !r.Sesuai || r.Predikat != OrgButuhPerbaikan {
		t.Errorf("distribusi = %+v", r)
	}
}
