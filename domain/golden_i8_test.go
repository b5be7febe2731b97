package domain

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// i8Result runs one golden case file of testdata/cases through the same path
// as TestGolden and returns the result as generic JSON.
func i8Result(t *testing.T, file string) map[string]any {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "cases", file))
	if err != nil {
		t.Fatal(err)
	}
	var c goldenCase
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	var head struct{ Schema any }
	_ = json.Unmarshal(c.Scenario, &head)
	var res any
	if c.Record || head.Schema == 2.0 {
		r, err := DecodeRecord(c.Scenario)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		today := time.Time{}
		if c.Today != "" {
			if today, err = time.Parse("2006-01-02", c.Today); err != nil {
				t.Fatal(err)
			}
		}
		res = SimulateRecord(r, today)
	} else {
		s, err := DecodeScenario(c.Scenario)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		res = Simulate(s)
	}
	out, err := Encode(res)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// i8Lookup follows a dotted path with [i] indexes ("tahun[0].periods[0]");
// ok is false when a key is absent.
func i8Lookup(v any, path string) (any, bool) {
	for _, part := range strings.Split(path, ".") {
		key, rest, _ := strings.Cut(part, "[")
		if key != "" {
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			if v, ok = m[key]; !ok {
				return nil, false
			}
		}
		for rest != "" {
			n, tail, _ := strings.Cut(rest, "]")
			i, err := strconv.Atoi(n)
			a, ok := v.([]any)
			if err != nil || !ok || i >= len(a) {
				return nil, false
			}
			v = a[i]
			rest = strings.TrimPrefix(tail, "[")
		}
	}
	return v, true
}

// i8AsumsiRules returns the rule keys of the steps of calendar year tahun in
// the result's asumsi list that are marked asumsi.
func i8AsumsiRules(t *testing.T, res map[string]any, tahun float64) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	v, ok := i8Lookup(res, "asumsi")
	if !ok {
		return out
	}
	list, ok := v.([]any)
	if !ok {
		t.Fatal("asumsi is not a list")
	}
	for _, x := range list {
		st, _ := x.(map[string]any)
		if st["asumsi"] == true && st["tahun"] == tahun {
			out[st["rule"].(string)] = true
		}
	}
	return out
}

// TestGoldenI8Asumsi checks that the rows RULES.md §13 grades S-C or D (and
// the §11 defaults) reach the result's asumsi list, tagged with their year,
// and that rows graded P or S-B do not.
func TestGoldenI8Asumsi(t *testing.T) {
	cases := []struct {
		file      string
		want, not []string
	}{
		// §13.3 guru swasta (S-C, Q26); the 2026 set itself is S-C (§11 Q20);
		// months of the steps (Q22), competence model (Q29), documents gate
		// (Q30), 5M kept (Q20), Refleksi fields (step text cut off): D.
		{"i8_2026_penilai_guru_swasta.json", []string{"penilai", "aturan_tahun", "aturan_status", "aturan_bulan_tahap", "aturan_kompetensi", "aturan_dokumen", "aturan_tugas_pokok", "aturan_tahapan"}, nil},
		// §13.3 guru negeri: Kepala Sekolah, S-B — not an assumption.
		{"i8_2026_penilai_guru_negeri.json", []string{"aturan_tahun", "aturan_kompetensi"}, []string{"penilai"}},
		{"i8_2026_penilai_ks_swasta.json", []string{"penilai"}, nil},
		{"i8_2026_gpk_diterima.json", []string{"penilai"}, nil},
		{"i8_2026_pengawas_madya_baik.json", []string{"penilai"}, nil},
		// §13.9 new appointees (D, Q24): timeline and the SKP due date.
		{"i8_2026_tmt_maret.json", []string{"linimasa", "skp_batas"}, nil},
		// §11 Q4: Hasil Kerja assumed Sesuai for a perilaku-only period.
		{"i8_2026_tmt_november_perilaku_saja.json", []string{"rating_hasil_kerja", "linimasa"}, nil},
		// Years after the newest set: "aturan 2027 belum terbit".
		{"i8_2027_memakai_aturan_2026.json", []string{"aturan_tahun_berikut", "aturan_tahun"}, nil},
		// 2024 (Perdirjen 7607, grade A): its set and its fixed months are not assumptions.
		{"i8_fix_tertahan_tanpa_ak.json", nil, []string{"aturan_tahun", "aturan_bulan_tahap", "aturan_kompetensi", "aturan_dokumen"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			res := i8Result(t, c.file)
			tahun, ok := i8Lookup(res, "tahun[0].tahun")
			if !ok {
				t.Fatal("no tahun[0].tahun")
			}
			got := i8AsumsiRules(t, res, tahun.(float64))
			for _, r := range c.want {
				if !got[r] {
					t.Errorf("asumsi of %v: no assumption step %q (have %v)", tahun, r, got)
				}
			}
			for _, r := range c.not {
				if got[r] {
					t.Errorf("asumsi of %v: step %q must not be an assumption", tahun, r)
				}
			}
		})
	}
}

// TestGoldenI8Absent checks keys that must be missing from a result: a year
// without an established predikat has none (RULES.md §11 Q25: a locked-out
// year has no predikat; §5.4/§11 Q30: a withheld one is not shown), and a
// locked-out period has nothing withheld to add later.
func TestGoldenI8Absent(t *testing.T) {
	cases := []struct{ file, path string }{
		{"i8_2026_skp_lockout.json", "tahun[0].predikat_tahun"},
		{"i8_2026_skp_lockout.json", "tahun[0].periods[0].ak_tertahan_text"},
		{"i8_2026_skp_lockout.json", "tahun[0].ak_tertahan_text"},
		{"i8_rekam_terkunci_menghalangi.json", "tahun[1].predikat_tahun"},
		{"i8_rekam_belum_ditetapkan_menghalangi.json", "tahun[1].predikat_tahun"},
		{"i8_2026_dokumen_belum_dikonfirmasi.json", "tahun[0].predikat_tahun"},
		// A step the record already allows is taken at the end of 2026, so
		// the projection starts from III/b: no second III/a → III/b step.
		{"i8_rekam_langkah_akhir_tahun_tercatat.json", "karier.langkah[2]"},
		// A PPPK earns no AK (RULES.md §13.2), so nothing is projected.
		{"i8_2026_pppk_tanpa_karier.json", "karier.tahunan[0]"},
		{"i8_2026_pppk_tanpa_karier.json", "karier.langkah[0]"},
	}
	for _, c := range cases {
		t.Run(c.file+":"+c.path, func(t *testing.T) {
			res := i8Result(t, c.file)
			if v, ok := i8Lookup(res, c.path); ok {
				t.Errorf("%s = %v, want it absent", c.path, v)
			}
		})
	}
}

func TestI8LookupCanFail(t *testing.T) {
	v := map[string]any{"a": []any{map[string]any{"b": 1.0}}}
	if _, ok := i8Lookup(v, "a[0].b"); !ok {
		t.Error("a present key must be found")
	}
	for _, p := range []string{"a[1].b", "a[0].c", "x"} {
		if _, ok := i8Lookup(v, p); ok {
			t.Errorf("%s must be absent", p)
		}
	}
}
