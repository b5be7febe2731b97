package app

import (
	"strings"
	"testing"
	"time"

	"simkinerja/app/store"
)

// TestImportEveryProblemAtOnce: a file with four problems (an unknown field,
// a wrong type, an unknown rating, an unknown jenjang) lists all four by
// field, in Indonesian, with no JSON library's text (issue 13).
func TestImportEveryProblemAtOnce(t *testing.T) {
	ctx := testContext(t)
	s := &Store{store.Load(store.Memory{}, time.Now)}
	c := &draf{store: s}
	c.importText(ctx, "empat.json", `{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_sekali","warna":"biru",
		"periods":[{"name":"semester_1","months":"enam","praktik":{"rating":"luar_biasa"}}]}`)
	paths := map[string]string{}
	for _, p := range c.importErrs {
		paths[p.Path] = p.Message
	}
	for _, want := range []string{"warna", "jenjang", "periods[0].months", "periods[0].praktik.rating"} {
		if _, ok := paths[want]; !ok {
			t.Errorf("no problem at %s: %+v", want, c.importErrs)
		}
	}
	doc := render(t, c)
	for _, bad := range []string{"json:", "Go struct", "unmarshal", "invalid character"} {
		if strings.Contains(doc, bad) {
			t.Errorf("raw decoder text %q shown: %s", bad, doc)
		}
	}
}

// TestImportKeepsExportedName: a draft exported and imported again keeps
// its name.
func TestImportKeepsExportedName(t *testing.T) {
	ctx := testContext(t)
	s := &Store{store.Load(store.Memory{}, time.Now)}
	c := &draf{store: s}
	c.importText(ctx, NamaBerkas("Bu Ani (SD 3)"), `{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":6}]}`)
	if len(c.importErrs) != 0 || s.Current().Name != "Bu Ani (SD 3)" {
		t.Fatalf("errors %+v, name %q", c.importErrs, s.Current().Name)
	}
}
