package app

// The client store holds the user's drafts (named scenarios) and is the only
// code that touches local storage.
//
// How a screen reads and edits the current draft:
//
//	type myScreen struct {
//		app.Compo
//		store *Store
//	}
//
//	func (c *myScreen) OnMount(ctx app.Context) {
//		c.store = UseStore(ctx) // loads once per page, then shared
//		ctx.ObserveState(StateDraft, &c.rev) // optional: re-render on edits made elsewhere
//	}
//
//	// Render: d := c.store.Current(); res := domain.Simulate(d.Scenario)
//	// Handler: err := c.store.Edit(ctx, func(s *domain.Scenario) { s.TMT = "2024-05" })
//
// Edit works on a copy, validates it with domain.Validate and only then keeps
// and saves it, so a stored draft is always a valid scenario document; on a
// validation error nothing changes and the error (a *domain.ValidationError
// with field paths) is returned for the screen to show. Presets are read-only:
// a screen shows them with PresetScenario and copies them with CopyPreset.

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/domain"
)

// Storage keys. The version in the key lets a later layout live next to this
// one instead of overwriting it.
const (
	StorageKey    = "simkinerja.draf.v1"
	BackupPrefix  = StorageKey + ".cadangan."
	storeVersion  = 1
	defaultRules  = "2024"
	defaultRole   = domain.Guru
	defaultLevel  = domain.AhliPertama
	maxDraftName  = 80
	maxDraftCount = 200
)

// StateDraft is the go-app state bumped after every change of the drafts.
const StateDraft = "simkinerja.draf"

// Draft is one named scenario.
type Draft struct {
	ID       string
	Name     string
	Updated  time.Time
	Scenario domain.Scenario
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
	drafts   []Draft
	current  string
	Problems []LoadProblem
	// SaveErr is the last failure to write local storage (quota, private mode).
	SaveErr error
	// frozen stops saving when broken data could not be backed up, so it is
	// never overwritten.
	frozen  bool
	deleted *deletedDraft
	rev     int
	seq     int
}

type deletedDraft struct {
	draft Draft
	index int
}

// envelope is the stored layout under StorageKey.
type envelope struct {
	Version int           `json:"version"`
	Current string        `json:"current"`
	Drafts  []storedDraft `json:"drafts"`
}

type storedDraft struct {
	ID       string          `json:"id"`
	Name     string          `json:"name"`
	Updated  string          `json:"updated,omitempty"`
	Scenario json.RawMessage `json:"scenario"`
}

// clientStore is the store of the running page, loaded once.
var clientStore *Store

// UseStore returns the page's store, loading it from local storage on first
// use. On the server (pre-rendering) each call gets a fresh default store.
func UseStore(ctx app.Context) *Store {
	if !app.IsClient {
		return LoadStore(ctx.LocalStorage(), rawReader(ctx))
	}
	pageCtx = ctx
	if clientStore == nil {
		clientStore = LoadStore(ctx.LocalStorage(), rawReader(ctx))
		watchOtherTabs()
	}
	return clientStore
}

// pageCtx is the context of the screen that last asked for the store (the
// one on display); changes made in other tabs are applied through it.
var pageCtx app.Context

// watchOtherTabs reloads the drafts when another tab of the app writes them,
// so this tab's next save cannot overwrite a draft created over there.
func watchOtherTabs() {
	onStorage := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 || args[0].Get("key").String() != StorageKey {
			return nil
		}
		pageCtx.Dispatch(func(ctx app.Context) {
			clientStore.reload(ctx.LocalStorage(), rawReader(ctx))
			ctx.SetState(StateDraft, clientStore.rev)
		})
		return nil
	})
	app.Window().Call("addEventListener", "storage", onStorage)
}

// reload replaces the drafts with what storage holds now, keeping the
// current draft when it still exists and the problems already reported.
func (s *Store) reload(ls app.BrowserStorage, raw func(string) (string, bool)) {
	n := LoadStore(ls, raw)
	s.drafts = n.drafts
	s.Problems = append(s.Problems, n.Problems...)
	s.SaveErr, s.frozen = n.SaveErr, n.frozen
	if _, ok := s.index(s.current); !ok {
		s.current = n.current
	}
	s.rev++
}

// rawReader reads a key's stored text verbatim. BrowserStorage.Get decodes
// JSON and so cannot return garbage as it is; the browser's localStorage can.
func rawReader(ctx app.Context) func(key string) (string, bool) {
	if app.IsClient {
		return func(key string) (string, bool) {
			v := app.Window().Get("localStorage").Call("getItem", key)
			if v.IsNull() || v.IsUndefined() {
				return "", false
			}
			return v.String(), true
		}
	}
	ls := ctx.LocalStorage()
	return func(key string) (string, bool) {
		if !ls.Contains(key) {
			return "", false
		}
		var raw json.RawMessage
		if err := ls.Get(key, &raw); err != nil {
			return "", true
		}
		return string(raw), true
	}
}

