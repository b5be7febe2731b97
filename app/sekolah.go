package app

// Sekolah (/sekolah): a principal enters the school's organisation predikat
// and how many teachers hold each predikat, and sees the SE MenPANRB 3/2023
// distribution pattern checked clause by clause, with warnings (never errors)
// for the clauses not met.
//
// Stable test hooks (data-testid unless noted):
//
//	sekolah-predikat                  id of the organisation predikat select
//	jumlah-<predikat>                 id of the count input per teacher predikat
//	sekolah-total                     headcount
//	distribusi-jumlah-peringatan      number of warnings
//	distribusi-peringatan-<i>         warning i
//	distribusi-sesuai                 shown when no warning
//	klausul-<kode>                    clause row; data-terpenuhi="1"|"0"
//	sekolah-hapus                     remove the school data from the draft
//	edit-error                        refusal of an edit

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/domain"
)

// maxPegawai bounds one count typed here; the domain checks the same limit.
const maxPegawai = 100000

// sekolah is the /sekolah screen. Until at least one count is entered the
// school data live only here: the domain refuses a school without teachers.
type sekolah struct {
	app.Compo
	draftScreen
	predikat domain.PredikatOrganisasi // chosen before any count was entered
	typed    map[domain.Predikat]string
}

func newSekolah() *sekolah {
	return &sekolah{predikat: domain.OrgBaik, typed: map[domain.Predikat]string{}}
}

func (c *sekolah) Render() app.UI {
	if c.store == nil {
		return layout(nil, "/sekolah", app.Elem("p").Text("Memuat…"))
	}
	sc := c.store.Current().Scenario
	res := c.store.Result()
	org := c.predikat
	counts := map[domain.Predikat]int{}
	if sc.Sekolah != nil {
		org = sc.Sekolah.Predikat
		c.predikat = org
		for p, n := range sc.Sekolah.Jumlah {
			counts[p] = n
		}
	}
	orgOpts := make([]ui.Option, len(domain.PredikatOrganisasiItems))
	for i, it := range domain.PredikatOrganisasiItems {
		orgOpts[i] = ui.Option{Value: it.Code, Label: it.Label}
	}
	total := 0
	for _, n := range counts {
		total += n
	}
	return layout(c.store, "/sekolah",
		app.Elem("h1").Text("Distribusi predikat sekolah"),
		app.Elem("p").Class("lead").Text("Untuk kepala sekolah: predikat organisasi menentukan pola distribusi predikat guru (SE MenPANRB No. 3 Tahun 2023). Pola ini bahan pertimbangan pimpinan; yang tidak sesuai ditampilkan sebagai peringatan."),
		c.editError(),
		app.Elem("section").Class("card").Aria("labelledby", "h-sekolah-isian").Body(
			app.Elem("h2").ID("h-sekolah-isian").Text("Data sekolah"),
			ui.SelectField("sekolah-predikat", "Predikat organisasi (sekolah)", orgOpts, string(org), false, c.pickPredikat),
			ui.FieldError("sekolah-predikat-error", c.fieldErr("sekolah.predikat")),
			app.Elem("fieldset").Body(
				app.Elem("legend").Text("Jumlah guru per predikat"),
				app.Elem("div").Class("grid3").Body(app.Range(domain.Predikats).Slice(func(i int) app.UI {
					p := domain.Predikats[i]
					id := "jumlah-" + string(p)
					path := "sekolah.jumlah." + string(p)
					v, ok := c.typed[p]
					if !ok {
						v = strconv.Itoa(counts[p])
					}
					return app.Elem("div").Class("field").Body(
						app.Elem("label").Attr("for", id).Text(p.Label()),
						app.Input().ID(id).Type("number").Attr("inputmode", "numeric").Attr("min", 0).Attr("max", maxPegawai).Value(v).
							Aria("describedby", id+"-error").Attr("data-predikat", string(p)).OnChange(c.onJumlah),
						ui.FieldError(id+"-error", c.fieldErr(path)),
					)
				})),
			),
			app.Elem("p").Body(app.Text("Jumlah guru: "), app.Elem("strong").Attr("data-testid", "sekolah-total").Text(strconv.Itoa(total))),
			app.If(sc.Sekolah != nil, func() app.UI {
				return app.Button().Type("button").Class("link danger no-print").Attr("data-testid", "sekolah-hapus").Text("Hapus data sekolah dari draf").
					OnClick(c.onHapus)
			}),
		),
		c.renderDistribusi(res.Distribusi),
	)
}

