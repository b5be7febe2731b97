package store

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"simkinerja/domain"
)

// DefaultScenario is a first visit's draft: a guru, Ahli Pertama, under the
// rules of the device's current year (or the newest rules known, flagged by
// the domain when the year has none of its own).
func DefaultScenario(now time.Time) domain.Scenario {
	y, _, _ := domain.RuleYearFor(now.Year())
	return domain.NewScenario(y, domain.Guru, domain.AhliPertama)
}

// Drafts returns the drafts in order (copies).
func (s *Store) Drafts() []Draft { return append([]Draft(nil), s.drafts...) }

// Current returns the draft being edited.
func (s *Store) Current() Draft {
	i, _ := s.index(s.current)
	return s.drafts[i]
}

// Result is the domain's result for the current draft, computed once per
// revision and shared by every screen that shows it.
func (s *Store) Result() domain.Result {
	if s.resRev != s.rev {
		s.res, s.resRev = domain.Simulate(s.Current().Scenario), s.rev
	}
	return s.res
}

// Edit applies fn to a copy of the current scenario; the copy replaces the
// draft and is saved only if it validates (else a *domain.ValidationError
// with field paths is returned and nothing changes).
func (s *Store) Edit(fn func(*domain.Scenario)) error {
	i, _ := s.index(s.current)
	sc := CloneScenario(s.drafts[i].Scenario)
	fn(&sc)
	if err := domain.Validate(sc); err != nil {
		return err
	}
	s.drafts[i].Scenario = sc
	s.drafts[i].Updated = s.now()
	s.changed()
	return nil
}

// Replace swaps the current scenario for sc as one change that Undo takes
// back (label says what happened, e.g. "Aturan diganti ke 2025"): for
// changes that may drop what the user typed.
func (s *Store) Replace(sc domain.Scenario, label string) error {
	return s.EditUndoable(label, func(cur *domain.Scenario) { *cur = sc })
}

// EditUndoable is Edit for a change that may drop what the user typed (a
// rule year, role or jenjang switch): Undo brings the draft back whole.
func (s *Store) EditUndoable(label string, fn func(*domain.Scenario)) error {
	i, _ := s.index(s.current)
	sc := CloneScenario(s.drafts[i].Scenario)
	fn(&sc)
	if err := domain.Validate(sc); err != nil {
		return err
	}
	s.remember(label, nil)
	s.drafts[i].Scenario = sc
	s.drafts[i].Updated = s.now()
	s.changed()
	return nil
}

// remember keeps the drafts as they are now for Undo.
func (s *Store) remember(label string, deleted *Draft) {
	snap := make([]Draft, len(s.drafts))
	for i, d := range s.drafts {
		snap[i] = d
		snap[i].Scenario = CloneScenario(d.Scenario)
	}
	s.undo = &undoEntry{label: label, drafts: snap, current: s.current, deleted: deleted}
}

// Undoable says what Undo would take back.
func (s *Store) Undoable() (label string, ok bool) {
	if s.undo == nil {
		return "", false
	}
	return s.undo.label, true
}

// Undo restores the drafts as they were before the last Delete or Replace.
func (s *Store) Undo() {
	if s.undo == nil {
		return
	}
	s.drafts, s.current = s.undo.drafts, s.undo.current
	s.undo = nil
	s.changed()
}

// Select makes the draft with id current.
func (s *Store) Select(id string) {
	if _, ok := s.index(id); ok && s.current != id {
		s.current = id
		s.changed()
	}
}

// Create adds a draft with sc (nil: a default scenario like the current one)
// and makes it current.
func (s *Store) Create(name string, sc *domain.Scenario) (Draft, error) {
	if len(s.drafts) >= maxDraftCount {
		return Draft{}, fmt.Errorf("paling banyak %d draf; hapus yang tidak dipakai", maxDraftCount)
	}
	var scenario domain.Scenario
	if sc != nil {
		if err := domain.Validate(*sc); err != nil {
			return Draft{}, err
		}
		scenario = CloneScenario(*sc)
	} else {
		cur := s.Current().Scenario
		scenario = domain.NewScenario(cur.Rules, cur.Role, cur.Jenjang)
	}
	d := Draft{ID: s.newID(), Name: cleanName(name, len(s.drafts)+1), Updated: s.now(), Scenario: scenario}
	s.drafts = append(s.drafts, d)
	s.current = d.ID
	s.changed()
	return d, nil
}