// LoadStore reads the drafts from ls (raw reads the stored text verbatim).
// Whatever fails to decode or validate is moved to a backup key, reported in
// Problems and left out; nothing is dropped.
func LoadStore(ls app.BrowserStorage, raw func(key string) (string, bool)) *Store {
	s := &Store{}
	text, ok := raw(StorageKey)
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
		s.quarantine(ls, text, "Draf tersimpan rusak dan tidak dapat dibaca", []string{"rincian teknis: " + err.Error()})
	case env.Version != storeVersion:
		s.quarantine(ls, text, fmt.Sprintf("Draf tersimpan memakai format versi %d yang tidak dikenal aplikasi ini", env.Version), nil)
	default:
		for i, d := range env.Drafts {
			sc, err := domain.DecodeScenario(d.Scenario)
			if err != nil {
				one, _ := json.Marshal(d)
				name := strings.TrimSpace(d.Name)
				if name == "" {
					name = fmt.Sprintf("ke-%d", i+1)
				}
				s.quarantine(ls, string(one), fmt.Sprintf("Draf %q tidak valid", name), problemLines(err))
				continue
			}
			updated, _ := time.Parse(time.RFC3339, d.Updated)
			s.drafts = append(s.drafts, Draft{ID: d.ID, Name: cleanName(d.Name, len(s.drafts)+1), Updated: updated, Scenario: sc})
		}
		s.current = env.Current
	}
	if len(s.drafts) == 0 {
		s.addDefault()
	}
	if _, ok := s.index(s.current); !ok {
		s.current = s.drafts[0].ID
	}
	if len(s.Problems) > 0 || err != nil {
		// Rewrite the key only now that the broken content sits in a backup.
		s.save(ls)
	}
	return s
}

// quarantine moves broken content to a new backup key and records a problem.
// If the backup cannot be written the store freezes: the original key is then
// left exactly as it is.
func (s *Store) quarantine(ls app.BrowserStorage, text, msg string, details []string) {
	key := BackupPrefix + strconv.FormatInt(time.Now().UnixMilli(), 10) + "-" + strconv.Itoa(len(s.Problems))
	b := Backup{Saved: time.Now().UTC().Format(time.RFC3339), Reason: msg, Raw: text}
	p := LoadProblem{Message: msg, Details: details, BackupKey: key, Backup: text}
	if err := ls.Set(key, b); err != nil {
		s.frozen = true
		p.BackupKey = ""
		p.Message += fmt.Sprintf(". Cadangan gagal ditulis (%v); draf lama dibiarkan apa adanya dan perubahan baru tidak disimpan", err)
	}
	s.Problems = append(s.Problems, p)
}

// problemLines renders a decode/validation error field by field.
func problemLines(err error) []string {
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
	s.drafts = append(s.drafts, Draft{ID: s.newID(), Name: "Draf 1", Updated: time.Now(),
		Scenario: domain.NewScenario(defaultRules, defaultRole, defaultLevel)})
	s.current = s.drafts[len(s.drafts)-1].ID
}

func (s *Store) newID() string {
	s.seq++
	return "d" + strconv.FormatInt(time.Now().UnixMilli(), 36) + strconv.Itoa(s.seq)
}

func cleanName(name string, n int) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return fmt.Sprintf("Draf %d", n)
	}
	if r := []rune(name); len(r) > maxDraftName {
		name = string(r[:maxDraftName])
	}
	return name
}

// save writes every draft to local storage and records the outcome in SaveErr.
func (s *Store) save(ls app.BrowserStorage) {
	if s.frozen {
		s.SaveErr = errors.New("penyimpanan dihentikan karena cadangan draf rusak gagal ditulis")
		return
	}
	env := envelope{Version: storeVersion, Current: s.current}
	for _, d := range s.drafts {
		b, err := domain.Encode(d.Scenario)
		if err != nil {
			s.SaveErr = fmt.Errorf("menyandikan draf %q: %w", d.Name, err)
			return
		}
		env.Drafts = append(env.Drafts, storedDraft{ID: d.ID, Name: d.Name, Updated: d.Updated.UTC().Format(time.RFC3339), Scenario: b})
	}
	if err := ls.Set(StorageKey, env); err != nil {
		s.SaveErr = fmt.Errorf("menyimpan draf ke penyimpanan lokal: %w", err)
		return
	}
	s.SaveErr = nil
}

// changed saves and tells observers.
func (s *Store) changed(ctx app.Context) {
	s.save(ctx.LocalStorage())
	s.rev++
	ctx.SetState(StateDraft, s.rev)
}

func (s *Store) index(id string) (int, bool) {
	for i, d := range s.drafts {
		if d.ID == id {
			return i, true
		}
	}
	return 0, false
}

// Drafts returns the drafts in order (copies).
func (s *Store) Drafts() []Draft { return append([]Draft(nil), s.drafts...) }

// Current returns the draft being edited.
func (s *Store) Current() Draft {
	i, _ := s.index(s.current)
	return s.drafts[i]
}

