package app

// Kompetensi (/kompetensi): the competency-development plan of one period —
// activities picked from the catalog (with their source), planned against
// done, the total against the minimum with a progress bar, the recommended
// range and what is still missing; under rules without points (2025) a
// reflection per activity instead.
//
// Stable test hooks (data-testid unless noted):
//
//	periode-<name>             period buttons (only with two periods)
//	katalog-pilih              id of the catalog select
//	katalog-tambah             "Tambah" button
//	katalog-<code>             catalog table row
//	keg-<i>                    plan line i
//	keg-<i>-planned            id of the planned-count input of line i
//	keg-<i>-done               id of the done-count input of line i
//	keg-<i>-refleksi           id of the reflection textarea of line i (2025)
//	keg-<i>-hapus              remove button of line i
//	keg-<i>-poin               points done of line i (2024)
//	kompetensi-total           points of completed activities
//	kompetensi-rencana         points of planned activities
//	kompetensi-bar             the <progress> element (value = total, max = minimum)
//	kompetensi-status          the status text ("Sudah memenuhi ekspektasi", "Kurang …")
//	kompetensi-kurang          points still missing (only when below the minimum)
//	kompetensi-rencana-kurang  shown while the plan itself is below the minimum
//	kompetensi-rentang         the recommended range
//	edit-error                 refusal of an edit

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/domain"
)

// maxKegiatanJumlah is the largest planned/done count the form accepts; the
// domain validates the same bound and names the field if it is exceeded.
const maxKegiatanJumlah = 100

// kompetensi is the /kompetensi screen.
type kompetensi struct {
	app.Compo
	draftScreen
	pick string // catalog code chosen in the select
}

func newKompetensi() *kompetensi { return &kompetensi{} }

func (c *kompetensi) Render() app.UI {
	if c.store == nil {
		return layout(nil, "/kompetensi", app.Elem("p").Text("Memuat…"))
	}
	sc := c.store.Current().Scenario
	res := c.store.Result()
	rs, _ := domain.Rules(sc.Rules)
	i := c.periodIndex(sc)
	body := []app.UI{
		app.Elem("h1").Text("Pengembangan kompetensi"),
		app.Elem("p").Class("lead").Text(c.draftLead() + "."),
		c.periodPicker(sc, res),
		c.editError(),
	}
	if i < len(sc.Periods) && i < len(res.Periods) {
		kr := res.Periods[i].Kompetensi
		body = append(body,
			c.renderTotal(kr, res.Periods[i].Label),
			c.renderPlan(sc.Periods[i], kr),
			c.renderKatalog(rs),
		)
	}
	body = append(body, printLink())
	return layout(c.store, "/kompetensi", body...)
}

// renderTotal shows the total against the minimum and what is missing.
func (c *kompetensi) renderTotal(kr domain.KompetensiResult, label string) app.UI {
	if !kr.Poin {
		return app.Elem("section").Class("card total").Aria("labelledby", "h-komp-total").Body(
			app.Elem("h2").ID("h-komp-total").Text("Status "+label),
			app.Elem("p").Text("Aturan ini tidak memakai poin: setiap kegiatan yang selesai ditulis refleksinya."),
			app.Elem("p").Class("status").Attr("data-testid", "kompetensi-status").Text(kr.StatusText),
		)
	}
	bar := kr.Total
	if bar > kr.Minimum {
		bar = kr.Minimum
	}
	return app.Elem("section").Class("card total").Aria("labelledby", "h-komp-total").Body(
		app.Elem("h2").ID("h-komp-total").Text("Poin "+label),
		app.Elem("p").Class("big").Body(
			app.Elem("span").Attr("data-testid", "kompetensi-total").Text(strconv.Itoa(kr.Total)),
			app.Text(" poin"),
			app.Elem("small").Text(fmt.Sprintf("dari minimum %d poin, dihitung dari kegiatan yang selesai", kr.Minimum)),
		),
		app.Elem("label").Attr("for", "kompetensi-bar").Class("sr").Text("Kemajuan poin terhadap minimum"),
		app.Progress().ID("kompetensi-bar").Attr("data-testid", "kompetensi-bar").Class("bar").
			Max(kr.Minimum).Value(bar).Text(fmt.Sprintf("%d/%d", kr.Total, kr.Minimum)),
		app.Elem("p").Class("status").Attr("data-testid", "kompetensi-status").Text(kr.StatusText),
		app.If(kr.Kurang > 0, func() app.UI {
			return app.Elem("p").Class("missing").Body(
				app.Text("Masih kurang "),
				app.Elem("strong").Attr("data-testid", "kompetensi-kurang").Text(strconv.Itoa(kr.Kurang)),
				app.Text(" poin."),
			)
		}),
		app.If(kr.Rencana < kr.Minimum, func() app.UI {
			return app.Elem("p").Class("missing").Attr("data-testid", "kompetensi-rencana-kurang").
				Text(fmt.Sprintf("Rencana baru %d poin: tambahkan kegiatan agar rencana mencapai minimum %d poin.", kr.Rencana, kr.Minimum))
		}),
		app.Elem("p").Body(
			app.Text("Direncanakan: "),
			app.Elem("span").Attr("data-testid", "kompetensi-rencana").Text(strconv.Itoa(kr.Rencana)),
			app.Text(" poin. "),
			app.Elem("span").Attr("data-testid", "kompetensi-rentang").Text(fmt.Sprintf("Rentang yang disarankan %d–%d poin per periode.", kr.Minimum, kr.Maksimum)),
		),
		app.Elem("p").Class("muted").Text("Poin dipertimbangkan penilai dan tidak dihitung ke predikat."),
	)
}

