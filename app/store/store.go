// Package store is the client's draft store: the user's named scenarios, kept
// in local storage and the only code that touches it (through Storage).
//
// A screen never reaches local storage or a package variable: package app
// keeps one *Store per page in go-app's state and hands it to screens.
// Every change goes through a method here, which validates a copy first
// (a stored draft is always a valid document), saves, and bumps Rev; the
// domain result of the current draft is computed once per Rev (Result).
// Anything that replaces what the user typed wholesale (Delete, Replace) can
// be taken back with Undo.
package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"simkinerja/domain"
)

// Storage keys. The version in the key lets a later layout live next to an
// earlier one instead of overwriting it: drafts are written under StorageKey
// (records, envelope version 2); the first release's drafts under LegacyKey
// are read when StorageKey is absent and never overwritten, so a copy of
// them stays. Tests read drafts saved by that release under the literal
// "simkinerja.draf.v1" (testdata/app/draf-v1): renaming it loses them.
const (
	// StorageKey is where the drafts live (envelope version 2: records).
	StorageKey = "simkinerja.draf.v2"
	// LegacyKey holds the first release's drafts (envelope version 1: scenarios).
	LegacyKey = "simkinerja.draf.v1"
	// BackupPrefix starts the key of every backup of broken drafts (kept
	// from the first release so its backups stay listed).
	BackupPrefix = LegacyKey + ".cadangan."
	storeVersion = 2
	// MaxDraftName bounds a draft's name in runes.
	MaxDraftName  = 80
	maxDraftCount = 200
)

// Draft is one named record: a person across calendar years.
type Draft struct {
	ID      string
	Name    string
	Updated time.Time
	Record  domain.Record
	// Tahun is the calendar year on screen; Scenario is that year of Record
	// as a one-year scenario (derived, for the per-year screens).
	Tahun    int
	Scenario domain.Scenario
}

// index of the year on screen in Record.Tahun (0 when absent).
func (d Draft) yearIndex() int {
	if k := d.Record.TahunIndex(d.Tahun); k >= 0 {
		return k
	}
	return 0
}

// withYear points the draft at calendar year tahun (or the last recorded
// year when tahun is not in the record) and derives Scenario.
func (d Draft) withYear(tahun int) Draft {
	if d.Record.TahunIndex(tahun) < 0 && len(d.Record.Tahun) > 0 {
		tahun = d.Record.Tahun[len(d.Record.Tahun)-1].Tahun
	}
	d.Tahun = tahun
	if len(d.Record.Tahun) > 0 {
		d.Scenario = YearScenario(d.Record, d.yearIndex())
	}
	return d
}

// LoadProblem is something wrong found in local storage at start: the broken
// content was moved to BackupKey and is offered for download.
type LoadProblem struct {
	Message   string
	Details   []string
	BackupKey string
	Backup    string // the content kept in the backup, verbatim
}

// Backup is a stored backup of broken draft data.
type Backup struct {
	Key    string `json:"-"`
	Saved  string `json:"disimpan"`
	Reason string `json:"alasan"`
	Raw    string `json:"isi"`
}

// Store is the client's draft store.
type Store struct {
	ls       Storage
	now      func() time.Time
	drafts   []Draft
	current  string
	Problems []LoadProblem
	// SaveErr is the last failure to write local storage (quota, private mode).
	SaveErr error
	// frozen stops saving when broken data could not be backed up, so it is
	// never overwritten.
	frozen bool
	undo   *undoEntry
	rev    int
	seq    int

	// The current draft's result, computed once per revision.
	resRev int
	res    domain.RecordResult
	// results caches ResultOf per draft.
	results map[string]cachedResult
}

// undoEntry is the state before a change that replaced what the user typed.
type undoEntry struct {
	label   string
	drafts  []Draft
	current string
	deleted *Draft
}

// envelope is the stored layout: version 2 under StorageKey (each draft a
// record and the year on screen), version 1 under LegacyKey (each draft a
// schema-1 scenario). Both are read; version 2 is written.
type envelope struct {
	Version int           `json:"version"`
	Current string        `json:"current"`
	Drafts  []storedDraft `json:"drafts"`
}

type storedDraft struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Updated string `json:"updated,omitempty"`
	Tahun   int    `json:"tahun,omitempty"`
	// Record is the document (schema 2, or 1 in a version-1 envelope).
	Record   json.RawMessage `json:"record,omitempty"`
	Scenario json.RawMessage `json:"scenario,omitempty"`
}

// Load reads the drafts from ls; now is the clock for timestamps and ids.
// Whatever fails to decode or validate is moved to a backup key, reported in
// Problems and left out; nothing is dropped.
func Load(ls Storage, now func() time.Time) *Store {
	s := &Store{ls: ls, now: now, resRev: -1}
	text, ok := ls.Get(StorageKey)
	legacy := false
	if !ok {
		text, ok = ls.Get(LegacyKey)
		legacy = ok
	}
	if !ok {
		// A first visit: the default draft is written with its first change.
		// Until then there is nothing to lose, and not encoding it here keeps
		// encoding/json's cold start (about 15 ms in the wasm) off first paint.
		s.addDefault()
		return s
	}
	var env envelope
	err := json.Unmarshal([]byte(text), &env)
	switch {
	case err != nil:
		s.quarantine(text, "Draf tersimpan rusak dan tidak dapat dibaca", []string{rusakKarena(err)})
	case env.Version != storeVersion && env.Version != 1:
		s.quarantine(text, fmt.Sprintf("Draf tersimpan memakai format versi %d yang tidak dikenal aplikasi ini", env.Version), nil)
	default:
		s.loadDrafts(env)
	}
	if len(s.drafts) == 0 {
		s.addDefault()
	}
	if _, ok := s.index(s.current); !ok {
		s.current = s.drafts[0].ID
	}
	if (len(s.Problems) > 0 || err != nil) && !legacy {
		// Rewrite the key only now that the broken content sits in a backup.
		// (The legacy key is never rewritten: the next change writes StorageKey.)
		s.save()
	}
	return s
}

