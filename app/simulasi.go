package app

import (
	"fmt"
	"simkinerja/app/store"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/app/view"
	"simkinerja/domain"
)

// simulasi (/simulasi) edits the periods of the current draft and shows the
// Result: predikat and AK per period and in total, the matrix, the documents
// gate, assumptions and the trace ("Mengapa?"). With ?contoh=CODE it shows a
// preset read-only.
type simulasi struct {
	app.Compo
	store *Store

	preset     string            // preset code when viewing a preset
	presetRes  domain.Result     // its result
	direct     map[int]bool      // periods in "predikat langsung" mode without a predikat yet
	monthsText map[int]string    // months as typed, kept while invalid
	errs       map[string]string // field path → message of the last refused edit
	err        string
}

func newSimulasi() *simulasi { return &simulasi{} }

func (c *simulasi) OnMount(ctx app.Context) {
	// Built with its store (or a test's prepared one): see withStore.
	rendered := mountStore(ctx, &c.store)
	ctx.ObserveState(StateDraft, new(int))
	if rendered {
		ctx.PreventUpdate()
	}
}

func (c *simulasi) OnNav(ctx app.Context) {
	c.preset = ctx.Page().URL().Query().Get("contoh")
	if p, ok := store.PresetScenario(c.preset); ok {
		c.presetRes = domain.Simulate(p.Scenario) // once per visit; presets are read-only
	}
	c.direct, c.monthsText, c.errs, c.err = map[int]bool{}, map[int]string{}, nil, ""
}

// scenario is what the screen shows: the preset or the current draft.
func (c *simulasi) scenario() (domain.Scenario, string, bool) {
	if c.preset != "" {
		if p, ok := store.PresetScenario(c.preset); ok {
			return p.Scenario, p.Judul, true
		}
	}
	d := c.store.Current()
	return d.Scenario, d.Name, false
}

// edit changes the current draft and keeps the field errors of a refusal.
func (c *simulasi) edit(ctx app.Context, fn func(*domain.Scenario)) {
	if c.preset != "" {
		return
	}
	c.errs, c.err = fieldErrors(c.store.Edit(ctx, fn))
}

func (c *simulasi) editPeriod(ctx app.Context, i int, fn func(*domain.Period)) {
	c.edit(ctx, func(s *domain.Scenario) {
		if i >= 0 && i < len(s.Periods) {
			fn(&s.Periods[i])
		}
	})
}

func (c *simulasi) Render() app.UI {
	if c.store == nil {
		return layout(nil, "/simulasi", app.Elem("p").Text("Memuat…"))
	}
	sc, name, readOnly := c.scenario()
	res := c.store.Result()
	if readOnly {
		res = c.presetRes
	}
	rs, _ := domain.Rules(sc.Rules)
	return layout(c.store, "/simulasi",
		app.Elem("h1").Text("Simulasi: "+name),
		app.Elem("p").Class("lead").Text(scenarioSummary(sc)+" · koefisien AK tahunan "+sc.Jenjang.Koefisien().Display()),
		app.If(readOnly, func() app.UI {
			return app.Elem("div").Class("notice info").Attr("role", "status").Body(
				app.Text("Contoh ini hanya-baca. "),
				app.Button().Type("button").Attr("data-testid", "copy-preset").Text("Salin ke draf saya").
					OnClick(func(ctx app.Context, e app.Event) {
						if _, err := c.store.CopyPreset(ctx, c.preset); err != nil {
							c.err = err.Error()
							return
						}
						ctx.Navigate("/simulasi")
					}),
			)
		}),
		app.If(c.err != "", func() app.UI {
			return app.Elem("p").Class("notice error").Attr("role", "alert").Attr("data-testid", "edit-error").Text("Perubahan ditolak: " + c.err)
		}),
		app.If(sc.Role == domain.Guru, func() app.UI {
			return app.Elem("div").Class("field check").Body(
				app.Input().Type("checkbox").ID("tugas-tambahan").Checked(sc.TugasTambahan).Disabled(readOnly).
					OnChange(func(ctx app.Context, e app.Event) {
						v := ctx.JSSrc().Get("checked").Bool()
						c.edit(ctx, func(s *domain.Scenario) { s.TugasTambahan = v })
					}),
				app.Elem("label").Attr("for", "tugas-tambahan").Text("Saya mendapat tugas tambahan (SK Tugas Tambahan menjadi dokumen wajib)"),
			)
		}),
		app.Range(res.Periods).Slice(func(i int) app.UI {
			if i >= len(sc.Periods) {
				return nil
			}
			return c.renderPeriod(i, sc, rs, res.Periods[i], readOnly)
		}),
		app.Elem("section").Class("card total").Aria("labelledby", "h-total").Body(
			app.Elem("h2").ID("h-total").Text("Angka kredit setahun"),
			app.Elem("p").Class("big").Body(
				app.Elem("span").Attr("data-testid", "ak-total").Text(res.AngkaKreditTotal),
				app.Text(" AK"),
			),
			renderAkumulasi(res.Akumulasi),
			app.If(len(sc.Periods) > 1, func() app.UI { return c.renderTahunan(sc, readOnly) }),
			app.If(res.Metode == metodeTahunan, func() app.UI {
				return app.Elem("p").Class("assumption").Text("Dihitung dari predikat tahunan, bukan jumlah per periode (asumsi).")
			}),
		),
		renderAsumsi(res),
		renderTrace(res),
	)
}

