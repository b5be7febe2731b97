package app

// shared (/s/{id}) shows a scenario someone shared, read-only, computed here
// with domain.Simulate, and offers to keep a copy as the viewer's own draft.
//
// data-testid hooks (stable, used by app/e2e):
//
//	shared-loading   shown while the scenario is fetched
//	shared-error     the worker's (or the network's) message
//	shared-summary   role · jenjang · rule year of the shared scenario
//	shared-period    one row per period (data-period = period code)
//	shared-ak        the year's AK (display form, e.g. "37,5")
//	shared-save      button "Simpan sebagai draf"
//	shared-saved     confirmation with the new draft's name

import (
	"errors"
	"fmt"
	"simkinerja/app/store"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/client"
	"simkinerja/app/ui"
	"simkinerja/domain"
)

// ShareIDPattern is the route of a share link: /s/ and the id. The length is
// left to the worker (it answers 400 for an id of the wrong shape, which the
// screen shows): a counted repetition such as {22} compiles into 22 copies,
// and compiling the route patterns is part of every start-up.
const ShareIDPattern = `^/s/[A-Za-z0-9_-]+$`

type shared struct {
	app.Compo
	store *Store

	id      string
	rec     domain.Record
	sc      *domain.Scenario // the record's last year, shown
	res     domain.Result    // computed once when the document arrives
	loading bool
	err     string
	saved   string
	saveErr string
	// offlineCopy: shown from the copy kept when it was last opened;
	// needsNet: offline and never opened here.
	offlineCopy, needsNet bool
}

func newShared() *shared { return &shared{} }

func (c *shared) OnMount(ctx app.Context) {
	if c.store == nil {
		c.store = UseStore(ctx)
	}
}

func (c *shared) OnNav(ctx app.Context) {
	id := strings.TrimPrefix(ctx.Page().URL().Path, "/s/")
	if id == c.id && (c.sc != nil || c.loading) {
		return
	}
	c.id, c.sc, c.err, c.saved, c.saveErr = id, nil, "", "", ""
	c.offlineCopy, c.needsNet = false, false
	if !app.IsClient {
		return
	}
	c.loading = true
	ctx.Async(func() {
		r, err := client.FetchShare(id)
		ctx.Dispatch(func(ctx app.Context) {
			c.loading = false
			if err == nil && len(r.Tahun) == 0 {
				err = errors.New("dokumen di tautan ini tidak memuat satu tahun pun")
			}
			if ae, ok := errors.AsType[*client.APIError](err); ok && ae.Offline {
				// A share opened before stays readable offline; any other
				// one needs the network, said plainly (issue 13).
				if kept, ok := c.store.RememberedShare(id); ok {
					c.offlineCopy = true
					c.showRecord(kept)
					return
				}
				c.needsNet = true
				return
			}
			if err != nil {
				c.err = shareLoadError(err)
				return
			}
			c.store.RememberShare(id, r)
			c.showRecord(r)
		})
	})
}

// shareLoadError words a failed load; a damaged document lists its fields.
func shareLoadError(err error) string {
	if lines := store.ProblemLines(err); len(lines) > 0 {
		if _, ok := err.(*client.APIError); !ok {
			return "Skenario di tautan ini tidak valid: " + strings.Join(lines, "; ")
		}
	}
	return err.Error()
}

// save keeps the shared scenario as a new draft. The sharer's name and NIP,
// if they chose to include them, are not copied into the viewer's draft.
func (c *shared) save(ctx app.Context) {
	if c.sc == nil {
		return
	}
	r := c.rec
	r.Identitas = nil
	d, err := c.store.CreateRecord(ctx, "Dari tautan "+c.id[:6], r)
	if err != nil {
		_, c.saveErr = fieldErrors(err)
		return
	}
	c.saved, c.saveErr = d.Name, ""
}

