package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// navPokok are the destinations always visible on a phone: the start, the
// simulation, the calendar a new appointee needs (Linimasa) and the career.
// The rest are one tap away under "Lainnya" (issue 13).
var navPokok = map[string]bool{"/": true, "/simulasi": true, "/linimasa": true, "/karier": true}

// navUtama is the site navigation. A phone shows the main destinations and
// a "Lainnya" disclosure; a wide screen shows every screen in one row (CSS
// shows one of the two lists, so a reader meets only one).
func navUtama(active string) app.UI {
	link := func(sc Screen) app.UI {
		a := app.A().Href(sc.Path).Text(sc.Nav)
		if sc.Path == active {
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
		semua = append(semua, link(sc))
		if navPokok[sc.Path] {
			pokok = append(pokok, link(sc))
			continue
		}
		lain = append(lain, link(sc))
		if sc.Path == active {
			lainLabel = "Lainnya: " + sc.Nav
		}
	}
	return app.Elem("nav").Aria("label", "Navigasi utama").Body(
		app.Elem("ul").Class("nav-hp").Body(append(pokok,
			app.Elem("li").Class("nav-lain").Body(
				app.Elem("details").Body(
					app.Elem("summary").Attr("data-testid", "nav-lainnya").Text(lainLabel),
					app.Elem("ul").Body(lain...),
				),
			),
		)...),
		app.Elem("ul").Class("nav-lebar").Body(semua...),
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