// renderTahunan lets the user enter the annual predikat when the two semesters
// differ: AK then follows the full-year formula (RULES.md §11 Q14).
func (c *simulasi) renderTahunan(sc domain.Scenario, readOnly bool) app.UI {
	opts := []ui.Option{{Value: "", Label: "— tidak ada: jumlah AK per periode —"}}
	for _, p := range domain.Predikats {
		opts = append(opts, ui.Option{Value: string(p), Label: p.Label()})
	}
	return ui.SelectField("predikat-tahunan", "Predikat tahunan (jika sudah ditetapkan)", opts, string(sc.PredikatTahunan), readOnly,
		func(ctx app.Context, v string) {
			c.edit(ctx, func(s *domain.Scenario) { s.PredikatTahunan = domain.Predikat(v) })
		})
}

func (c *simulasi) renderPeriod(i int, sc domain.Scenario, rs domain.RuleSet, pr domain.PeriodResult, readOnly bool) app.UI {
	p := sc.Periods[i]
	def, _ := rs.Period(p.Name)
	at := fmt.Sprintf("periods[%d]", i)
	id := func(s string) string { return fmt.Sprintf("p%d-%s", i, s) }
	direct := p.Predikat != "" || c.direct[i]
	monthsText, typed := c.monthsText[i]
	if !typed {
		monthsText = strconv.Itoa(p.Months)
	}
	monthsErr := c.errs[at+".months"]
	return app.Elem("section").Class("card period").Aria("labelledby", id("h")).Attr("data-periode", i).Body(
		app.Elem("h2").ID(id("h")).Text(pr.Label),
		app.Elem("div").Class("grid2").Body(
			app.Elem("div").Class("field").Body(
				app.Elem("label").Attr("for", id("bulan")).Text(fmt.Sprintf("Bulan dihitung (1–%d)", def.Months())),
				app.Input().ID(id("bulan")).Type("text").Attr("inputmode", "numeric").Value(monthsText).Disabled(readOnly).
					Aria("describedby", id("bulan-error")).Attr("data-max", def.Months()).OnChange(c.onMonths),
				ui.FieldError(id("bulan-error"), monthsErr),
			),
			c.renderIndicator(i, sc, p, readOnly),
		),
		app.Elem("div").Class("field").Body(
			app.Elem("span").Class("label").Text("Cara menentukan predikat"),
			ui.ChoiceButtons(id("mode"), "Cara menentukan predikat", []ui.Option{{Value: "rating", Label: "Dari rating penilai"}, {Value: "langsung", Label: "Predikat sudah diketahui"}},
				map[bool]string{false: "rating", true: "langsung"}[direct], readOnly, c.pickMode),
		),
		app.If(direct, func() app.UI {
			return app.Elem("div").Class("field").Body(
				app.Elem("span").Class("label").Text("Predikat periode ini"),
				ui.ChoiceButtons(id("predikat"), "Predikat", predikatOptions(), string(p.Predikat), readOnly, c.pickPredikat),
			)
		}).Else(func() app.UI {
			return app.Elem("div").Body(
				c.renderNilai(i, "praktik", "Praktik Kinerja → Rating Hasil Kerja", p.Praktik, pr.HasilKerja, domain.AspekPraktik, readOnly),
				c.renderNilai(i, "perilaku", "Perilaku Kerja (BerAKHLAK) → Rating Perilaku Kerja", p.Perilaku, pr.Perilaku, domain.AspekPerilaku, readOnly),
				renderMatrix(id("matriks"), pr),
			)
		}),
		c.renderDokumen(i, sc, rs, p, pr, readOnly),
		renderPeriodResult(i, pr),
	)
}

