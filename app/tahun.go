package app

// Year tabs: every per-year screen shows the draft's calendar years as tabs
// (2024 · 2025 · 2026 · +2027). A tab only changes which year is on screen;
// each year keeps its own rule set and entries, so switching never loses
// anything. Adding a year copies the profile and never the ratings; removing
// one is offered with Undo (layout's undo notice).
//
// data-testid hooks: tahun-tabs, tahun-<yyyy> (tab; aria-current="true" on
// the year shown), tahun-tambah-<yyyy>, tahun-hapus, tahun-aturan.

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/view"
)

// perYear reports whether a route's content is one year of the draft.
func perYear(path string) bool {
	switch path {
	case "/", "/simulasi", "/siklus", "/kompetensi", "/linimasa", "/karier", "/ringkasan", "/sekolah", "/bandingkan":
		return true
	}
	return false
}

// yearTabs renders the tabs of the current draft.
func yearTabs(s *Store) app.UI {
	d := s.Current()
	t := view.NewTabs(d.Record, d.Tahun)
	return app.Elem("nav").Class("years-tabs no-print").Aria("label", "Tahun draf").Attr("data-testid", "tahun-tabs").Body(
		app.Elem("div").Class("tabs").Body(
			app.Range(t.Items).Slice(func(i int) app.UI { return yearTab(s, t.Items[i]) }),
			app.Range(t.Tambah).Slice(func(i int) app.UI {
				y := strconv.Itoa(t.Tambah[i])
				return app.Button().Type("button").Class("tab add").Attr("data-testid", "tahun-tambah-"+y).Attr("data-tahun", y).
					Aria("label", "Tambah tahun "+y).Text("+" + y).OnClick(s.onAddTahun)
			}),
		),
		app.Elem("p").Class("muted").Attr("data-testid", "tahun-aturan").Body(
			app.Text(t.Judul),
			app.If(t.Catatan != "", func() app.UI { return app.Elem("span").Class("assumption").Text(" " + TanpaKode(t.Catatan)) }),
			app.Text(" "),
			app.A().Href("/berubah").Attr("data-testid", "tahun-berubah").Text("Yang berubah antartahun"),
			app.If(t.Hapus, func() app.UI {
				return app.Button().Type("button").Class("link danger").Attr("data-testid", "tahun-hapus").
					Attr("data-tahun", strconv.Itoa(d.Tahun)).Text("Hapus tahun " + strconv.Itoa(d.Tahun)).OnClick(s.onRemoveTahun)
			}),
		),
	)
}

func yearTab(s *Store, tab view.Tab) app.UI {
	b := app.Button().Type("button").Class("tab").Attr("data-testid", "tahun-"+tab.Label).Attr("data-tahun", tab.Label).
		OnClick(s.onSelectTahun).Body(
		app.Elem("span").Class("tab-year").Text(tab.Label),
		app.Elem("small").Text(tab.Aturan),
	)
	if tab.Current {
		b = b.Class("on").Aria("current", "true")
	}
	return b
}

// tahunOf reads the data-tahun of the clicked element.
func tahunOf(ctx app.Context) (int, bool) {
	n, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get("tahun").String())
	return n, err == nil
}

// The tabs' named actions.

func (s *Store) onSelectTahun(ctx app.Context, e app.Event) {
	if y, ok := tahunOf(ctx); ok {
		s.SelectTahun(ctx, y)
	}
}

func (s *Store) onAddTahun(ctx app.Context, e app.Event) {
	if y, ok := tahunOf(ctx); ok {
		s.AddTahun(ctx, y)
	}
}

func (s *Store) onRemoveTahun(ctx app.Context, e app.Event) {
	if y, ok := tahunOf(ctx); ok {
		s.RemoveTahun(ctx, y)
	}
}
