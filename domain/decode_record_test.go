package domain

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// TestDecodeProblemsAllAtOnce: unknown fields, wrong kinds and validation
// problems come together, each at its indexed path, in Indonesian, with no
// Go library text (the same answer natively and under js/wasm).
func TestDecodeProblemsAllAtOnce(t *testing.T) {
	for _, tc := range []struct {
		name string
		doc  string
		want []string
	}{
		{"schema 1: unknown field, wrong kind, bad month, bad rating",
			`{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","extra":1,
			  "periods":[{"name":"semester_1","months":"enam"},{"name":"semester_2","months":9,"praktik":{"rating":"bagus"}}]}`,
			[]string{"extra", "periods[0].months", "periods[1].months", "periods[1].praktik.rating"}},
		{"schema 2: paths through tahun[k]",
			`{"schema":2,"profil":{"role":"guru","jenjang":"ahli_muda","x":true},
			  "tahun":[{"tahun":2025,"periods":[{"name":"tahunan","months":12}]},
			           {"tahun":2026,"periods":[{"name":"tahunan","months":"12"},{"name":"semester_1","months":6}]}]}`,
			[]string{"profil.x", "tahun[1].periods", "tahun[1].periods[0].months", "tahun[1].periods[1].name"}},
		{"schema 2: years out of order and before the first rule year",
			`{"schema":2,"profil":{"role":"guru","jenjang":"ahli_muda"},
			  "tahun":[{"tahun":2026,"periods":[{"name":"tahunan","months":12}]},{"tahun":2025,"periods":[{"name":"tahunan","months":12}]},{"tahun":2023,"periods":[]}]}`,
			[]string{"tahun[1].tahun", "tahun[2].tahun", "tahun[2].tahun"}},
		{"schema 2: role not admitted, pengawas ahli pertama, swasta before 2026",
			`{"schema":2,"profil":{"role":"pengawas_sekolah","jenjang":"ahli_pertama","jenis_satuan":"swasta"},
			  "tahun":[{"tahun":2024,"periods":[{"name":"semester_1","months":6}]},{"tahun":2026,"periods":[{"name":"tahunan","months":12}]}]}`,
			[]string{"profil.jenis_satuan", "profil.role", "profil.role"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeRecord([]byte(tc.doc))
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("want *ValidationError, got %v", err)
			}
			got := ve.Paths()
			sortStrings(got)
			want := append([]string(nil), tc.want...)
			sortStrings(want)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("paths = %v, want %v\n%v", got, want, err)
			}
			for _, p := range ve.Problems {
				if strings.Contains(p.Message, "json:") || strings.Contains(p.Message, "unmarshal") || strings.Contains(p.Message, "Go struct") {
					t.Errorf("%s: library text leaked: %q", p.Path, p.Message)
				}
			}
		})
	}
}

// TestSchemaNumberSameAnswer: an over-large, fractional or missing schema
// number gets one clear answer (no float parsing differences between runtimes).
func TestSchemaNumberSameAnswer(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{`{"schema":99999999999999999999999,"tahun":[]}`, "versi skema yang sangat besar lebih baru"},
		{`{"schema":1e400}`, "versi skema yang sangat besar lebih baru"},
		{`{"schema":3}`, "versi skema 3 lebih baru"},
		{`{"schema":1.5,"profil":{"role":"guru","jenjang":"ahli_muda"},"tahun":[{"tahun":2026,"periods":[{"name":"tahunan","months":12}]}]}`, "versi skema harus bilangan bulat"},
		{`[1,2]`, "harus berupa objek JSON"},
		{`{"schema":2,`, "terpotong"},
		{`{"schema":2} {}`, "data tambahan"},
	} {
		_, err := DecodeRecord([]byte(tc.doc))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.doc, err, tc.want)
		}
	}
}

// TestSchema1DecodesAsOneYear: a schema-1 document becomes a record with one
// year whose result has the schema-1 figures.
func TestSchema1DecodesAsOneYear(t *testing.T) {
	doc := `{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","golongan":"III/c",
	  "periods":[{"name":"semester_1","months":6,"predikat":"sangat_baik","dokumen":{"K3":true,"K5":true}},
	             {"name":"semester_2","months":6,"predikat":"baik","dokumen":{"K3":true,"K5":true}}],
	  "karier":{"ak_awal":"10","tahun_dalam_pangkat":1,"proyeksi":["baik"],"ulangi":true,"tahun_proyeksi":5}}`
	s, err := DecodeScenario([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	r, err := DecodeRecord([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Tahun) != 1 || r.Tahun[0].Tahun != 2024 || r.Tahun[0].Rules != "2024" || r.Profil.AKAwal != "10" {
		t.Fatalf("migrated record = %+v", r)
	}
	if err := ValidateRecord(r); err != nil {
		t.Fatalf("migrated record invalid: %v", err)
	}
	old, rr := Simulate(s), SimulateRecord(r, mustDate(t, "2026-11-30"))
	if old.AngkaKreditTotal != rr.Tahun[0].AngkaKreditTotal || old.AngkaKreditTotal != "31,25" {
		t.Errorf("AK = %s (scenario) vs %s (record), want 31,25", old.AngkaKreditTotal, rr.Tahun[0].AngkaKreditTotal)
	}
	a, _ := Encode(old.Karier)
	b, _ := Encode(rr.Karier)
	if string(a) != string(b) {
		t.Errorf("projection differs after migration:\n%s\n%s", a, b)
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