func (c *simulasi) renderIndicator(i int, sc domain.Scenario, p domain.Period, readOnly bool) app.UI {
	id := fmt.Sprintf("p%d-indikator", i)
	msg := c.errs[fmt.Sprintf("periods[%d].indicator", i)]
	list := domain.Indikator(sc.Role)
	if list == nil {
		return app.Elem("div").Class("field").Body(
			app.Elem("label").Attr("for", id).Text("Indikator praktik kinerja (isian bebas)"),
			app.Input().ID(id).Type("text").Value(p.Indicator).Disabled(readOnly).MaxLength(200).
				OnChange(func(ctx app.Context, e app.Event) { c.pickIndicator(ctx, ctx.JSSrc().Get("value").String()) }),
			ui.FieldError(id+"-error", msg),
		)
	}
	opts := []ui.Option{{Value: "", Label: "— belum dipilih —"}}
	for _, it := range list {
		opts = append(opts, ui.Option{Value: it.Code, Label: it.Code + " " + it.Label})
	}
	return app.Elem("div").Body(
		ui.SelectField(id, "Indikator praktik kinerja", opts, p.Indicator, readOnly, c.pickIndicator),
		ui.FieldError(id+"-error", msg),
	)
}

// renderNilai edits an overall rating (one tap) and its aspects, and shows the
// median suggestion marked as such.
func (c *simulasi) renderNilai(i int, kind, title string, n *domain.Nilai, rr domain.RatingResult, aspek []domain.Item, readOnly bool) app.UI {
	id := fmt.Sprintf("p%d-%s", i, kind)
	var cur domain.Nilai
	if n != nil {
		cur = *n
	}
	return app.Elem("fieldset").Class("nilai").Attr("data-nilai", kind).Body(
		app.Elem("legend").Text(title),
		ui.ChoiceButtons(id, title, ratingOptions(false), string(cur.Rating), readOnly, c.pickRating),
		app.If(rr.Saran != "", func() app.UI {
			return app.Elem("p").Class("assumption").Attr("data-testid", id+"-saran").Body(
				app.Elem("span").Class("badge").Text("Saran"),
				app.Text(" Median aspek: "+rr.Saran.Label()+" — saran simulator, bukan ketentuan resmi; penilai yang menentukan. "),
				app.If(cur.Rating != rr.Saran && !readOnly, func() app.UI {
					return app.Button().Type("button").Class("link").Attr("data-saran", string(rr.Saran)).Text("Pakai saran").OnClick(c.useSaran)
				}),
			)
		}),
		app.If(rr.Sumber == domain.SumberAsumsiSesuai, func() app.UI {
			return app.Elem("p").Class("assumption").Text("Dianggap Sesuai Ekspektasi karena pelaksanaan diselesaikan otomatis (asumsi).")
		}),
		app.Elem("details").Body(
			app.Elem("summary").Text(fmt.Sprintf("Aspek (%d) — opsional", len(aspek))),
			app.Elem("div").Class("grid2").Body(
				app.Range(aspek).Slice(func(j int) app.UI {
					a := aspek[j]
					return app.Elem("div").Attr("data-aspek", a.Code).Body(
						ui.SelectField(fmt.Sprintf("%s-%s", id, a.Code), a.Label, ratingOptions(true), string(cur.Aspects[a.Code]), readOnly, c.pickAspek))
				}),
			),
		),
	)
}

