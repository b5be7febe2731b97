package store

// Tests of the draft store without a browser or a mounted component: loading
// broken storage never loses data, edits are validated before they are kept,
// and what replaces the user's input can be undone.

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"simkinerja/domain"
)

// clock is a test clock that moves one second per call.
func clock() func() time.Time {
	t := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	return func() time.Time { t = t.Add(time.Second); return t }
}

func load(ls Storage) *Store { return Load(ls, clock()) }

func backupsIn(t *testing.T, ls Memory) []Backup {
	t.Helper()
	return load(ls).Backups()
}

func TestLoadEmptyGivesValidDefaultOfTheCurrentYear(t *testing.T) {
	ls := Memory{}
	s := load(ls)
	if len(s.Problems) != 0 || s.SaveErr != nil {
		t.Fatalf("problems %v, save %v", s.Problems, s.SaveErr)
	}
	sc := s.Current().Scenario
	if err := domain.Validate(sc); err != nil {
		t.Fatal(err)
	}
	if want, _, _ := domain.RuleYearFor(2026); sc.Rules != want || want != "2026" {
		t.Errorf("first visit on 2026-11-30 opens rules %s, want %s", sc.Rules, want)
	}
	if _, ok := ls[StorageKey]; ok {
		t.Fatal("untouched default draft written on first load")
	}
	// The first change writes it; what was saved loads back to the same draft.
	if err := s.Edit(func(sc *domain.Scenario) { sc.Golongan = "III/a" }); err != nil {
		t.Fatal(err)
	}
	again := load(ls)
	if again.Current().ID != s.Current().ID || again.Current().Scenario.Golongan != "III/a" {
		t.Fatalf("reloaded %+v, want %+v", again.Current(), s.Current())
	}
}

func TestLoadGarbageIsBackedUpVerbatim(t *testing.T) {
	for _, garbage := range []string{"{not json", `"a string"`, `{"version":3,"drafts":[]}`, "\x00 ünï€ \"draf\""} {
		ls := Memory{StorageKey: garbage}
		s := load(ls)
		if len(s.Problems) != 1 {
			t.Fatalf("%q: problems %+v", garbage, s.Problems)
		}
		bs := s.Backups()
		if len(bs) != 1 || bs[0].Raw != garbage || bs[0].Key != s.Problems[0].BackupKey {
			t.Fatalf("%q: backups %+v, problem %+v", garbage, bs, s.Problems[0])
		}
		if s.Problems[0].Backup != garbage {
			t.Errorf("%q: download offers %q", garbage, s.Problems[0].Backup)
		}
		if err := domain.Validate(s.Current().Scenario); err != nil {
			t.Fatal(err)
		}
		if ls[StorageKey] == garbage {
			t.Errorf("%q: key not rewritten after backup", garbage)
		}
	}
}

// failing refuses writes to backup keys, like a full quota.
type failing struct{ Memory }

func (f failing) Set(k, v string) error {
	if strings.HasPrefix(k, BackupPrefix) {
		return errors.New("QuotaExceededError")
	}
	return f.Memory.Set(k, v)
}

func TestLoadKeepsGarbageWhenBackupFails(t *testing.T) {
	ls := Memory{StorageKey: "{broken"}
	s := load(failing{ls})
	if ls[StorageKey] != "{broken" {
		t.Fatalf("original overwritten: %q", ls[StorageKey])
	}
	if len(s.Problems) != 1 || !strings.Contains(s.Problems[0].Message, "Cadangan gagal") || s.SaveErr == nil {
		t.Fatalf("problems %+v, save %v", s.Problems, s.SaveErr)
	}
}

