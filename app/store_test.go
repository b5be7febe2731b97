package app

// Tests of the draft store: loading broken storage never loses data, edits
// are validated before they are kept, and delete can be undone. Loading uses
// an in-memory storage holding text like the browser's; edits run with a
// Context from go-app's test engine.

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/domain"
)

// ctxGrab is a component that hands its Context to a test.
type ctxGrab struct {
	app.Compo
	ctx app.Context
}

// OnPreRender is what the test engine calls natively (OnMount only runs in
// the browser).
func (g *ctxGrab) OnPreRender(ctx app.Context) { g.ctx = ctx }
func (g *ctxGrab) Render() app.UI              { return app.Div() }

func testContext(t *testing.T) app.Context {
	t.Helper()
	g := &ctxGrab{}
	e := app.NewTestEngine()
	if err := e.Load(g); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return g.ctx
}

func rawOf(ls memStorage) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := ls[k]; return v, ok }
}

func backupsIn(t *testing.T, ls memStorage) []Backup {
	t.Helper()
	var out []Backup
	for k, v := range ls {
		if !strings.HasPrefix(k, BackupPrefix) {
			continue
		}
		var b Backup
		if err := json.Unmarshal([]byte(v), &b); err != nil {
			t.Fatalf("backup %s: %v", k, err)
		}
		b.Key = k
		out = append(out, b)
	}
	return out
}

func TestLoadStoreEmptyGivesValidDefault(t *testing.T) {
	ls := memStorage{}
	s := LoadStore(ls, rawOf(ls))
	if len(s.Problems) != 0 || s.SaveErr != nil {
		t.Fatalf("problems %v, save %v", s.Problems, s.SaveErr)
	}
	if err := domain.Validate(s.Current().Scenario); err != nil {
		t.Fatal(err)
	}
	if _, ok := ls[StorageKey]; ok {
		t.Fatal("untouched default draft written on first load")
	}
	// The first change writes it; what was saved loads back to the same draft.
	ctx := testContext(t)
	s = LoadStore(ctx.LocalStorage(), rawReader(ctx))
	if err := s.Edit(ctx, func(sc *domain.Scenario) { sc.Periods[0].Months = 3 }); err != nil {
		t.Fatal(err)
	}
	again := LoadStore(ctx.LocalStorage(), rawReader(ctx))
	if again.Current().ID != s.Current().ID || again.Current().Name != s.Current().Name {
		t.Fatalf("reloaded %+v, want %+v", again.Current(), s.Current())
	}
}

func TestLoadStoreGarbageIsBackedUpVerbatim(t *testing.T) {
	for _, garbage := range []string{"{not json", `"a string"`, `{"version":2,"drafts":[]}`, "\x00 ünï€ \"draf\""} {
		ls := memStorage{StorageKey: garbage}
		s := LoadStore(ls, rawOf(ls))
		if len(s.Problems) != 1 {
			t.Fatalf("%q: problems %+v", garbage, s.Problems)
		}
		bs := backupsIn(t, ls)
		if len(bs) != 1 || bs[0].Raw != garbage || bs[0].Key != s.Problems[0].BackupKey {
			t.Fatalf("%q: backups %+v, problem %+v", garbage, bs, s.Problems[0])
		}
		if s.Problems[0].Backup != garbage {
			t.Errorf("%q: download offers %q", garbage, s.Problems[0].Backup)
		}
		// The key now holds a fresh valid store (the garbage is safe in the backup).
		if err := domain.Validate(s.Current().Scenario); err != nil {
			t.Fatal(err)
		}
		if ls[StorageKey] == garbage {
			t.Errorf("%q: key not rewritten after backup", garbage)
		}
	}
}

// failingStorage refuses writes to backup keys, like a full quota.
type failingStorage struct{ memStorage }

func (f failingStorage) Set(k string, v any) error {
	if strings.HasPrefix(k, BackupPrefix) {
		return errors.New("QuotaExceededError")
	}
	return f.memStorage.Set(k, v)
}

func TestLoadStoreKeepsGarbageWhenBackupFails(t *testing.T) {
	ls := memStorage{StorageKey: "{broken"}
	s := LoadStore(failingStorage{ls}, rawOf(ls))
	if ls[StorageKey] != "{broken" {
		t.Fatalf("original overwritten: %q", ls[StorageKey])
	}
	if len(s.Problems) != 1 || !strings.Contains(s.Problems[0].Message, "Cadangan gagal") || s.SaveErr == nil {
		t.Fatalf("problems %+v, save %v", s.Problems, s.SaveErr)
	}
}

