package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/store"
	"simkinerja/domain"
)

// Screens reach the drafts through Store, the page's one *store.Store (kept
// in go-app's state, not in a package variable) with go-app's notification
// after every change: each method below is a named edit that changes the
// drafts through package store and then bumps StateDraft, which every
// screen observes to re-render.
//
//	func (c *myScreen) OnMount(ctx app.Context) {
//		c.store = UseStore(ctx)
//		ctx.ObserveState(StateDraft, new(int))
//	}
//	// Render: d := c.store.Current(); res := c.store.Result() (once per change)

// StateDraft is the go-app state bumped after every change of the drafts.
const StateDraft = "simkinerja.draf"

// stateStore holds the page's Store in go-app's state.
const stateStore = "simkinerja.store"

// Store is the page's draft store as screens use it.
type Store struct{ *store.Store }

// UseStore returns the page's store. The first screen to ask puts the store
// Register gave it (see withStore) into go-app's state; without one (a
// component a test mounts alone) the store is loaded from local storage.
func UseStore(ctx app.Context) *Store {
	var s Store
	ctx.GetState(stateStore, &s)
	if s.Store == nil {
		if h := heldStore(ctx); h != nil {
			s = *h
		} else {
			s.Store = store.Load(store.Browser(), time.Now)
		}
		ctx.SetState(stateStore, s)
	}
	return &s
}

func (s *Store) notify(ctx app.Context) { ctx.SetState(StateDraft, s.Rev()) }

// Edit changes the current scenario (see store.Store.Edit).
func (s *Store) Edit(ctx app.Context, fn func(*domain.Scenario)) error {
	err := s.Store.Edit(fn)
	if err == nil {
		s.notify(ctx)
	}
	return err
}

// Replace swaps the current scenario as one undoable change.
func (s *Store) Replace(ctx app.Context, sc domain.Scenario, label string) error {
	err := s.Store.Replace(sc, label)
	if err == nil {
		s.notify(ctx)
	}
	return err
}

// EditUndoable changes the current scenario as one undoable change.
func (s *Store) EditUndoable(ctx app.Context, label string, fn func(*domain.Scenario)) error {
	err := s.Store.EditUndoable(label, fn)
	if err == nil {
		s.notify(ctx)
	}
	return err
}

// Rebase gives the draft another role or jenjang in every year, keeping
// what still applies (see Rebase); Undo brings back the rest. Each year
// keeps its own rule set.
func (s *Store) Rebase(ctx app.Context, role domain.Role, j domain.Jenjang) error {
	cur := s.Current().Scenario
	err := s.Store.EditRecord(rebaseLabel(cur, cur.Rules, role, j), func(r *domain.Record) {
		for k := range r.Tahun {
			sc := store.YearScenario(*r, k)
			*r = store.WithScenario(*r, k, domain.Rebase(sc, sc.Rules, role, j))
		}
	})
	if err == nil {
		s.notify(ctx)
	}
	return err
}

// EditRecord changes the whole record (every year); a label makes it undoable.
func (s *Store) EditRecord(ctx app.Context, undoLabel string, fn func(*domain.Record)) error {
	err := s.Store.EditRecord(undoLabel, fn)
	if err == nil {
		s.notify(ctx)
	}
	return err
}

// SelectTahun shows another calendar year of the draft.
func (s *Store) SelectTahun(ctx app.Context, tahun int) { s.Store.SelectTahun(tahun); s.notify(ctx) }

// AddTahun adds a calendar year (profile copied, no ratings) and shows it.
func (s *Store) AddTahun(ctx app.Context, tahun int) error {
	err := s.Store.AddTahun(tahun)
	s.notify(ctx)
	return err
}

// RemoveTahun removes a calendar year; Undo brings it back.
func (s *Store) RemoveTahun(ctx app.Context, tahun int) error {
	err := s.Store.RemoveTahun(tahun)
	s.notify(ctx)
	return err
}

// Undo takes back the last Delete or Replace.
func (s *Store) Undo(ctx app.Context) { s.Store.Undo(); s.notify(ctx) }

// Select makes the draft with id current.
func (s *Store) Select(ctx app.Context, id string) { s.Store.Select(id); s.notify(ctx) }

// Create adds a draft and makes it current.
func (s *Store) Create(ctx app.Context, name string, sc *domain.Scenario) (store.Draft, error) {
	d, err := s.Store.Create(name, sc)
	s.notify(ctx)
	return d, err
}

// CreateRecord adds a record as a new draft and makes it current.
func (s *Store) CreateRecord(ctx app.Context, name string, r domain.Record) (store.Draft, error) {
	d, err := s.Store.CreateRecord(name, r)
	s.notify(ctx)
	return d, err
}

// Duplicate copies a draft and makes the copy current.
func (s *Store) Duplicate(ctx app.Context, id string) (store.Draft, error) {
	d, err := s.Store.Duplicate(id)
	s.notify(ctx)
	return d, err
}

// Rename gives a draft a new name.
func (s *Store) Rename(ctx app.Context, id, name string) error {
	err := s.Store.Rename(id, name)
	s.notify(ctx)
	return err
}

// Delete removes a draft (undoable).
func (s *Store) Delete(ctx app.Context, id string) { s.Store.Delete(id); s.notify(ctx) }

// Import adds a scenario document as a new draft.
func (s *Store) Import(ctx app.Context, name string, data []byte) (store.Draft, error) {
	d, err := s.Store.Import(name, data)
	s.notify(ctx)
	return d, err
}

// CopyPreset adds a preset as a new, editable draft.
func (s *Store) CopyPreset(ctx app.Context, code string) (store.Draft, error) {
	d, err := s.Store.CopyPreset(code)
	s.notify(ctx)
	return d, err
}

// DeleteBackup removes a backup of broken drafts.
func (s *Store) DeleteBackup(ctx app.Context, key string) { s.Store.DeleteBackup(key); s.notify(ctx) }

// tabSync reloads the drafts when another tab of the app writes them, so
// this tab's next save cannot overwrite a draft created over there. It is
// mounted by the layout with every screen; its listener lives as long as
// the screen does.
type tabSync struct {
	app.Compo
	release func()
	// page is the store the layout was rendered with: mounting puts it in
	// go-app's state (UseStore), so a screen that never asks UseStore itself
	// still shares its store with everything that does.
	page *Store
}

func (t *tabSync) storeSlot() **Store { return &t.page }

func (t *tabSync) OnMount(ctx app.Context) {
	UseStore(ctx)
	ctx.PreventUpdate() // nothing on screen changed: no re-render of the screen
	if !app.IsClient {
		return
	}
	onStorage := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 && args[0].Get("key").String() == store.StorageKey {
			ctx.Dispatch(func(ctx app.Context) {
				s := UseStore(ctx)
				s.Reload()
				s.notify(ctx)
			})
		}
		return nil
	})
	app.Window().Call("addEventListener", "storage", onStorage)
	t.release = func() {
		app.Window().Call("removeEventListener", "storage", onStorage)
		onStorage.Release()
	}
}

func (t *tabSync) OnDismount() {
	if t.release != nil {
		t.release()
		t.release = nil
	}
}

func (t *tabSync) Render() app.UI { return app.Elem("span").Class("hidden") }