func TestLoadInvalidDraftIsBackedUpOthersKept(t *testing.T) {
	good, _ := domain.Encode(domain.NewScenario("2024", domain.Guru, domain.AhliMuda))
	bad := json.RawMessage(`{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":13}]}`)
	env, _ := json.Marshal(envelope{Version: storeVersion, Current: "b", Drafts: []storedDraft{
		{ID: "a", Name: "Baik", Scenario: good},
		{ID: "b", Name: "Rusak", Scenario: bad},
	}})
	ls := Memory{StorageKey: string(env)}
	s := load(ls)
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
	ls := Memory{}
	s := load(ls)
	before := s.Current().Scenario
	err := s.Edit(func(sc *domain.Scenario) { sc.Periods[0].Months = 13 })
	var ve *domain.ValidationError
	if !errors.As(err, &ve) || !strings.HasPrefix(ve.Problems[0].Path, "periods[0].months") {
		t.Fatalf("err %v", err)
	}
	if s.Current().Scenario.Periods[0].Months != before.Periods[0].Months || s.Rev() != 0 {
		t.Fatal("refused edit was kept")
	}
	if err := s.Edit(func(sc *domain.Scenario) { sc.Periods[0].Months = 3 }); err != nil {
		t.Fatal(err)
	}
	if got := load(ls).Current().Scenario.Periods[0].Months; got != 3 {
		t.Fatalf("reloaded months %d", got)
	}
}

func TestEditWorksOnACopy(t *testing.T) {
	s := load(Memory{})
	kept := s.Current().Scenario
	var code string
	for code = range kept.Periods[0].Dokumen {
		break
	}
	s.Edit(func(sc *domain.Scenario) {
		sc.Periods[0].Dokumen[code] = false
		sc.Periods[0].Months = 99
	})
	if !s.Current().Scenario.Periods[0].Dokumen[code] || !kept.Periods[0].Dokumen[code] {
		t.Fatal("refused edit leaked through a shared map")
	}
}

// TestResultOncePerRevision: screens share one result per change.
func TestResultOncePerRevision(t *testing.T) {
	s := load(Memory{})
	if _, err := s.CopyPreset(domain.Presets()[0].Code); err != nil {
		t.Fatal(err)
	}
	a := s.Result()
	if a.AngkaKreditTotal != "37,5" {
		t.Fatalf("preset AK %s", a.AngkaKreditTotal)
	}
	if err := s.Edit(func(sc *domain.Scenario) {
		for i := range sc.Periods {
			sc.Periods[i].Praktik.Rating, sc.Periods[i].Perilaku.Rating = domain.DiBawah, domain.DiBawah
		}
	}); err != nil {
		t.Fatal(err)
	}
	if b := s.Result(); b.AngkaKreditTotal == a.AngkaKreditTotal {
		t.Fatal("result not recomputed after an edit")
	}
}

func TestDraftLifecycle(t *testing.T) {
	s := load(Memory{})
	first := s.Current()
	dup, err := s.Duplicate(first.ID)
	if err != nil || dup.Name != "Salinan "+first.Name || s.Current().ID != dup.ID {
		t.Fatalf("duplicate %+v %v", dup, err)
	}
	if err := s.Rename(dup.ID, "  Kelas A  "); err != nil || s.Current().Name != "Kelas A" {
		t.Fatalf("rename: %v %q", err, s.Current().Name)
	}
	if err := s.Rename(dup.ID, " "); err == nil {
		t.Fatal("empty name accepted")
	}
	s.Delete(dup.ID)
	if len(s.Drafts()) != 1 {
		t.Fatalf("after delete: %d drafts", len(s.Drafts()))
	}
	if d, ok := s.Deleted(); !ok || d.ID != dup.ID {
		t.Fatal("nothing to undo")
	}
	s.Undo()
	ds := s.Drafts()
	if len(ds) != 2 || ds[1].ID != dup.ID || ds[1].Name != "Kelas A" || s.Current().ID != dup.ID {
		t.Fatalf("after undo: %+v", ds)
	}
	s.Delete(ds[0].ID)
	s.Delete(ds[1].ID)
	if len(s.Drafts()) != 1 || domain.Validate(s.Current().Scenario) != nil {
		t.Fatalf("after deleting all: %+v", s.Drafts())
	}
}