func (c *shared) Render() app.UI {
	body := []app.UI{app.Elem("h1").Text("Skenario yang dibagikan")}
	switch {
	case c.needsNet:
		body = append(body, perluInternet("Skenario ini belum pernah dibuka di perangkat ini."))
	case c.err != "":
		body = append(body,
			ui.StatusLine("shared-error", "shared-error", c.err),
			app.Elem("p").Body(app.A().Href("/").Text("Kembali ke beranda")),
		)
	case c.sc == nil:
		body = append(body, app.Elem("p").Attr("role", "status").Attr("data-testid", "shared-loading").Text("Memuat skenario…"))
	default:
		if c.offlineCopy {
			body = append(body, app.Elem("p").Class("notice info").Attr("role", "status").Attr("data-testid", "shared-luring").
				Text("Luring: ditampilkan dari salinan yang tersimpan saat tautan ini terakhir dibuka."))
		}
		body = append(body, c.renderScenario(*c.sc)...)
	}
	return layout(c.store, "", body...)
}

// show keeps a one-year scenario and computes its result, once.
func (c *shared) show(sc domain.Scenario) { c.showRecord(domain.RecordDari(sc)) }

// showRecord keeps a shared record and shows its last year, computed once.
func (c *shared) showRecord(r domain.Record) {
	last := r.Tahun[len(r.Tahun)-1].Tahun
	sc := store.YearScenario(r, len(r.Tahun)-1)
	c.rec, c.sc = r, &sc
	for _, y := range domain.SimulateRecord(r, time.Time{}).Tahun {
		if y.Tahun == last {
			c.res = y
		}
	}
}

func (c *shared) renderScenario(sc domain.Scenario) []app.UI {
	res := c.res
	return []app.UI{
		app.Elem("p").Class("lead").Body(
			app.Elem("span").Attr("data-testid", "shared-summary").Text(scenarioSummary(sc)),
			app.If(client.HasIdentity(sc), func() app.UI {
				return app.Elem("span").Text(" — dibagikan oleh " + strings.TrimSpace(sc.Identitas.Nama+" "+sc.Identitas.NIP))
			}),
		),
		app.Elem("p").Text("Hanya-baca. Simpan sebagai draf untuk mengubahnya; yang asli tidak berubah."),
		app.Elem("section").Class("card").Aria("labelledby", "h-hasil").Body(
			app.Elem("h2").ID("h-hasil").Text("Hasil simulasi"),
			app.Elem("table").Class("data kartu").Body(
				ui.HeadRow("Periode", "Rating hasil kerja / perilaku", "Predikat", "Angka kredit"),
				app.Elem("tbody").Body(app.Range(res.Periods).Slice(func(i int) app.UI {
					p := res.Periods[i]
					return app.Elem("tr").Attr("data-testid", "shared-period").Attr("data-period", p.Name).Body(
						app.Elem("th").Attr("scope", "row").Text(fmt.Sprintf("%s, %d bulan", dash(p.Label), p.Months)),
						app.Elem("td").Attr("data-label", "Rating hasil kerja / perilaku").Text(dash(p.HasilKerja.Label)+" / "+dash(p.Perilaku.Label)),
						app.Elem("td").Attr("data-label", "Predikat").Text(dash(p.PredikatLabel)),
						app.Elem("td").Attr("data-label", "Angka kredit").Text(p.AngkaKredit),
					)
				})),
			),
			app.Elem("p").Class("big").Body(
				app.Text("Angka kredit setahun: "),
				app.Elem("strong").Attr("data-testid", "shared-ak").Text(res.AngkaKreditTotal),
			),
		),
		app.Button().Type("button").Class("button primary").Attr("data-testid", "shared-save").
			Text("Simpan sebagai draf").OnClick(func(ctx app.Context, e app.Event) { c.save(ctx) }),
		ui.StatusLine("shared-save-error", "shared-save-error", c.saveErr),
		app.If(c.saved != "", func() app.UI {
			return app.Elem("p").Class("notice ok").Attr("role", "status").Attr("data-testid", "shared-saved").Body(
				app.Text("Disimpan sebagai draf “"+c.saved+"”. "),
				app.A().Href("/simulasi").Text("Buka di Simulasi"),
			)
		}),
	}
}
