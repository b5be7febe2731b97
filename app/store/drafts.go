package store

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"simkinerja/domain"
)

// Drafts returns the drafts in order (copies).
func (s *Store) Drafts() []Draft { return append([]Draft(nil), s.drafts...) }

// Current returns the draft being edited.
func (s *Store) Current() Draft {
	i, _ := s.index(s.current)
	return s.drafts[i]
}

// RecordResult is the domain's result for the current draft, computed once
// per revision (with the device's date for the SKP deadlines) and shared by
// every screen that shows it.
func (s *Store) RecordResult() domain.RecordResult {
	if s.resRev != s.rev {
		s.res, s.resRev = domain.SimulateRecord(s.Current().Record, s.now()), s.rev
	}
	return s.res
}

// ResultOf is the result of a draft's year on screen, for lists of drafts:
// computed once per change of that draft.
func (s *Store) ResultOf(d Draft) domain.Result {
	if c, ok := s.results[d.ID]; ok && c.updated.Equal(d.Updated) && c.tahun == d.Tahun {
		return c.res
	}
	res := yearResult(domain.SimulateRecord(d.Record, s.now()), d.Tahun)
	if s.results == nil {
		s.results = map[string]cachedResult{}
	}
	s.results[d.ID] = cachedResult{d.Updated, d.Tahun, res}
	return res
}

// cachedResult is ResultOf's memory of one draft.
type cachedResult struct {
	updated time.Time
	tahun   int
	res     domain.Result
}

// Result is the result of the year on screen, with the record-wide parts
// (projection, accumulation) the per-year screens show.
func (s *Store) Result() domain.Result {
	return yearResult(s.RecordResult(), s.Current().Tahun)
}

// Edit applies fn to a copy of the year on screen (as a one-year scenario);
// the copy replaces that year and is saved only if the scenario and the
// whole record validate (else a *domain.ValidationError with field paths is
// returned and nothing changes).
func (s *Store) Edit(fn func(*domain.Scenario)) error {
	return s.edit("", fn)
}

// EditUndoable is Edit for a change that may drop what the user typed (a
// role or jenjang switch): Undo brings the draft back whole.
func (s *Store) EditUndoable(label string, fn func(*domain.Scenario)) error {
	return s.edit(label, fn)
}

func (s *Store) edit(undoLabel string, fn func(*domain.Scenario)) error {
	i, _ := s.index(s.current)
	d := s.drafts[i]
	sc := CloneScenario(d.Scenario)
	fn(&sc)
	if err := domain.Validate(sc); err != nil {
		return err
	}
	return s.setRecord(undoLabel, WithScenario(d.Record, d.yearIndex(), sc), d.Tahun)
}

// EditRecord applies fn to a copy of the whole record (every year at once);
// undoLabel, when set, makes the change undoable.
func (s *Store) EditRecord(undoLabel string, fn func(*domain.Record)) error {
	i, _ := s.index(s.current)
	r := CloneRecord(s.drafts[i].Record)
	fn(&r)
	return s.setRecord(undoLabel, r, s.drafts[i].Tahun)
}

// setRecord validates r and makes it the current draft's, on year tahun.
func (s *Store) setRecord(undoLabel string, r domain.Record, tahun int) error {
	if len(r.Tahun) == 0 {
		return errors.New("draf harus memuat paling sedikit satu tahun")
	}
	if err := domain.ValidateRecord(r); err != nil {
		return err
	}
	if undoLabel != "" {
		s.remember(undoLabel, nil)
	}
	i, _ := s.index(s.current)
	d := s.drafts[i]
	d.Record, d.Updated = r, s.now()
	s.drafts[i] = d.withYear(tahun)
	s.changed()
	return nil
}

// Replace swaps the year on screen for sc as one change that Undo takes back.
func (s *Store) Replace(sc domain.Scenario, label string) error {
	return s.edit(label, func(cur *domain.Scenario) { *cur = sc })
}