// Edit applies fn to a copy of the current scenario; the copy replaces the
// draft and is saved only if it validates.
func (s *Store) Edit(ctx app.Context, fn func(*domain.Scenario)) error {
	i, _ := s.index(s.current)
	sc := CloneScenario(s.drafts[i].Scenario)
	fn(&sc)
	if err := domain.Validate(sc); err != nil {
		return err
	}
	s.drafts[i].Scenario = sc
	s.drafts[i].Updated = time.Now()
	s.changed(ctx)
	return nil
}

// Select makes the draft with id current.
func (s *Store) Select(ctx app.Context, id string) {
	if _, ok := s.index(id); ok && s.current != id {
		s.current = id
		s.changed(ctx)
	}
}

// Create adds a draft with sc (nil: a default scenario like the current one)
// and makes it current.
func (s *Store) Create(ctx app.Context, name string, sc *domain.Scenario) (Draft, error) {
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
	d := Draft{ID: s.newID(), Name: cleanName(name, len(s.drafts)+1), Updated: time.Now(), Scenario: scenario}
	s.drafts = append(s.drafts, d)
	s.current = d.ID
	s.changed(ctx)
	return d, nil
}

// Duplicate copies the draft with id under a new name and makes it current.
func (s *Store) Duplicate(ctx app.Context, id string) (Draft, error) {
	i, ok := s.index(id)
	if !ok {
		return Draft{}, errors.New("draf tidak ditemukan")
	}
	src := s.drafts[i]
	return s.Create(ctx, "Salinan "+src.Name, &src.Scenario)
}

// Rename gives the draft with id a new name.
func (s *Store) Rename(ctx app.Context, id, name string) error {
	i, ok := s.index(id)
	if !ok {
		return errors.New("draf tidak ditemukan")
	}
	if strings.TrimSpace(name) == "" {
		return errors.New("nama draf tidak boleh kosong")
	}
	s.drafts[i].Name = cleanName(name, i+1)
	s.changed(ctx)
	return nil
}

// Delete removes the draft with id; Undo brings the last deleted draft back.
// The last remaining draft is replaced by a fresh default so there is always
// one to edit.
func (s *Store) Delete(ctx app.Context, id string) {
	i, ok := s.index(id)
	if !ok {
		return
	}
	s.deleted = &deletedDraft{draft: s.drafts[i], index: i}
	s.drafts = append(s.drafts[:i:i], s.drafts[i+1:]...)
	if len(s.drafts) == 0 {
		s.addDefault()
	}
	if s.current == id {
		s.current = s.drafts[min(i, len(s.drafts)-1)].ID
	}
	s.changed(ctx)
}

// Deleted returns the draft that Undo would restore.
func (s *Store) Deleted() (Draft, bool) {
	if s.deleted == nil {
		return Draft{}, false
	}
	return s.deleted.draft, true
}

// Undo restores the last deleted draft at its place and makes it current.
func (s *Store) Undo(ctx app.Context) {
	if s.deleted == nil {
		return
	}
	d, i := s.deleted.draft, min(s.deleted.index, len(s.drafts))
	s.deleted = nil
	s.drafts = append(s.drafts[:i], append([]Draft{d}, s.drafts[i:]...)...)
	s.current = d.ID
	s.changed(ctx)
}

// Import decodes a scenario document and adds it as a new draft. On any
// problem nothing changes and the *domain.ValidationError is returned.
func (s *Store) Import(ctx app.Context, name string, data []byte) (Draft, error) {
	sc, err := domain.DecodeScenario(data)
	if err != nil {
		return Draft{}, err
	}
	return s.Create(ctx, name, &sc)
}

// DismissProblems hides the load problems; the backups stay in storage.
func (s *Store) DismissProblems() { s.Problems = nil }

// Backups lists the backups kept in local storage, newest first.
func Backups(ctx app.Context) []Backup {
	ls := ctx.LocalStorage()
	var out []Backup
	ls.ForEach(func(k string) {
		if !strings.HasPrefix(k, BackupPrefix) {
			return
		}
		var b Backup
		if err := ls.Get(k, &b); err != nil {
			b = Backup{Reason: "cadangan tidak terbaca: " + err.Error()}
		}
		b.Key = k
		out = append(out, b)
	})
	sortBackups(out)
	return out
}

func sortBackups(bs []Backup) {
	for i := 1; i < len(bs); i++ {
		for j := i; j > 0 && bs[j].Key > bs[j-1].Key; j-- {
			bs[j], bs[j-1] = bs[j-1], bs[j]
		}
	}
}

// DeleteBackup removes a backup the user no longer wants.
func DeleteBackup(ctx app.Context, key string) {
	if strings.HasPrefix(key, BackupPrefix) {
		ctx.LocalStorage().Del(key)
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
func (s *Store) CopyPreset(ctx app.Context, code string) (Draft, error) {
	p, ok := PresetScenario(code)
	if !ok {
		return Draft{}, fmt.Errorf("contoh %q tidak ada", code)
	}
	return s.Create(ctx, p.Judul, &p.Scenario)
}
