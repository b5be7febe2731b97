package app

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/store"
	"simkinerja/domain"
)

// TestImportRefusedChangesNothing: the Draf screen shows every problem of a
// refused import by field and the stored drafts stay as they were.
func TestImportRefusedChangesNothing(t *testing.T) {
	ctx := testContext(t)
	ls := store.Memory{}
	s := &Store{store.Load(ls, time.Now)}
	s.Edit(ctx, func(sc *domain.Scenario) { sc.Golongan = "III/a" })
	before := ls[store.StorageKey]
	c := &draf{store: s}
	c.importText(ctx, "rusak.json", `{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":6,"praktik":{"rating":"luar_biasa"}}],"warna":"biru"}`)
	if len(c.importErrs) == 0 || c.importOK != "" {
		t.Fatalf("errors %+v ok %q", c.importErrs, c.importOK)
	}
	if ls[store.StorageKey] != before || len(s.Drafts()) != 1 {
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

func TestRebaseKeepsRatingsAndStaysValid(t *testing.T) {
	p := domain.Presets()[1].Scenario // Pak Hendrawan, 2024
	muda := domain.Rebase(p, p.Rules, p.Role, domain.AhliMadya)
	if muda.Periods[0].Praktik == nil || muda.Periods[0].Praktik.Rating != domain.DiAtas {
		t.Fatal("ratings dropped on a jenjang change")
	}
	for _, to := range []struct {
		rules string
		role  domain.Role
	}{{"2025", domain.PengawasSekolah}, {"2025", domain.Guru}, {"2024", domain.KepalaSekolah}} {
		got := domain.Rebase(p, domain.RuleYear(to.rules), to.role, p.Jenjang)
		if err := domain.Validate(got); err != nil {
			t.Errorf("%v: %v", to, err)
		}
		if string(got.Rules) != to.rules || got.Role != to.role {
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

// TestRoleSwitchCanBeUndoneAndRulesStay: switching the rule year used to
// erase the ratings; now a year's rule set is not a choice (the tabs show
// it), and a role or jenjang switch that drops entries offers Undo, which
// brings every rating back.
func TestRoleSwitchCanBeUndoneAndRulesStay(t *testing.T) {
	ctx := testContext(t)
	s := storeWith(t, domain.Presets()[1].Scenario)
	doc := render(t, &beranda{store: s})
	if strings.Contains(doc, `id="pilih-aturan"`) {
		t.Fatal("Beranda still offers to switch the rule year")
	}
	if !strings.Contains(doc, `data-testid="tahun-2024"`) || !strings.Contains(doc, "Tahun 2024 mengikuti aturan 2024") {
		t.Fatal("no year tab with its rules")
	}
	b := &beranda{store: s}
	b.setBase(ctx, domain.Guru, domain.AhliMadya)
	if got := s.Current().Scenario; got.Jenjang != domain.AhliMadya || got.Rules != "2024" {
		t.Fatalf("after the switch %s %s", got.Jenjang, got.Rules)
	}
	doc = render(t, &beranda{store: s})
	if !strings.Contains(doc, `data-testid="undo-notice"`) || !strings.Contains(doc, "jenjang Ahli Muda → Ahli Madya") {
		t.Fatal("no undo offered after a jenjang switch")
	}
	s.Undo(ctx)
	sc := s.Current().Scenario
	if sc.Jenjang != domain.AhliMuda || sc.Periods[1].Praktik == nil || sc.Periods[1].Praktik.Rating != domain.DiAtas || len(sc.Periods[1].Kompetensi) != 2 {
		t.Fatalf("after undo %+v", sc)
	}
}