func TestLoadStoreInvalidDraftIsBackedUpOthersKept(t *testing.T) {
	good, _ := domain.Encode(domain.NewScenario("2024", domain.Guru, domain.AhliMuda))
	bad := json.RawMessage(`{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":13}]}`)
	env := envelope{Version: storeVersion, Current: "b", Drafts: []storedDraft{
		{ID: "a", Name: "Baik", Scenario: good},
		{ID: "b", Name: "Rusak", Scenario: bad},
	}}
	ls := memStorage{}
	if err := ls.Set(StorageKey, env); err != nil {
		t.Fatal(err)
	}
	s := LoadStore(ls, rawOf(ls))
	if ds := s.Drafts(); len(ds) != 1 || ds[0].ID != "a" || s.Current().ID != "a" {
		t.Fatalf("drafts %+v current %s", ds, s.Current().ID)
	}
	if len(s.Problems) != 1 || !strings.Contains(strings.Join(s.Problems[0].Details, "\n"), "periods[0].months") {
		t.Fatalf("problem %+v does not name the field", s.Problems)
	}
	bs := backupsIn(t, ls)
	if len(bs) != 1 || !strings.Contains(bs[0].Raw, `"months":13`) || !strings.Contains(bs[0].Raw, `"Rusak"`) {
		t.Fatalf("backup %+v", bs)
	}
}

func TestEditRefusesInvalidAndKeepsDraft(t *testing.T) {
	ctx := testContext(t)
	s := LoadStore(ctx.LocalStorage(), rawReader(ctx))
	before := s.Current().Scenario
	err := s.Edit(ctx, func(sc *domain.Scenario) { sc.Periods[0].Months = 7 })
	var ve *domain.ValidationError
	if !errors.As(err, &ve) || ve.Problems[0].Path != "periods[0].months" {
		t.Fatalf("err %v", err)
	}
	if s.Current().Scenario.Periods[0].Months != before.Periods[0].Months {
		t.Fatal("refused edit was kept")
	}
	if err := s.Edit(ctx, func(sc *domain.Scenario) { sc.Periods[0].Months = 3 }); err != nil {
		t.Fatal(err)
	}
	// Saved: a reload sees the edit.
	again := LoadStore(ctx.LocalStorage(), rawReader(ctx))
	if got := again.Current().Scenario.Periods[0].Months; got != 3 {
		t.Fatalf("reloaded months %d", got)
	}
}

func TestEditWorksOnACopy(t *testing.T) {
	ctx := testContext(t)
	s := LoadStore(ctx.LocalStorage(), rawReader(ctx))
	kept := s.Current().Scenario
	// A refused edit that mutates a map must not leak into the kept draft.
	s.Edit(ctx, func(sc *domain.Scenario) {
		sc.Periods[0].Dokumen["K3"] = false
		sc.Periods[0].Months = 99
	})
	if !s.Current().Scenario.Periods[0].Dokumen["K3"] || !kept.Periods[0].Dokumen["K3"] {
		t.Fatal("refused edit leaked through a shared map")
	}
}

func TestDraftLifecycle(t *testing.T) {
	ctx := testContext(t)
	s := LoadStore(ctx.LocalStorage(), rawReader(ctx))
	first := s.Current()
	dup, err := s.Duplicate(ctx, first.ID)
	if err != nil || dup.Name != "Salinan "+first.Name || s.Current().ID != dup.ID {
		t.Fatalf("duplicate %+v %v", dup, err)
	}
	if err := s.Rename(ctx, dup.ID, "  Kelas A  "); err != nil || s.Current().Name != "Kelas A" {
		t.Fatalf("rename: %v %q", err, s.Current().Name)
	}
	if err := s.Rename(ctx, dup.ID, " "); err == nil {
		t.Fatal("empty name accepted")
	}
	s.Delete(ctx, dup.ID)
	if len(s.Drafts()) != 1 {
		t.Fatalf("after delete: %d drafts", len(s.Drafts()))
	}
	if d, ok := s.Deleted(); !ok || d.ID != dup.ID {
		t.Fatal("nothing to undo")
	}
	s.Undo(ctx)
	ds := s.Drafts()
	if len(ds) != 2 || ds[1].ID != dup.ID || ds[1].Name != "Kelas A" || s.Current().ID != dup.ID {
		t.Fatalf("after undo: %+v", ds)
	}
	// Deleting the last draft leaves a fresh one to edit.
	s.Delete(ctx, ds[0].ID)
	s.Delete(ctx, ds[1].ID)
	if len(s.Drafts()) != 1 || domain.Validate(s.Current().Scenario) != nil {
		t.Fatalf("after deleting all: %+v", s.Drafts())
	}
}

