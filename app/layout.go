package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// layout wraps a screen: skip link, header with the shared navigation, the
// update banner, store notices (broken drafts, failed saves) and the content.
func layout(s *Store, active string, content ...app.UI) app.UI {
	pace := &pacer{}
	return app.Elem("div").Class("shell").Attr("data-first-render", "1").Body(
		app.A().Class("skip").Href("#isi").Text("Lewati ke isi"),
		// The header, each block of the content and the footer are mounted in
		// browser tasks of their own (see chunk).
		app.Elem("header").Class("top").Body(
			app.A().Class("brand").Href("/").Body(
				// Decorative: the name follows as text. go-app drops an empty alt, so
				// the image is hidden from assistive technology instead. The PNG, not
				// icon.svg: an SVG image is a document of its own that the main thread
				// builds each time the element is made, before and again after the
				// wasm mounts (15–40 ms under the phone profile's 4× CPU).
				app.Img().Src("/web/icon-192.png").Attr("role", "presentation").Aria("hidden", "true").Width(28).Height(28),
				app.Elem("span").Text("SimKinerja"),
			),
			chunks(pace, navUtama(active))[0],
		),
		// The banner also marks the app ready, so it is mounted only with the
		// screen's real content (a screen holds its store from its first
		// render; see withStore).
		app.If(s != nil, func() app.UI { return &updateBanner{} }),
		app.If(s != nil, func() app.UI { return &tabSync{page: s} }),
		storeNotices(s),
		app.If(s != nil && perYear(active), func() app.UI { return yearTabs(s) }),
		app.Elem("main").ID("isi").Body(chunks(pace, content...)...),
		chunks(pace, app.Elem("footer").Class("foot").Body(
			glosarium(),
			app.Elem("p").Text("Simulator, bukan keputusan resmi. Predikat dan angka kredit resmi ditetapkan melalui e-Kinerja BKN dan PMM."),
		))[0],
	)
}

// storeNotices shows what went wrong with stored drafts, with the backup for
// download.
func storeNotices(s *Store) app.UI {
	if s == nil {
		return nil
	}
	return app.Elem("div").Body(
		app.If(len(s.Problems) > 0, func() app.UI {
			return app.Elem("section").Class("notice error").Attr("role", "alert").Attr("data-testid", "draft-error").Body(
				app.Elem("h2").Text("Draf tersimpan bermasalah"),
				app.Range(s.Problems).Slice(func(i int) app.UI {
					p := s.Problems[i]
					return app.Elem("div").Class("problem").Body(
						app.Elem("p").Text(p.Message+"."),
						app.If(len(p.Details) > 0, func() app.UI {
							return app.Elem("ul").Body(app.Range(p.Details).Slice(func(j int) app.UI {
								return app.Elem("li").Text(p.Details[j])
							}))
						}),
						app.If(p.BackupKey != "", func() app.UI {
							return app.Elem("p").Body(
								app.Text("Isinya tidak dihapus: disimpan sebagai cadangan. "),
								app.A().Href(dataURL("application/json", p.Backup)).
									Attr("download", "cadangan-draf.json").
									Attr("data-testid", "draft-backup-download").
									Text("Unduh cadangan"),
							)
						}),
					)
				}),
				app.Elem("p").Text("Anda dapat terus bekerja dengan draf yang lain atau draf baru."),
			)
		}),
		undoNotice(s),
		app.If(s.SaveErr != nil, func() app.UI {
			return app.Elem("p").Class("notice error").Attr("role", "alert").Attr("data-testid", "save-error").
				Text("Perubahan belum tersimpan: " + errText(s.SaveErr))
		}),
	)
}

// undoNotice offers to take back a change that replaced what the user typed
// (another rule year, role or jenjang). A deleted draft has its own undo on
// the Draf screen.
func undoNotice(s *Store) app.UI {
	label, ok := s.Undoable()
	if _, deleted := s.Deleted(); !ok || deleted {
		return nil
	}
	return app.Elem("p").Class("notice info").Attr("role", "status").Attr("data-testid", "undo-notice").Body(
		app.Text(label+". Isian yang tidak berlaku lagi disimpan untuk diurungkan. "),
		app.Button().Type("button").Attr("data-testid", "undo").Text("Urungkan").OnClick(s.undoAction),
	)
}

// undoAction is the undo button's handler.
func (s *Store) undoAction(ctx app.Context, e app.Event) { s.Undo(ctx) }

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// dataURL makes a link target that downloads text without a server.
func dataURL(mime, text string) string {
	return "data:" + mime + ";charset=utf-8," + url.PathEscape(text)
}