// renderMatrix draws the 3×3 predikat matrix with the chosen cell marked.
func renderMatrix(id string, pr domain.PeriodResult) app.UI {
	rows := []domain.Rating{domain.DiAtas, domain.Sesuai, domain.DiBawah}
	cols := []domain.Rating{domain.DiBawah, domain.Sesuai, domain.DiAtas}
	return app.Elem("table").ID(id).Class("matrix").Body(
		app.Elem("caption").Text("Matriks predikat: Rating Hasil Kerja (baris) × Rating Perilaku Kerja (kolom), dibanding ekspektasi"),
		app.Elem("thead").Body(app.Elem("tr").Body(
			app.Elem("th").Attr("scope", "col").Text("Hasil \\ Perilaku"),
			app.Range(cols).Slice(func(k int) app.UI { return app.Elem("th").Attr("scope", "col").Text(shortRating(cols[k])) }),
		)),
		app.Elem("tbody").Body(app.Range(rows).Slice(func(r int) app.UI {
			h := rows[r]
			return app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "row").Text(shortRating(h)),
				app.Range(cols).Slice(func(k int) app.UI {
					pk := cols[k]
					p, _ := domain.PredikatDari(h, pk)
					td := app.Elem("td").Class("pk-" + string(p))
					if pr.HasilKerja.Rating == h && pr.Perilaku.Rating == pk {
						return td.Class("chosen").Aria("current", "true").Attr("data-testid", id+"-chosen").Body(
							app.Elem("strong").Text(p.Label()), app.Elem("span").Class("sr").Text(" (terpilih)"))
					}
					return td.Text(p.Label())
				}),
			)
		})),
	)
}

// shortRating drops "Ekspektasi" so the matrix fits a 360 px phone; the
// caption names the full scale.
func shortRating(r domain.Rating) string { return strings.TrimSuffix(r.Label(), " Ekspektasi") }

func (c *simulasi) renderDokumen(i int, sc domain.Scenario, rs domain.RuleSet, p domain.Period, pr domain.PeriodResult, readOnly bool) app.UI {
	items := rs.RequiredDokumen(sc.Role, sc.TugasTambahan)
	if len(items) == 0 {
		return nil
	}
	title := "Dokumen akuntabilitas (wajib dikumpulkan)"
	if pr.Dokumen.Konfirmasi {
		title = "Dokumen akuntabilitas (dikonfirmasi kepala sekolah/atasan)"
	}
	return app.Elem("fieldset").Class("dokumen").Body(
		app.Elem("legend").Text(title),
		app.Range(items).Slice(func(k int) app.UI {
			it := items[k]
			cid := fmt.Sprintf("p%d-dok-%s", i, it.Code)
			return app.Elem("div").Class("field check").Body(
				app.Input().Type("checkbox").ID(cid).Checked(p.Dokumen[it.Code]).Disabled(readOnly).
					Attr("data-dokumen", it.Code).OnChange(c.onDokumen),
				app.Elem("label").Attr("for", cid).Text(it.Code+" "+it.Label),
			)
		}),
	)
}