// renderPlan lists the plan lines with planned and done counts.
func (c *kompetensi) renderPlan(p domain.Period, kr domain.KompetensiResult) app.UI {
	sec := app.Elem("section").Class("card").Aria("labelledby", "h-rencana")
	if len(p.Kompetensi) == 0 {
		return sec.Body(
			app.Elem("h2").ID("h-rencana").Text("Rencana kegiatan"),
			app.Elem("p").Class("muted").Text("Belum ada kegiatan. Pilih dari katalog di bawah."),
		)
	}
	return sec.Body(
		app.Elem("h2").ID("h-rencana").Text("Rencana kegiatan"),
		app.Range(p.Kompetensi).Slice(func(j int) app.UI {
			var row domain.KegiatanResult
			if j < len(kr.Baris) {
				row = kr.Baris[j]
			}
			return c.renderLine(j, p.Kompetensi[j], row, kr.Poin)
		}),
	)
}

// renderLine is one plan line: counts, points (years with points) or the
// reflection (years without), and its remove button. Inputs carry their
// line and field in data attributes for the named handlers below.
func (c *kompetensi) renderLine(j int, k domain.Kegiatan, row domain.KegiatanResult, poin bool) app.UI {
	label := row.Label
	if label == "" {
		label = k.Activity
	}
	id := func(s string) string { return fmt.Sprintf("keg-%d-%s", j, s) }
	path := fmt.Sprintf("periods[%d].kompetensi[%d]", c.period, j)
	return app.Elem("div").Class("plan-line").Attr("data-testid", fmt.Sprintf("keg-%d", j)).Body(
		app.Elem("h3").Text(label),
		app.If(poin, func() app.UI {
			return app.Elem("p").Class("muted").Body(
				app.Text(fmt.Sprintf("%d poin per kegiatan · selesai ", row.Poin)),
				app.Elem("strong").Attr("data-testid", id("poin")).Text(strconv.Itoa(row.PoinDone)),
				app.Text(fmt.Sprintf(" poin dari %d direncanakan", row.PoinPlanned)),
			)
		}),
		app.Elem("div").Class("grid2").Body(
			c.countField(j, "planned", "Direncanakan (kali)", k.Planned, path),
			c.countField(j, "done", "Selesai (kali)", k.Done, path),
		),
		app.If(!poin, func() app.UI {
			rid := id("refleksi")
			return app.Elem("div").Class("field").Body(
				app.Elem("label").Attr("for", rid).Text("Refleksi setelah kegiatan"),
				app.Textarea().ID(rid).Rows(3).Text(k.Refleksi).Aria("describedby", rid+"-error").
					Attr("data-baris", j).OnChange(c.onRefleksi),
				app.If(k.Done > 0 && k.Refleksi == "", func() app.UI {
					return app.Elem("p").Class("missing").Text("Kegiatan sudah selesai; refleksinya belum ditulis.")
				}),
				ui.FieldError(rid+"-error", c.fieldErr(path+".refleksi")),
			)
		}),
		app.Button().Type("button").Class("link danger").Attr("data-testid", id("hapus")).Attr("data-baris", j).
			Aria("label", "Hapus kegiatan "+label).Text("Hapus").OnClick(c.onHapus),
	)
}

// countField is a planned or done count of plan line j.
func (c *kompetensi) countField(j int, field, text string, v int, path string) app.UI {
	fid := fmt.Sprintf("keg-%d-%s", j, field)
	return app.Elem("div").Class("field").Body(
		app.Elem("label").Attr("for", fid).Text(text),
		app.Input().ID(fid).Type("number").Attr("inputmode", "numeric").Attr("min", 0).Attr("max", maxKegiatanJumlah).
			Value(strconv.Itoa(v)).Aria("describedby", fid+"-error").
			Attr("data-baris", j).Attr("data-field", field).OnChange(c.onCount),
		ui.FieldError(fid+"-error", c.fieldErr(path+"."+field)),
	)
}

