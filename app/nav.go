package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// navPokok are the destinations always visible on a phone: the start, the
// simulation, the calendar a new appointee needs (Linimasa) and the career.
// The rest are one tap away under "Lainnya" (issue 13).
var navPokok = map[string]bool{"/": true, "/simulasi": true, "/linimasa": true, "/karier": true}

// navLebarQuery is the width from which every screen fits in one row; it
// matches the @media rule of .nav-lebar in web/app.css.
const navLebarQuery = "(min-width: 60rem)"

// navUtama is the site navigation. A phone shows the main destinations and
// a "Lainnya" disclosure; a wide screen shows every screen in one row.
func navUtama(active string) app.UI { return &navBar{Active: active} }

// navBar renders the navigation. The server's page, laid out before any
// script runs, holds both lists and CSS shows one (a reader meets only
// one). In the browser the component builds only the list the screen
// shows, and swaps it when the width crosses navLebarQuery (a phone turned,
// a window resized): the other list was a third of the elements mounted at
// start-up.
type navBar struct {
	app.Compo
	Active string

	lebar   int8 // 0: not known yet; 1: phone list; 2: wide list
	query   app.Value
	onQuery app.Func
}

// layoutLists says which lists to build: both on the server, one in the
// browser.
func (n *navBar) layoutLists() (phone, wide bool) {
	if !app.IsClient {
		return true, true
	}
	if n.lebar == 0 {
		n.query = app.Window().Call("matchMedia", navLebarQuery)
		n.lebar = 1
		if n.query.Get("matches").Bool() {
			n.lebar = 2
		}
	}
	return n.lebar == 1, n.lebar == 2
}

// OnMount follows the width from now on. Mounting changes nothing on
// screen: without PreventUpdate go-app would re-render the whole screen
// once more right after it mounted (a Dispatch, which OnMount is, updates
// every enclosing component), in the very moment a phone user's first tap
// waits for an answer (20–30 ms at the phone profile's 4× CPU).
func (n *navBar) OnMount(ctx app.Context) {
	ctx.PreventUpdate()
	if n.query == nil {
		return
	}
	n.onQuery = app.FuncOf(func(_ app.Value, args []app.Value) any {
		wide := args[0].Get("matches").Bool()
		ctx.Dispatch(func(app.Context) {
			n.lebar = 1
			if wide {
				n.lebar = 2
			}
		})
		return nil
	})
	n.query.Call("addEventListener", "change", n.onQuery)
}

// OnDismount stops following the width.
func (n *navBar) OnDismount() {
	if n.onQuery != nil {
		n.query.Call("removeEventListener", "change", n.onQuery)
		n.onQuery.Release()
		n.onQuery = nil
	}
}

// Render is the nav with the lists layoutLists asks for.
func (n *navBar) Render() app.UI {
	phone, wide := n.layoutLists()
	link := func(sc Screen) app.UI {
		a := app.A().Href(sc.Path).Text(sc.Nav)
		if sc.Path == n.Active {
			a = a.Aria("current", "page").Class("active")
		}
		return app.Elem("li").Body(a)
	}
	var pokok, lain, semua []app.UI
	lainLabel := "Lainnya"
	for _, sc := range Screens {
		if sc.Nav == "" {
			continue
		}
		if wide {
			semua = append(semua, link(sc))
		}
		if !phone {
			continue
		}
		if navPokok[sc.Path] {
			pokok = append(pokok, link(sc))
			continue
		}
		lain = append(lain, link(sc))
		if sc.Path == n.Active {
			lainLabel = "Lainnya: " + sc.Nav
		}
	}
	return app.Elem("nav").Aria("label", "Navigasi utama").Body(
		app.If(phone, func() app.UI {
			return app.Elem("ul").Class("nav-hp").Body(append(pokok,
				app.Elem("li").Class("nav-lain").Body(
					app.Elem("details").Body(
						app.Elem("summary").Attr("data-testid", "nav-lainnya").Text(lainLabel),
						app.Elem("ul").Body(lain...),
					),
				),
			)...)
		}),
		app.If(wide, func() app.UI { return app.Elem("ul").Class("nav-lebar").Body(semua...) }),
	)
}

// baruDiangkat offers a new appointee the screen for their situation: the
// Linimasa computes, from the TMT month, what the first year holds.
func baruDiangkat() app.UI {
	return app.Elem("section").Class("card situasi").Attr("data-testid", "situasi-baru").Body(
		app.Elem("h2").Text("Baru diangkat tahun ini?"),
		app.Elem("p").Text("Bulan TMT menentukan tahap yang Anda jalani, tahap yang dilengkapi otomatis, dan batas SKP Anda."),
		app.A().Class("button").Href("/linimasa").Text("Lihat Linimasa untuk TMT Anda →"),
	)
}
