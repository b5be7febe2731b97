package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/store"
)

// A screen renders its real content at its first render, on the server and
// in the browser alike: Register hands every screen its store when go-app
// builds it, before Render runs. go-app calls OnMount only in the browser
// and only after the first render, so a store loaded there left the
// server's HTML (the first paint) at "Memuat…" and cost the browser a
// second render of the whole screen once the store arrived.

// storeHolder is a screen that takes the page's store before its first
// render; storeSlot points at the screen's store field.
type storeHolder interface{ storeSlot() **Store }

func (c *beranda) storeSlot() **Store     { return &c.store }
func (c *simulasi) storeSlot() **Store    { return &c.store }
func (c *draf) storeSlot() **Store        { return &c.store }
func (c *bagikan) storeSlot() **Store     { return &c.store }
func (c *berubah) storeSlot() **Store     { return &c.store }
func (c *presentasi) storeSlot() **Store  { return &c.store }
func (c *shared) storeSlot() **Store      { return &c.store }
func (c *kelas) storeSlot() **Store       { return &c.store }
func (d *draftScreen) storeSlot() **Store { return &d.store }

// pageStores says where Register's screens get their store. In the browser
// it is the page's one store, loaded from local storage when the first
// screen is built: every screen of the page shares it, and UseStore puts it
// in go-app's state when a screen mounts (see heldStore). On the server
// (pre-rendering, the static site) every page gets a fresh default store
// dated by now: the screen of a first visit in the current year, with no
// storage behind it.
func pageStores(now func() time.Time) func() *Store {
	if !app.IsClient {
		return func() *Store { return &Store{store.Load(store.Memory{}, now)} }
	}
	var page *Store
	return func() *Store {
		if page == nil {
			page = &Store{store.Load(store.Browser(), now)}
		}
		return page
	}
}

// withStore wraps a screen constructor so that the screen holds its store
// before go-app renders it.
func withStore(build func() app.Composer, stores func() *Store) func() app.Composer {
	return func() app.Composer {
		c := build()
		if h, ok := c.(storeHolder); ok && *h.storeSlot() == nil {
			*h.storeSlot() = stores()
		}
		return c
	}
}

// heldStore is the store the component behind ctx was given before its
// first render, if it is a screen that holds one.
func heldStore(ctx app.Context) *Store {
	if h, ok := ctx.Src().(storeHolder); ok {
		return *h.storeSlot()
	}
	return nil
}

// mountStore makes the store in *slot the page's (UseStore) when a screen
// mounts, and reports whether the screen's first render already showed that
// store. Then mounting changes nothing on screen, and the screen cancels the
// re-render go-app schedules after OnMount (ctx.PreventUpdate).
func mountStore(ctx app.Context, slot **Store) (rendered bool) {
	before := *slot
	*slot = UseStore(ctx)
	return before != nil && before.Store == (*slot).Store
}