// baris reads the plan line index of the element that fired (data-baris;
// dataset values are strings).
func baris(ctx app.Context) int {
	n, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get("baris").String())
	if err != nil {
		return -1
	}
	return n
}

// The plan's named edits.

func (c *kompetensi) onCount(ctx app.Context, e app.Event) {
	j, field := baris(ctx), ctx.JSSrc().Get("dataset").Get("field").String()
	n, err := parseCount(ctx.JSSrc().Get("value").String(), maxKegiatanJumlah)
	if err != nil {
		c.setLocalErr(fmt.Sprintf("periods[%d].kompetensi[%d].%s", c.period, j, field), "jumlah "+err.Error())
		return
	}
	c.editPeriod(ctx, func(p *domain.Period) {
		if j >= 0 && j < len(p.Kompetensi) {
			if field == "done" {
				p.Kompetensi[j].Done = n
			} else {
				p.Kompetensi[j].Planned = n
			}
		}
	})
}

func (c *kompetensi) onRefleksi(ctx app.Context, e app.Event) {
	j, v := baris(ctx), ctx.JSSrc().Get("value").String()
	c.editPeriod(ctx, func(p *domain.Period) {
		if j >= 0 && j < len(p.Kompetensi) {
			p.Kompetensi[j].Refleksi = v
		}
	})
}

// onHapus removes a plan line (with its reflection); Undo brings it back.
func (c *kompetensi) onHapus(ctx app.Context, e app.Event) {
	j, i := baris(ctx), c.period
	c.editUndoable(ctx, "Kegiatan pengembangan kompetensi dihapus", func(s *domain.Scenario) {
		if i >= 0 && i < len(s.Periods) {
			removeKegiatan(&s.Periods[i], j)
		}
	})
}

// removeKegiatan drops plan line j.
func removeKegiatan(p *domain.Period, j int) {
	if j < 0 || j >= len(p.Kompetensi) {
		return
	}
	p.Kompetensi = append(p.Kompetensi[:j:j], p.Kompetensi[j+1:]...)
	if len(p.Kompetensi) == 0 {
		p.Kompetensi = nil
	}
}

// addKegiatan adds one planned activity of a catalog code; an existing line of
// the same code gets one more planned instead of a second line.
func addKegiatan(p *domain.Period, code string) {
	for j := range p.Kompetensi {
		if p.Kompetensi[j].Activity == code {
			p.Kompetensi[j].Planned++
			return
		}
	}
	p.Kompetensi = append(p.Kompetensi, domain.Kegiatan{Activity: code, Planned: 1})
}

// renderKatalog is the catalog with points and sources, and the picker.
func (c *kompetensi) renderKatalog(rs domain.RuleSet) app.UI {
	kat := domain.Katalog()
	if c.pick == "" && len(kat) > 0 {
		c.pick = kat[0].Code
	}
	opts := make([]ui.Option, len(kat))
	for j, k := range kat {
		label := k.Label
		if rs.Poin() {
			label = fmt.Sprintf("%s (%d poin %s)", k.Label, k.Poin, k.Satuan)
		}
		opts[j] = ui.Option{Value: k.Code, Label: label}
	}
	return app.Elem("section").Class("card").Aria("labelledby", "h-katalog").Body(
		app.Elem("h2").ID("h-katalog").Text("Tambah dari katalog"),
		ui.SelectField("katalog-pilih", "Kegiatan", opts, c.pick, false, func(ctx app.Context, v string) { c.pick = v }),
		app.Button().Type("button").Class("primary").Attr("data-testid", "katalog-tambah").Text("Tambah ke rencana").
			OnClick(func(ctx app.Context, e app.Event) {
				code := c.pick
				c.editPeriod(ctx, func(p *domain.Period) { addKegiatan(p, code) })
			}),
		app.If(rs.Poin(), func() app.UI { return katalogTable(kat) }),
	)
}

// katalogTable lists the catalog with points and sources (years with points).
func katalogTable(kat []domain.KegiatanKatalog) app.UI {
	return app.Elem("div").Body(
		ui.TableWrap("Tabel katalog kegiatan").Body(
			app.Elem("table").Class("data").Body(
				app.Elem("caption").Text("Katalog kegiatan (nilai poin yang sudah terkonfirmasi sumber)"),
				ui.HeadRow("Kegiatan", "Satuan", "Poin", "Peran", "Sumber"),
				app.Elem("tbody").Body(app.Range(kat).Slice(func(j int) app.UI {
					k := kat[j]
					return app.Elem("tr").Attr("data-testid", "katalog-"+k.Code).Body(
						app.Elem("td").Text(k.Label),
						app.Elem("td").Text(k.Satuan),
						app.Elem("td").Text(strconv.Itoa(k.Poin)),
						app.Elem("td").Text(k.Peran),
						app.Elem("td").Body(ui.SourceLinks(k.Sources)),
					)
				})),
			),
		),
	)
}