// TestReplaceCanBeUndone: a change that drops what was typed (another rule
// year) comes back whole with Undo, also after a reload of the page's store.
func TestReplaceCanBeUndone(t *testing.T) {
	ls := Memory{}
	s := load(ls)
	if _, err := s.CopyPreset(domain.Presets()[1].Code); err != nil {
		t.Fatal(err)
	}
	typed := s.Current().Scenario
	if err := s.Replace(domain.NewScenario("2024", domain.Guru, domain.AhliMadya), "Jenjang diganti ke Ahli Madya"); err != nil {
		t.Fatal(err)
	}
	if label, ok := s.Undoable(); !ok || !strings.Contains(label, "Madya") {
		t.Fatalf("undo label %q %v", label, ok)
	}
	s.Undo()
	got := s.Current().Scenario
	if got.Jenjang != typed.Jenjang || got.Periods[0].Praktik == nil || got.Periods[0].Praktik.Rating != typed.Periods[0].Praktik.Rating {
		t.Fatalf("undo gave %+v", got)
	}
	if _, ok := s.Undoable(); ok {
		t.Fatal("undo offered twice")
	}
	if r := load(ls).Current().Scenario; r.Rules != typed.Rules || r.Periods[0].Praktik == nil {
		t.Fatal("the undone state was not saved")
	}
}

func TestImportRefusedChangesNothing(t *testing.T) {
	ls := Memory{}
	s := load(ls)
	s.Edit(func(sc *domain.Scenario) { sc.Golongan = "III/a" })
	before := ls[StorageKey]
	_, err := s.Import("rusak", []byte(`{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":6,"praktik":{"rating":"luar_biasa"}}],"warna":"biru"}`))
	if err == nil || ls[StorageKey] != before || len(s.Drafts()) != 1 {
		t.Fatalf("refused import changed the drafts (err %v)", err)
	}
}

func TestCopyPresetMakesEditableDraft(t *testing.T) {
	s := load(Memory{})
	p := domain.Presets()[0]
	d, err := s.CopyPreset(p.Code)
	if err != nil {
		t.Fatal(err)
	}
	if s.Current().ID != d.ID || d.Name != p.Judul {
		t.Fatalf("copy %+v", d)
	}
	if err := s.Edit(func(sc *domain.Scenario) { sc.Periods[0].Praktik.Rating = domain.DiBawah }); err != nil {
		t.Fatal(err)
	}
	if domain.Presets()[0].Scenario.Periods[0].Praktik.Rating != p.Scenario.Periods[0].Praktik.Rating {
		t.Fatal("preset changed")
	}
	if _, err := s.CopyPreset("tidak_ada"); err == nil {
		t.Fatal("unknown preset copied")
	}
}

// TestResultOfFollowsEachDraft: a list of drafts shows each one's result,
// recomputed when that draft changes.
func TestResultOfFollowsEachDraft(t *testing.T) {
	s := load(Memory{})
	if _, err := s.CopyPreset(domain.Presets()[0].Code); err != nil {
		t.Fatal(err)
	}
	d := s.Current()
	if got := s.ResultOf(d).AngkaKreditTotal; got != "37,5" || got != s.Result().AngkaKreditTotal {
		t.Fatalf("ResultOf %s, Result %s", got, s.Result().AngkaKreditTotal)
	}
	if err := s.Edit(func(sc *domain.Scenario) { sc.Periods[1].Months = 3 }); err != nil {
		t.Fatal(err)
	}
	if got := s.ResultOf(s.Current()).AngkaKreditTotal; got == "37,5" {
		t.Fatal("ResultOf kept the result of before the edit")
	}
	if got := s.ResultOf(s.Drafts()[0]).AngkaKreditTotal; got != "0" {
		t.Fatalf("the other draft shows %s", got)
	}
}