func TestImportRefusedChangesNothing(t *testing.T) {
	ctx := testContext(t)
	s := LoadStore(ctx.LocalStorage(), rawReader(ctx))
	var before json.RawMessage
	ctx.LocalStorage().Get(StorageKey, &before)
	c := &draf{store: s}
	c.importText(ctx, "rusak.json", `{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":6,"praktik":{"rating":"luar_biasa"}}],"warna":"biru"}`)
	if len(c.importErrs) == 0 || c.importOK != "" {
		t.Fatalf("errors %+v ok %q", c.importErrs, c.importOK)
	}
	var after json.RawMessage
	ctx.LocalStorage().Get(StorageKey, &after)
	if string(before) != string(after) || len(s.Drafts()) != 1 {
		t.Fatal("refused import changed the drafts")
	}
	doc := render(t, c)
	if !strings.Contains(doc, `data-testid="import-errors"`) {
		t.Fatal("import errors not rendered")
	}
	for _, p := range c.importErrs {
		if p.Path != "" && !strings.Contains(doc, `data-path="`+p.Path+`"`) {
			t.Errorf("problem %q not shown by field", p.Path)
		}
	}

	good := `{"schema":1,"rules":"2025","role":"pengawas_sekolah","jenjang":"ahli_madya","periods":[{"name":"tahunan","months":12,"predikat":"baik"}]}`
	c.importText(ctx, "pengawas.json", good)
	if len(c.importErrs) != 0 || len(s.Drafts()) != 2 || s.Current().Name != "pengawas" {
		t.Fatalf("good import: errs %+v drafts %d current %q", c.importErrs, len(s.Drafts()), s.Current().Name)
	}
}

func TestRebaseKeepsRatingsAndStaysValid(t *testing.T) {
	p := domain.Presets()[1].Scenario // Pak Hendrawan, 2024
	muda := Rebase(p, p.Rules, p.Role, domain.AhliMadya)
	if muda.Periods[0].Praktik == nil || muda.Periods[0].Praktik.Rating != domain.DiAtas {
		t.Fatal("ratings dropped on a jenjang change")
	}
	for _, to := range []struct {
		rules string
		role  domain.Role
	}{{"2025", domain.PengawasSekolah}, {"2025", domain.Guru}, {"2024", domain.KepalaSekolah}} {
		got := Rebase(p, to.rules, to.role, p.Jenjang)
		if err := domain.Validate(got); err != nil {
			t.Errorf("%v: %v", to, err)
		}
		if got.Rules != to.rules || got.Role != to.role {
			t.Errorf("%v: got %s %s", to, got.Rules, got.Role)
		}
	}
}

func TestParseInputs(t *testing.T) {
	for _, in := range []string{"37,5", "37.5", " 37,5 "} {
		a, err := ParseAKInput(in)
		if err != nil || a.Display() != "37,5" {
			t.Errorf("%q: %v %v", in, a.Display(), err)
		}
	}
	if _, err := ParseAKInput("tiga"); err == nil || !strings.Contains(err.Error(), "bukan angka") {
		t.Errorf("bad AK: %v", err)
	}
	if n, err := ParseMonths(" 6 ", 6); err != nil || n != 6 {
		t.Errorf("6: %d %v", n, err)
	}
	for _, in := range []string{"", "7", "0", "6,5", "enam"} {
		if _, err := ParseMonths(in, 6); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}

func TestCopyPresetMakesEditableDraft(t *testing.T) {
	ctx := testContext(t)
	s := LoadStore(ctx.LocalStorage(), rawReader(ctx))
	p := domain.Presets()[0]
	d, err := s.CopyPreset(ctx, p.Code)
	if err != nil {
		t.Fatal(err)
	}
	if s.Current().ID != d.ID || d.Name != p.Judul || domain.Simulate(d.Scenario).AngkaKreditTotal != domain.Simulate(p.Scenario).AngkaKreditTotal {
		t.Fatalf("copy %+v", d)
	}
	// Editing the copy leaves the preset as it was.
	if err := s.Edit(ctx, func(sc *domain.Scenario) { sc.Periods[0].Praktik.Rating = domain.DiBawah }); err != nil {
		t.Fatal(err)
	}
	if domain.Presets()[0].Scenario.Periods[0].Praktik.Rating != p.Scenario.Periods[0].Praktik.Rating {
		t.Fatal("preset changed")
	}
	if _, err := s.CopyPreset(ctx, "tidak_ada"); err == nil {
		t.Fatal("unknown preset copied")
	}
}