// Duplicate copies the draft with id under a new name and makes it current.
func (s *Store) Duplicate(id string) (Draft, error) {
	i, ok := s.index(id)
	if !ok {
		return Draft{}, errors.New("draf tidak ditemukan")
	}
	src := s.drafts[i]
	return s.Create("Salinan "+src.Name, &src.Scenario)
}

// Rename gives the draft with id a new name.
func (s *Store) Rename(id, name string) error {
	i, ok := s.index(id)
	if !ok {
		return errors.New("draf tidak ditemukan")
	}
	if strings.TrimSpace(name) == "" {
		return errors.New("nama draf tidak boleh kosong")
	}
	s.drafts[i].Name = cleanName(name, i+1)
	s.changed()
	return nil
}

// Delete removes the draft with id; Undo brings it back. The last remaining
// draft is replaced by a fresh default so there is always one to edit.
func (s *Store) Delete(id string) {
	i, ok := s.index(id)
	if !ok {
		return
	}
	d := s.drafts[i]
	s.remember("Draf “"+d.Name+"” dihapus", &d)
	s.drafts = append(s.drafts[:i:i], s.drafts[i+1:]...)
	if len(s.drafts) == 0 {
		s.addDefault()
	}
	if s.current == id {
		s.current = s.drafts[min(i, len(s.drafts)-1)].ID
	}
	s.changed()
}

// Deleted returns the draft that Undo would restore after a Delete.
func (s *Store) Deleted() (Draft, bool) {
	if s.undo == nil || s.undo.deleted == nil {
		return Draft{}, false
	}
	return *s.undo.deleted, true
}

// Import decodes a scenario document and adds it as a new draft. On any
// problem nothing changes and the *domain.ValidationError is returned.
func (s *Store) Import(name string, data []byte) (Draft, error) {
	sc, err := domain.DecodeScenario(data)
	if err != nil {
		return Draft{}, err
	}
	return s.Create(name, &sc)
}

// DismissProblems hides the load problems; the backups stay in storage.
func (s *Store) DismissProblems() { s.Problems = nil }

// Backups lists the backups kept in local storage, newest first.
func (s *Store) Backups() []Backup {
	var out []Backup
	for _, k := range s.ls.Keys() {
		if !strings.HasPrefix(k, BackupPrefix) {
			continue
		}
		text, _ := s.ls.Get(k)
		var b Backup
		if err := decodeBackup(text, &b); err != nil {
			b = Backup{Reason: "cadangan tidak terbaca: " + err.Error()}
		}
		b.Key = k
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key > out[j].Key })
	return out
}

// DeleteBackup removes a backup the user no longer wants.
func (s *Store) DeleteBackup(key string) {
	if strings.HasPrefix(key, BackupPrefix) {
		s.ls.Del(key)
	}
}

// CloneScenario deep-copies a scenario through its JSON form, so edits of the
// copy never reach the original's maps and slices.
func CloneScenario(sc domain.Scenario) domain.Scenario {
	b, err := domain.Encode(sc)
	if err != nil {
		return sc
	}
	var out domain.Scenario
	if err := domain.DecodeStrict(b, &out); err != nil {
		return sc
	}
	return out
}

// PresetScenario returns the preset with code.
func PresetScenario(code string) (domain.Preset, bool) {
	for _, p := range domain.Presets() {
		if p.Code == code {
			return p, true
		}
	}
	return domain.Preset{}, false
}

// CopyPreset adds a preset as a new, editable draft.
func (s *Store) CopyPreset(code string) (Draft, error) {
	p, ok := PresetScenario(code)
	if !ok {
		return Draft{}, fmt.Errorf("contoh %q tidak ada", code)
	}
	return s.Create(p.Judul, &p.Scenario)
}