// setJumlah writes one count; a school with no teacher left is removed from
// the draft (the domain requires at least one), keeping nothing half-valid.
func setJumlah(s *domain.Scenario, org domain.PredikatOrganisasi, p domain.Predikat, n int) {
	if s.Sekolah == nil {
		s.Sekolah = &domain.Sekolah{Predikat: org, Jumlah: map[domain.Predikat]int{}}
	}
	if s.Sekolah.Jumlah == nil {
		s.Sekolah.Jumlah = map[domain.Predikat]int{}
	}
	if n == 0 {
		delete(s.Sekolah.Jumlah, p)
	} else {
		s.Sekolah.Jumlah[p] = n
	}
	if len(s.Sekolah.Jumlah) == 0 {
		s.Sekolah = nil
	}
}

func (c *sekolah) renderDistribusi(d *domain.DistribusiResult) app.UI {
	if d == nil {
		return app.Elem("section").Class("card").Body(
			app.Elem("p").Class("muted").Text("Isi jumlah guru untuk minimal satu predikat agar pola distribusi dapat diperiksa."),
		)
	}
	return app.Elem("section").Class("card").Aria("labelledby", "h-distribusi").Body(
		app.Elem("h2").ID("h-distribusi").Text("Pemeriksaan pola distribusi"),
		app.If(len(d.Peringatan) == 0, func() app.UI {
			return app.Elem("p").Class("notice ok").Attr("role", "status").Attr("data-testid", "distribusi-sesuai").Text("Distribusi sesuai dengan pola predikat organisasi.")
		}),
		app.If(len(d.Peringatan) > 0, func() app.UI {
			return app.Elem("div").Class("notice warn").Attr("role", "status").Body(
				app.Elem("p").Body(
					app.Elem("strong").Attr("data-testid", "distribusi-jumlah-peringatan").Text(strconv.Itoa(len(d.Peringatan))),
					app.Text(" peringatan (bukan kesalahan; bahan pertimbangan pimpinan):"),
				),
				app.Elem("ul").Body(app.Range(d.Peringatan).Slice(func(i int) app.UI {
					w := d.Peringatan[i]
					return app.Elem("li").Attr("data-testid", fmt.Sprintf("distribusi-peringatan-%d", i)).Body(
						app.Text(w.Pesan+" "),
						app.If(w.Asumsi, func() app.UI { return ui.Badge("", "asumsi", "tafsiran simulator") }),
						ui.SourceLinks(w.Sources),
					)
				})),
			)
		}),
		ui.TableWrap("Tabel klausul pola distribusi").Body(app.Elem("table").Class("data").Body(
			app.Elem("caption").Text("Klausul pola distribusi"),
			ui.HeadRow("Klausul", "Terisi", "Hasil"),
			app.Elem("tbody").Body(app.Range(d.Klausul).Slice(func(i int) app.UI {
				k := d.Klausul[i]
				met, text := "0", "✗ tidak sesuai"
				if k.Terpenuhi {
					met, text = "1", "✓ sesuai"
				}
				return app.Elem("tr").Attr("data-testid", "klausul-"+k.Kode).Attr("data-terpenuhi", met).Body(
					app.Elem("td").Body(app.Text(k.Pesan+" "), ui.SourceLinks(k.Sources)),
					app.Elem("td").Text(fmt.Sprintf("%d (%s)", k.Jumlah, k.Persen)),
					app.Elem("td").Text(text),
				)
			})),
		)),
		app.If(len(d.Catatan) > 0, func() app.UI {
			return app.Elem("ul").Class("muted").Body(app.Range(d.Catatan).Slice(func(i int) app.UI {
				return app.Elem("li").Text(d.Catatan[i].Pesan)
			}))
		}),
	)
}

// The form's named edits.

func (c *sekolah) pickPredikat(ctx app.Context, v string) {
	c.predikat = domain.PredikatOrganisasi(v)
	if c.store.Current().Scenario.Sekolah != nil {
		c.edit(ctx, func(s *domain.Scenario) {
			if s.Sekolah != nil {
				s.Sekolah.Predikat = domain.PredikatOrganisasi(v)
			}
		})
	}
}

// onJumlah keeps a count; one that does not parse stays typed with its message.
func (c *sekolah) onJumlah(ctx app.Context, e app.Event) {
	p := domain.Predikat(data(ctx, "predikat"))
	text := ctx.JSSrc().Get("value").String()
	n, err := parseCount(text, maxPegawai)
	if err != nil {
		c.typed[p] = text
		c.setLocalErr("sekolah.jumlah."+string(p), "jumlah "+err.Error())
		return
	}
	delete(c.typed, p)
	c.edit(ctx, func(s *domain.Scenario) { setJumlah(s, c.predikat, p, n) })
}

// onHapus removes the school data; Undo brings it back.
func (c *sekolah) onHapus(ctx app.Context, e app.Event) {
	c.editUndoable(ctx, "Data sekolah dihapus dari draf", func(s *domain.Scenario) { s.Sekolah = nil })
}
