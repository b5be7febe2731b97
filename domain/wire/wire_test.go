package wire

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"simkinerja/domain"
)

// TestImportsStayPure: wire is types only, shared by the browser and the
// worker; it imports nothing but the domain.
func TestImportsStayPure(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		ast, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range ast.Imports {
			if p, _ := strconv.Unquote(im.Path.Value); p != "simkinerja/domain" {
				t.Errorf("%s imports %s: wire holds types only", f, p)
			}
		}
	}
}

func TestStatusOfEveryCode(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Codes() {
		if seen[c] {
			t.Errorf("code %q listed twice", c)
		}
		seen[c] = true
		s := Status(c)
		if s < 400 || s > 599 {
			t.Errorf("Status(%q) = %d, not an error status", c, s)
		}
		if (s == 500) != (c == CodeInternal) {
			t.Errorf("Status(%q) = %d", c, s)
		}
	}
	if Status("kode_asing") != 500 {
		t.Error("an unknown code must map to 500")
	}
}

// TestClassViewKeepsInvalidSubmissions: a submission that no longer validates
// arrives with its reason and no result, and the aggregate counts it apart.
func TestClassViewKeepsInvalidSubmissions(t *testing.T) {
	body := `{"code":"ABC123","created_at":"2026-11-30T06:00:00Z","expires_at":"2027-02-28T06:00:00Z",
	"submissions":[
	 {"id":"s1","name":"Ani","submitted_at":"2026-11-30T06:01:00Z","rules":"2024","role":"guru","jenjang":"ahli_muda",
	  "predikat":"baik","predikat_label":"Baik","ak":"25","angka_kredit":"25",
	  "periods":[{"name":"semester_1","predikat":"baik","angka_kredit":"12,5","poin":36,"memenuhi":true}],
	  "kurang_poin":false,"poin_berlaku":true},
	 {"id":"s2","submitted_at":"2026-11-30T06:02:00Z","rules":"","role":"","jenjang":"","predikat":"","predikat_label":"",
	  "ak":"","angka_kredit":"","periods":null,"kurang_poin":false,"poin_berlaku":false,
	  "masalah":"Skenario ini tidak lagi valid menurut aturan terbaru; minta peserta mengirim ulang."}],
	"aggregate":{"count":1,"predikat":{"baik":1},"median_ak":"25","median_angka_kredit":"25","mean_ak":"25",
	  "mean_angka_kredit":"25","kurang_poin":0,"poin_tidak_berlaku":0,"tidak_valid":1}}`
	var v ClassView
	if err := domain.DecodeStrict([]byte(body), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Submissions) != 2 || !v.Submissions[0].Valid() || v.Submissions[1].Valid() {
		t.Fatalf("submissions %+v", v.Submissions)
	}
	if !strings.Contains(v.Submissions[1].Masalah, "tidak lagi valid") || v.Aggregate.TidakValid != 1 {
		t.Fatalf("reason %q, tidak_valid %d", v.Submissions[1].Masalah, v.Aggregate.TidakValid)
	}
	if p := v.Submissions[0].Periods; len(p) != 1 || p[0].Poin != 36 {
		t.Fatalf("periods %+v", p)
	}
}

// TestSubmissionRequestKeepsTheDocumentVerbatim: the scenario travels as the
// user's bytes, and a missing name is left out rather than sent empty.
func TestSubmissionRequestKeepsTheDocumentVerbatim(t *testing.T) {
	doc := `{"schema":1,"rules":"2024"}`
	b, err := domain.Encode(SubmissionRequest{Scenario: RawJSON(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); got != `{"scenario":`+doc+`}` {
		t.Fatalf("got %s", got)
	}
	var back SubmissionRequest
	if err := domain.DecodeStrict(b, &back); err != nil || string(back.Scenario) != doc || back.Name != nil {
		t.Fatalf("back %+v, %v", back, err)
	}
}