// updateBanner offers a reload when a new version has been installed.
//
// The service worker's cache is named "app-" + version, so the page is out of
// date exactly when app caches exist and none is its own version. That test
// runs at mount, on go-app's OnAppUpdate, on the browser's "controllerchange"
// (the new worker took over) and once that worker is "activated": it takes
// over while still activating, before its activate event has deleted the old
// caches, so a check at controllerchange alone can still see this page's own
// cache and miss the update (the e2e test caught it now and then). go-app's
// own notice is not enough either: its "updatefound" listener is attached
// only after register() resolves and can miss an update found during page
// load, and it also fires for the very first install, when the page is
// already current.
type updateBanner struct {
	app.Compo
	available bool
	release   func()
}

func (b *updateBanner) OnMount(ctx app.Context) {
	b.check(ctx)
	if app.IsClient {
		sw := app.Window().Get("navigator").Get("serviceWorker")
		if sw.Truthy() {
			var controller app.Value
			onState := app.FuncOf(func(this app.Value, args []app.Value) any {
				if this.Get("state").String() == "activated" {
					ctx.Dispatch(b.recheck)
				}
				return nil
			})
			onChange := app.FuncOf(func(this app.Value, args []app.Value) any {
				ctx.Dispatch(b.recheck)
				if c := sw.Get("controller"); c.Truthy() && c.Get("state").String() != "activated" {
					controller = c
					c.Call("addEventListener", "statechange", onState)
				}
				return nil
			})
			sw.Call("addEventListener", "controllerchange", onChange)
			b.release = func() {
				sw.Call("removeEventListener", "controllerchange", onChange)
				if controller != nil && controller.Truthy() {
					controller.Call("removeEventListener", "statechange", onState)
				}
				onChange.Release()
				onState.Release()
			}
		}
	}
	markReady()
	// Mounting shows nothing new; go-app would otherwise re-render the
	// whole screen (a Dispatch updates every enclosing component).
	ctx.PreventUpdate()
}

func (b *updateBanner) OnDismount() {
	if b.release != nil {
		b.release()
		b.release = nil
	}
}

func (b *updateBanner) OnAppUpdate(ctx app.Context) { b.recheck(ctx) }

// recheck runs check on the UI goroutine without re-rendering: the answer
// comes later, and check re-renders only when it changes the banner. A
// plain Dispatch would re-render the whole screen (the service worker's
// first install alone fires controllerchange and activated).
func (b *updateBanner) recheck(ctx app.Context) {
	ctx.PreventUpdate()
	b.check(ctx)
}

// check compares the page's version with the service worker's caches.
func (b *updateBanner) check(ctx app.Context) {
	if !app.IsClient || !app.Window().Get("caches").Truthy() {
		return
	}
	own := "app-" + app.Getenv("GOAPP_VERSION")
	app.Window().Get("caches").Call("keys").Then(func(keys app.Value) {
		others, mine := false, false
		for i := 0; i < keys.Length(); i++ {
			switch k := keys.Index(i).String(); {
			case k == own:
				mine = true
			case strings.HasPrefix(k, "app-"):
				others = true
			}
		}
		ctx.Dispatch(func(ctx app.Context) {
			// Only a change re-renders: the check runs at every start and
			// usually finds nothing, and a Dispatch re-renders the screen.
			if avail := others && !mine; avail != b.available {
				b.available = avail
				return
			}
			ctx.PreventUpdate()
		})
	})
}

// ReadyMark is the performance mark set when the first component is mounted
// in the browser; the e2e tests wait for html[data-app=ready] and the
// start-up benchmark reads the mark's time.
const ReadyMark = "simkinerja-ready"

// MainMark is the performance mark set when main is entered in the browser
// (wasm compiled, Go initialised); the start-up benchmark splits on it.
const MainMark = "simkinerja-main"

// markReady sets the mark once per page; the page's own attribute says
// whether it was set, so no package variable is needed.
func markReady() {
	if !app.IsClient {
		return
	}
	root := app.Window().Get("document").Get("documentElement")
	if root.Call("getAttribute", "data-app").String() == "ready" {
		return
	}
	app.Window().Get("performance").Call("mark", ReadyMark)
	root.Call("setAttribute", "data-app", "ready")
}

func (b *updateBanner) Render() app.UI {
	if !b.available {
		return app.Elem("div").Class("hidden")
	}
	return app.Elem("div").Class("notice update").Attr("role", "status").Attr("data-testid", "update-banner").Body(
		app.Elem("span").Text("Versi baru tersedia. "),
		app.Button().Text("Muat ulang").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
	)
}