// SelectTahun shows calendar year tahun of the current draft. Nothing is
// lost: every year keeps its own rule set and entries.
func (s *Store) SelectTahun(tahun int) {
	i, _ := s.index(s.current)
	if s.drafts[i].Record.TahunIndex(tahun) < 0 || s.drafts[i].Tahun == tahun {
		return
	}
	s.drafts[i] = s.drafts[i].withYear(tahun)
	s.changed()
}

// AddTahun adds calendar year tahun to the current draft under its own rule
// year, copying the profile and never the ratings, and shows it.
func (s *Store) AddTahun(tahun int) error {
	i, _ := s.index(s.current)
	r := s.drafts[i].Record
	if r.TahunIndex(tahun) >= 0 {
		s.SelectTahun(tahun)
		return nil
	}
	n := r.AddTahun(tahun)
	if n.TahunIndex(tahun) < 0 {
		return fmt.Errorf("tahun %d tidak dapat ditambahkan: belum ada aturan untuk tahun itu", tahun)
	}
	return s.setRecord("", n, tahun)
}

// RemoveTahun removes calendar year tahun from the current draft (never the
// last one); Undo brings it back with everything entered in it.
func (s *Store) RemoveTahun(tahun int) error {
	i, _ := s.index(s.current)
	r := CloneRecord(s.drafts[i].Record)
	k := r.TahunIndex(tahun)
	if k < 0 {
		return nil
	}
	if len(r.Tahun) == 1 {
		return errors.New("tahun terakhir draf tidak dapat dihapus")
	}
	r.Tahun = append(r.Tahun[:k], r.Tahun[k+1:]...)
	show := s.drafts[i].Tahun
	if show == tahun {
		show = r.Tahun[min(k, len(r.Tahun)-1)].Tahun
	}
	return s.setRecord(fmt.Sprintf("Tahun %d dihapus dari draf", tahun), r, show)
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

// Create adds a draft holding sc as a one-year record (nil: a new record
// like the current one, on the year on screen) and makes it current.
func (s *Store) Create(name string, sc *domain.Scenario) (Draft, error) {
	if sc == nil {
		cur := s.Current()
		return s.CreateRecord(name, domain.NewRecord(cur.Scenario.Role, cur.Scenario.Jenjang, cur.Tahun))
	}
	if err := domain.Validate(*sc); err != nil {
		return Draft{}, err
	}
	return s.CreateRecord(name, domain.RecordDari(CloneScenario(*sc)))
}

// CreateRecord adds a draft holding r, shows its last year and makes it current.
func (s *Store) CreateRecord(name string, r domain.Record) (Draft, error) {
	if len(s.drafts) >= maxDraftCount {
		return Draft{}, fmt.Errorf("paling banyak %d draf; hapus yang tidak dipakai", maxDraftCount)
	}
	if len(r.Tahun) == 0 {
		return Draft{}, errors.New("draf harus memuat paling sedikit satu tahun")
	}
	if err := domain.ValidateRecord(r); err != nil {
		return Draft{}, err
	}
	d := Draft{ID: s.newID(), Name: cleanName(name, len(s.drafts)+1), Updated: s.now(), Record: CloneRecord(r)}
	d = d.withYear(r.Tahun[len(r.Tahun)-1].Tahun)
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
	return s.CreateRecord("Salinan "+src.Name, src.Record)
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

// Import decodes a document (a schema-2 record or a schema-1 scenario) and
// adds it as a new draft. On any problem nothing changes and the
// *domain.ValidationError is returned.
func (s *Store) Import(name string, data []byte) (Draft, error) {
	r, err := domain.DecodeRecord(data)
	if err != nil {
		return Draft{}, err
	}
	return s.CreateRecord(name, r)
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

// CloneScenario deep-copies a scenario, so edits of the copy never reach the
// original's maps and slices.
func CloneScenario(sc domain.Scenario) domain.Scenario { return sc.Clone() }

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