// renderPeriodResult shows the period's predikat and AK with their status
// (view.NewPeriodeHasil decides the words).
func renderPeriodResult(i int, pr domain.PeriodResult) app.UI {
	h := view.NewPeriodeHasil(pr)
	return app.Elem("div").Class("result").Attr("aria-live", "polite").Body(
		app.Elem("dl").Body(
			app.Elem("dt").Text("Predikat"),
			app.Elem("dd").Class("pk-"+h.Kelas).Attr("data-testid", fmt.Sprintf("predikat-%d", i)).Text(h.Predikat),
			app.Elem("dt").Text(h.AKLabel),
			app.Elem("dd").Attr("data-testid", fmt.Sprintf("ak-%d", i)).Text(h.AK),
		),
		app.If(h.Catatan != "", func() app.UI {
			return app.Elem("p").Class("warn").Attr("data-testid", fmt.Sprintf("status-%d", i)).Text(h.Catatan)
		}),
		app.If(h.Saran != "", func() app.UI { return app.Elem("p").Class("assumption").Text(h.Saran) }),
	)
}

// renderAsumsi lists the non-official defaults the result relied on.
func renderAsumsi(res domain.Result) app.UI {
	if len(res.Asumsi) == 0 {
		return nil
	}
	return app.Elem("section").Class("card assumptions").Aria("labelledby", "h-asumsi").Attr("data-testid", "asumsi").Body(
		app.Elem("h2").ID("h-asumsi").Text("Asumsi yang dipakai"),
		app.Elem("p").Text("Bagian berikut bukan ketentuan resmi; simulator memakainya karena sumber tidak mengaturnya."),
		app.Elem("ul").Body(app.Range(res.Asumsi).Slice(func(i int) app.UI {
			st := res.Asumsi[i]
			return app.Elem("li").Body(app.Elem("span").Class("badge").Text("Asumsi"), app.Text(" "+st.Pesan+" "), ui.SourceLinks(st.Sources))
		})),
	)
}

// renderTrace is the "Mengapa?" panel: the steps grouped by year and period
// (view.NewMengapa), each with its legal sources.
func renderTrace(res domain.Result) app.UI {
	labels := map[string]string{}
	for _, p := range res.Periods {
		labels[p.Name] = p.Label
	}
	groups := view.NewMengapa(res.Trace, func(name string) string {
		if l, ok := labels[name]; ok && l != "" {
			return l
		}
		return view.PeriodeLabel(name)
	})
	return app.Elem("details").Class("card trace").Attr("data-testid", "mengapa").Body(
		app.Elem("summary").Text("Mengapa? Langkah perhitungan dan dasar hukumnya"),
		app.Range(groups).Slice(func(g int) app.UI {
			gr := groups[g]
			return app.Elem("section").Attr("data-testid", "mengapa-kelompok").Body(
				app.Elem("h3").Text(gr.Judul),
				app.Elem("ol").Body(app.Range(gr.Steps).Slice(func(i int) app.UI { return traceStep(gr.Steps[i]) })),
			)
		}),
	)
}

// traceStep is one step of "Mengapa?", marked when it is an assumption.
func traceStep(st domain.Step) app.UI {
	li := app.Elem("li")
	if st.Asumsi {
		li = li.Class("is-asumsi")
	}
	return li.Body(
		app.If(st.Asumsi, func() app.UI { return app.Elem("span").Class("badge").Text("Asumsi") }),
		app.Text(" "+st.Pesan+" "),
		ui.SourceLinks(st.Sources),
	)
}

// renderAkumulasi shows the AK within the jenjang after this year's periods:
// what was held before plus this year's total (RULES.md §10 ex. 5). It appears
// once the career inputs say what was held (Karier screen).
func renderAkumulasi(a *domain.AkumulasiResult) app.UI {
	if a == nil {
		return nil
	}
	asal := "AK awal"
	switch a.Sumber {
	case domain.AkumulasiIntegrasi:
		asal = "AK integrasi"
	case domain.AkumulasiProyeksi:
		asal = fmt.Sprintf("AK akhir %d (proyeksi karier)", a.Tahun-1)
	}
	return app.Elem("p").Body(
		app.Text(fmt.Sprintf("AK kumulatif dalam jenjang setelah %d: %s %s + AK %d %s = ", a.Tahun, asal, a.SebelumText, a.Tahun, a.TahunIniText)),
		app.Elem("strong").Attr("data-testid", "ak-kumulatif").Text(a.TotalText),
	)
}