func (s *Store) loadDrafts(env envelope) {
	for i, d := range env.Drafts {
		doc := d.Record
		if len(doc) == 0 {
			doc = d.Scenario
		}
		rec, err := domain.DecodeRecord(doc)
		if err == nil && len(rec.Tahun) == 0 {
			err = errors.New("draf tidak memuat satu tahun pun")
		}
		if err != nil {
			one, _ := json.Marshal(d)
			name := strings.TrimSpace(d.Name)
			if name == "" {
				name = fmt.Sprintf("ke-%d", i+1)
			}
			s.quarantine(string(one), fmt.Sprintf("Draf %q tidak valid", name), ProblemLines(err))
			continue
		}
		updated, _ := time.Parse(time.RFC3339, d.Updated)
		dr := Draft{ID: d.ID, Name: cleanName(d.Name, len(s.drafts)+1), Updated: updated, Record: rec}
		s.drafts = append(s.drafts, dr.withYear(d.Tahun))
	}
	s.current = env.Current
}

// Reload replaces the drafts with what storage holds now (another tab wrote
// them), keeping the current draft when it still exists and the problems
// already reported.
func (s *Store) Reload() {
	n := Load(s.ls, s.now)
	s.drafts = n.drafts
	s.Problems = append(s.Problems, n.Problems...)
	s.SaveErr, s.frozen = n.SaveErr, n.frozen
	if _, ok := s.index(s.current); !ok {
		s.current = n.current
	}
	s.undo = nil
	s.rev++
}

// quarantine moves broken content to a new backup key and records a problem.
// If the backup cannot be written the store freezes: the original key is then
// left exactly as it is.
func (s *Store) quarantine(text, msg string, details []string) {
	t := s.now()
	key := BackupPrefix + strconv.FormatInt(t.UnixMilli(), 10) + "-" + strconv.Itoa(len(s.Problems))
	b, _ := json.Marshal(Backup{Saved: t.UTC().Format(time.RFC3339), Reason: msg, Raw: text})
	p := LoadProblem{Message: msg, Details: details, BackupKey: key, Backup: text}
	if err := s.ls.Set(key, string(b)); err != nil {
		s.frozen = true
		p.BackupKey = ""
		p.Message += fmt.Sprintf(". Cadangan gagal ditulis (%v); draf lama dibiarkan apa adanya dan perubahan baru tidak disimpan", err)
	}
	s.Problems = append(s.Problems, p)
}

// ProblemLines renders a decode/validation error field by field.
func ProblemLines(err error) []string {
	if ve, ok := errors.AsType[*domain.ValidationError](err); ok {
		out := make([]string, len(ve.Problems))
		for i, p := range ve.Problems {
			out[i] = FieldProblem(p)
		}
		return out
	}
	return []string{err.Error()}
}

// FieldProblem renders one problem as "field: message".
func FieldProblem(p domain.Problem) string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

func (s *Store) addDefault() {
	now := s.now()
	d := Draft{ID: s.newID(), Name: "Draf 1", Updated: now, Record: domain.NewRecord(domain.Guru, domain.AhliPertama, now.Year())}
	s.drafts = append(s.drafts, d.withYear(now.Year()))
	s.current = s.drafts[len(s.drafts)-1].ID
}

func (s *Store) newID() string {
	s.seq++
	return "d" + strconv.FormatInt(s.now().UnixMilli(), 36) + strconv.Itoa(s.seq)
}

func cleanName(name string, n int) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return fmt.Sprintf("Draf %d", n)
	}
	if r := []rune(name); len(r) > MaxDraftName {
		name = string(r[:MaxDraftName])
	}
	return name
}

// save writes every draft to local storage and records the outcome in SaveErr.
func (s *Store) save() {
	if s.frozen {
		s.SaveErr = errors.New("penyimpanan dihentikan karena cadangan draf rusak gagal ditulis")
		return
	}
	env := envelope{Version: storeVersion, Current: s.current}
	for _, d := range s.drafts {
		b, err := domain.Encode(d.Record)
		if err != nil {
			s.SaveErr = fmt.Errorf("menyandikan draf %q: %w", d.Name, err)
			return
		}
		env.Drafts = append(env.Drafts, storedDraft{ID: d.ID, Name: d.Name, Updated: d.Updated.UTC().Format(time.RFC3339), Tahun: d.Tahun, Record: b})
	}
	b, err := json.Marshal(env)
	if err == nil {
		err = s.ls.Set(StorageKey, string(b))
	}
	if err != nil {
		s.SaveErr = fmt.Errorf("menyimpan draf ke penyimpanan lokal: %w", err)
		return
	}
	s.SaveErr = nil
}

// changed saves and moves to the next revision.
func (s *Store) changed() {
	s.save()
	s.rev++
}

// Rev is the revision: it grows with every change of the drafts, so a screen
// (or the result cache) knows when what it shows is stale.
func (s *Store) Rev() int { return s.rev }

func (s *Store) index(id string) (int, bool) {
	for i, d := range s.drafts {
		if d.ID == id {
			return i, true
		}
	}
	return 0, false
}
