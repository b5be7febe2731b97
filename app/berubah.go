package app

// Yang berubah (/berubah): what differs between the rule years, topic by
// topic, generated from the rule sets (view.Berubah); topics that changed are
// marked. Linked from the year tabs.
//
// data-testid hooks: berubah-<i> (row i; data-beda="1" when it changed).

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/app/view"
	"simkinerja/domain"
)

type berubah struct {
	app.Compo
	store *Store
}

func newBerubah() *berubah { return &berubah{} }

func (c *berubah) OnMount(ctx app.Context) {
	// Built with its store: see withStore.
	if mountStore(ctx, &c.store) {
		ctx.PreventUpdate()
	}
}

func (c *berubah) Render() app.UI {
	return layout(c.store, "/berubah",
		app.Elem("h1").Text("Yang berubah antartahun aturan"),
		app.Elem("p").Class("lead").Text("Disusun dari tabel aturan setiap tahun, bukan ditulis tangan. Baris bertanda berbeda antartahun."),
		aturanTable(),
	)
}

// aturanTable is the comparison of every known rule year (also a slide).
func aturanTable() app.UI {
	years := domain.RuleYears()
	var sets []domain.RuleSet
	for _, y := range years {
		rs, _ := domain.Rules(y)
		sets = append(sets, rs)
	}
	rows := view.Berubah(sets)
	return ui.TableWrap("Perbandingan aturan per tahun").Body(app.Elem("table").Class("data berubah").Body(
		app.Elem("thead").Body(app.Elem("tr").Body(
			app.Elem("th").Attr("scope", "col").Text("Topik"),
			app.Range(years).Slice(func(i int) app.UI { return app.Elem("th").Attr("scope", "col").Text("Aturan " + string(years[i])) }),
		)),
		app.Elem("tbody").Body(app.Range(rows).Slice(func(i int) app.UI {
			r := rows[i]
			tr := app.Elem("tr").Attr("data-testid", "berubah-"+strconv.Itoa(i))
			if r.Beda {
				tr = tr.Class("beda").Attr("data-beda", "1")
			}
			return tr.Body(
				app.Elem("th").Attr("scope", "row").Body(
					app.Text(r.Topik),
					app.If(r.Beda, func() app.UI { return app.Elem("span").Class("badge beda").Text(" berubah") }),
				),
				app.Range(r.Nilai).Slice(func(j int) app.UI { return app.Elem("td").Text(r.Nilai[j]) }),
			)
		})),
	))
}