// The period form's named edits. Each reads which period (and which rating,
// aspect or document) it belongs to from the data attributes of the element
// that fired or its container, so the element trees hold no edit closures.

// periode is the index of the period the event came from, or -1.
func periode(ctx app.Context) int {
	n, err := strconv.Atoi(data(ctx, "periode"))
	if err != nil {
		return -1
	}
	return n
}

func (c *simulasi) onMonths(ctx app.Context, e app.Event) {
	i, v := periode(ctx), ctx.JSSrc().Get("value").String()
	max, _ := strconv.Atoi(data(ctx, "max"))
	at := fmt.Sprintf("periods[%d].months", i)
	c.monthsText[i] = v
	n, err := ParseMonths(v, max)
	if err != nil {
		c.errs = map[string]string{at: err.Error()}
		return
	}
	c.editPeriod(ctx, i, func(p *domain.Period) { p.Months = n })
	if c.errs[at] == "" {
		delete(c.monthsText, i)
	}
}

func (c *simulasi) pickMode(ctx app.Context, v string) {
	i := periode(ctx)
	c.direct[i] = v == "langsung"
	if v == "rating" {
		c.editPeriod(ctx, i, func(p *domain.Period) { p.Predikat = "" })
	}
}

func (c *simulasi) pickPredikat(ctx app.Context, v string) {
	c.editPeriod(ctx, periode(ctx), func(p *domain.Period) { p.Predikat = domain.Predikat(v) })
}

func (c *simulasi) pickIndicator(ctx app.Context, v string) {
	c.editPeriod(ctx, periode(ctx), func(p *domain.Period) { p.Indicator = v })
}

// editNilai changes the rating (praktik or perilaku) the event belongs to;
// a rating left empty with no aspects is removed.
func (c *simulasi) editNilai(ctx app.Context, fn func(n *domain.Nilai)) {
	kind := data(ctx, "nilai")
	c.editPeriod(ctx, periode(ctx), func(p *domain.Period) {
		target := &p.Praktik
		if kind == "perilaku" {
			target = &p.Perilaku
		}
		if *target == nil {
			*target = &domain.Nilai{}
		}
		fn(*target)
		if (*target).Rating == "" && len((*target).Aspects) == 0 {
			*target = nil
		}
	})
}

// pickRating sets the overall rating; a second tap on it clears the choice.
func (c *simulasi) pickRating(ctx app.Context, v string) {
	c.editNilai(ctx, func(n *domain.Nilai) {
		if n.Rating == domain.Rating(v) {
			n.Rating = ""
		} else {
			n.Rating = domain.Rating(v)
		}
	})
}

// useSaran takes the median suggestion as the rating.
func (c *simulasi) useSaran(ctx app.Context, e app.Event) {
	r := domain.Rating(data(ctx, "saran"))
	c.editNilai(ctx, func(n *domain.Nilai) { n.Rating = r })
}

func (c *simulasi) pickAspek(ctx app.Context, v string) {
	code := data(ctx, "aspek")
	c.editNilai(ctx, func(n *domain.Nilai) {
		if n.Aspects == nil {
			n.Aspects = map[string]domain.Rating{}
		}
		if v == "" {
			delete(n.Aspects, code)
		} else {
			n.Aspects[code] = domain.Rating(v)
		}
		if len(n.Aspects) == 0 {
			n.Aspects = nil
		}
	})
}

func (c *simulasi) onDokumen(ctx app.Context, e app.Event) {
	code, v := data(ctx, "dokumen"), ctx.JSSrc().Get("checked").Bool()
	c.editPeriod(ctx, periode(ctx), func(p *domain.Period) {
		if p.Dokumen == nil {
			p.Dokumen = map[string]bool{}
		}
		p.Dokumen[code] = v
	})
}
