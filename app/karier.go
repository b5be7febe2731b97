package app

// Karier (/karier): the career projection of the current draft — golongan, AK
// already held in the jenjang (or conventional AK converted by integrasi),
// years in rank and the predikat of each future year (or the last one
// repeated); a year-by-year table and an SVG chart of AK against each
// threshold, when a rank or jenjang step can be considered, the verdict
// wording and every condition with whether it is met.
//
// Stable test hooks (data-testid unless noted):
//
//	karier-golongan            id of the golongan select
//	karier-sumber-awal, karier-sumber-konvensional   AK source buttons
//	karier-ak                  id of the AK input (in jenjang, or conventional)
//	karier-masa                id of the years-in-rank input
//	karier-mulai               id of the first-year input (empty = rule year)
//	isi-<predikat>             quick-fill predikat buttons; karier-jumlah-tahun (id) and karier-isi (button)
//	proyeksi-<i>               id of the predikat select of projected year i
//	proyeksi-tambah, proyeksi-hapus   add / remove a year
//	karier-ulangi (id), karier-lama (id)   repeat the last predikat, for how many years
//	karier-hapus               remove the projection from the draft
//	karier-integrasi           AK from integrasi, when conventional AK was given
//	karier-kapan               the first step that can be considered, or why none
//	langkah-<i>                step i; langkah-<i>-verdict its verdict wording, langkah-<i>-ambang its AK threshold
//	langkah-<i>-syarat-<kode>  condition of step i; data-terpenuhi="1"|"0"
//	karier-tahun-<i>           table row of projected year i
//	karier-chart (+ chart.go hooks)
//	edit-error                 refusal of an edit

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/app/view"
	"simkinerja/domain"
)

// karier is the /karier screen.
type karier struct {
	app.Compo
	draftScreen
	konvensional *bool // AK source chosen by the user; nil: follow the draft
	akText       string
	akTyped      bool
	fillPredikat domain.Predikat
	fillYears    string
	tujuan       tujuanForm // the planner form as typed (karier_rencana.go)
}

func newKarier() *karier { return &karier{fillPredikat: domain.Baik, fillYears: "4"} }

// ensureKarier gives a scenario a projection to edit (one year Baik).
func ensureKarier(s *domain.Scenario) *domain.Karier {
	if s.Karier == nil {
		s.Karier = &domain.Karier{Proyeksi: []domain.Predikat{domain.Baik}}
	}
	return s.Karier
}

// useKonvensional reports which AK input the screen shows.
func (c *karier) useKonvensional(k *domain.Karier) bool {
	if c.konvensional != nil {
		return *c.konvensional
	}
	return k != nil && strings.TrimSpace(k.AKKonvensional) != ""
}

func (c *karier) Render() app.UI {
	if c.store == nil {
		return layout(nil, "/karier", app.Elem("p").Text("Memuat…"))
	}
	sc := c.store.Current().Scenario
	res := c.store.Result()
	body := []app.UI{
		app.Elem("h1").Text("Proyeksi karier"),
		app.Elem("p").Class("lead").Text(c.draftLead() + ". Kapan kenaikan pangkat atau jenjang dapat dipertimbangkan, dari predikat setiap tahun."),
		c.editError(),
		renderLedger(view.NewLedger(c.store.RecordResult().Ledger)),
		c.renderInputs(sc),
	}
	if sc.Karier != nil && res.Karier != nil {
		rr := c.store.RecordResult()
		rec := c.store.Current().Record
		tugas := map[string]bool(nil)
		if rec.Rencana != nil {
			tugas = rec.Rencana.Tugas
		}
		body = append(body, renderAkumulasi(res.Akumulasi), c.renderHasil(res.Karier),
			c.renderTugas(view.NewTugas(tugas)), c.renderRencana(rec, rr.Rencana), c.renderDampak(rec.Profil, rr.Dampak))
	}
	body = append(body, printLink())
	return layout(c.store, "/karier", body...)
}

// golonganOptions lists the golongan of the expertise levels with their jenjang.
func golonganOptions() []ui.Option {
	out := []ui.Option{{Value: "", Label: "— belum diisi (golongan terendah jenjang) —"}}
	for _, g := range domain.Golongans() {
		j := domain.JenjangOf(g.Code)
		if j == "" {
			continue
		}
		out = append(out, ui.Option{Value: string(g.Code), Label: fmt.Sprintf("%s — %s (%s)", g.Code, g.Pangkat, j.Label())})
	}
	return out
}

// karierIsian is what the input form shows, derived from the draft and the
// screen's own state (the AK source chosen, an AK typed but refused).
type karierIsian struct {
	konv                             bool
	akPath, akLabel, akValue, sumber string
	masa, mulai, lama                string
	proyeksi                         []domain.Predikat
	ulangi, ada                      bool
	firstYear, afterLast             int
}

func (c *karier) isian(sc domain.Scenario) karierIsian {
	k := sc.Karier
	f := karierIsian{konv: c.useKonvensional(k), akPath: "karier.ak_awal", sumber: "awal", masa: "0", ada: k != nil,
		akLabel: "AK yang sudah dimiliki dalam jenjang (PAK terakhir)"}
	// The projection starts after the last recorded year (the record holds
	// the years before it, with their predikat).
	if t := c.store.Current().Record.Tahun; len(t) > 0 {
		f.firstYear = t[len(t)-1].Tahun + 1
	}
	f.afterLast = f.firstYear
	if f.konv {
		f.akPath, f.sumber = "karier.ak_konvensional", "konvensional"
		f.akLabel = "AK kumulatif konvensional (DUPAK) untuk diintegrasikan"
	}
	if k != nil {
		f.akValue = k.AKAwal
		if f.konv {
			f.akValue = k.AKKonvensional
		}
		f.masa = strconv.Itoa(k.TahunDalamPangkat)
		if k.TahunMulai > 0 {
			f.mulai, f.firstYear = strconv.Itoa(k.TahunMulai), k.TahunMulai
		}
		f.proyeksi, f.ulangi = k.Proyeksi, k.Ulangi
		if k.TahunProyeksi > 0 {
			f.lama = strconv.Itoa(k.TahunProyeksi)
		}
	}
	if c.akTyped {
		f.akValue = c.akText
	}
	return f
}

func (c *karier) renderInputs(sc domain.Scenario) app.UI {
	f := c.isian(sc)
	return app.Elem("section").Class("card").Aria("labelledby", "h-karier-isian").Body(
		app.Elem("h2").ID("h-karier-isian").Text("Posisi sekarang"),
		app.Elem("div").Class("grid2").Body(
			ui.SelectField("karier-golongan", "Golongan", golonganOptions(), string(sc.Golongan), false, c.pickGolongan),
			c.intField("karier-masa", "Masa dalam golongan sekarang (tahun penuh)", f.masa, "karier.tahun_dalam_pangkat", 0, 40, func(k *domain.Karier, n int) { k.TahunDalamPangkat = n }),
		),
		ui.FieldError("karier-golongan-error", c.fieldErr("golongan")),
		app.Elem("p").Class("label").Text("Sumber AK awal"),
		ui.ChoiceButtons("karier-sumber", "Sumber AK awal", []ui.Option{{Value: "awal", Label: "AK dalam jenjang"}, {Value: "konvensional", Label: "AK konvensional (integrasi)"}}, f.sumber, false, c.pickSumber),
		app.Elem("div").Class("field").Body(
			app.Elem("label").Attr("for", "karier-ak").Text(f.akLabel),
			app.Input().ID("karier-ak").Type("text").Attr("inputmode", "decimal").Value(f.akValue).Placeholder("mis. 37,5").
				Aria("describedby", "karier-ak-error").OnChange(c.onAK),
			ui.FieldError("karier-ak-error", c.fieldErr(f.akPath)),
		),
		c.intField("karier-mulai", fmt.Sprintf("Tahun pertama proyeksi (kosong = %d, setelah tahun terakhir yang tercatat)", f.afterLast), f.mulai, "karier.tahun_mulai", 0, 2100, func(k *domain.Karier, n int) { k.TahunMulai = n }),
		app.Elem("h2").Text("Predikat setiap tahun"),
		c.renderQuickFill(),
		c.renderYears(f),
		c.renderUlangi(f),
	)
}

// renderQuickFill sets the same predikat for a number of years at once.
func (c *karier) renderQuickFill() app.UI {
	return app.Elem("div").Class("quickfill").Body(
		app.Elem("p").Class("label").Text("Isi cepat: predikat yang sama setiap tahun"),
		ui.ChoiceButtons("isi", "Predikat isi cepat", predikatOptions(), string(c.fillPredikat), false, c.pickFill),
		app.Elem("div").Class("field inline").Body(
			app.Elem("label").Attr("for", "karier-jumlah-tahun").Text("selama (tahun)"),
			app.Input().ID("karier-jumlah-tahun").Type("number").Attr("min", 1).Attr("max", domain.TahunProyeksiMaks).Value(c.fillYears).
				Aria("describedby", "karier-jumlah-tahun-error").OnChange(c.onFillYears),
			app.Button().Type("button").Attr("data-testid", "karier-isi").Text("Isi").OnClick(c.fillAll),
		),
		ui.FieldError("karier-jumlah-tahun-error", c.fieldErr("karier.jumlah_tahun")),
	)
}

// renderYears is one predikat select per planned year, with add and remove.
func (c *karier) renderYears(f karierIsian) app.UI {
	return app.Elem("div").Body(
		app.Elem("ol").Class("years").Body(app.Range(f.proyeksi).Slice(func(i int) app.UI {
			return app.Elem("li").Body(
				ui.SelectField(fmt.Sprintf("proyeksi-%d", i), fmt.Sprintf("Tahun %d", f.firstYear+i), predikatOptions(), string(f.proyeksi[i]), false,
					func(ctx app.Context, v string) { c.setProyeksi(ctx, i, domain.Predikat(v)) }),
				ui.FieldError(fmt.Sprintf("proyeksi-%d-error", i), c.fieldErr(fmt.Sprintf("karier.proyeksi[%d]", i))),
			)
		})),
		ui.FieldError("proyeksi-error", c.fieldErr("karier.proyeksi")),
		app.Elem("div").Class("actions").Body(
			app.Button().Type("button").Attr("data-testid", "proyeksi-tambah").Text("+ Tambah tahun").OnClick(c.addYear),
			app.If(len(f.proyeksi) > 1, func() app.UI {
				return app.Button().Type("button").Attr("data-testid", "proyeksi-hapus").Text("− Hapus tahun terakhir").OnClick(c.removeYear)
			}),
		),
	)
}

// renderUlangi repeats the last predikat, and removes the projection.
func (c *karier) renderUlangi(f karierIsian) app.UI {
	return app.Elem("div").Body(
		app.Elem("div").Class("field check").Body(
			app.Input().Type("checkbox").ID("karier-ulangi").Checked(f.ulangi).OnChange(c.onUlangi),
			app.Elem("label").Attr("for", "karier-ulangi").Text(fmt.Sprintf("Ulangi predikat terakhir sampai akhir proyeksi (bawaan %d tahun)", domain.TahunProyeksiDefault)),
		),
		app.If(f.ulangi, func() app.UI {
			return c.intField("karier-lama", fmt.Sprintf("Lama proyeksi (tahun, kosong = %d)", domain.TahunProyeksiDefault), f.lama, "karier.tahun_proyeksi", 0, domain.TahunProyeksiMaks, func(k *domain.Karier, n int) { k.TahunProyeksi = n })
		}),
		app.If(f.ada, func() app.UI {
			return app.Button().Type("button").Class("link danger no-print").Attr("data-testid", "karier-hapus").Text("Hapus proyeksi dari draf").OnClick(c.removeKarier)
		}),
	)
}

// The form's named edits.

func (c *karier) pickGolongan(ctx app.Context, v string) { c.setGolongan(ctx, domain.Golongan(v)) }

func (c *karier) pickFill(ctx app.Context, v string) { c.fillPredikat = domain.Predikat(v) }

func (c *karier) onFillYears(ctx app.Context, e app.Event) {
	c.fillYears = ctx.JSSrc().Get("value").String()
}

// pickSumber switches between AK in jenjang and conventional AK; the other
// field is cleared, since the domain accepts only one of them.
func (c *karier) pickSumber(ctx app.Context, v string) {
	b := v == "konvensional"
	if b == c.useKonvensional(c.store.Current().Scenario.Karier) {
		return
	}
	c.konvensional, c.akTyped = &b, false
	c.edit(ctx, func(s *domain.Scenario) {
		if s.Karier != nil {
			s.Karier.AKAwal, s.Karier.AKKonvensional = "", ""
		}
	})
}

// onAK keeps a typed AK; one that does not parse stays in the field with its message.
func (c *karier) onAK(ctx app.Context, e app.Event) {
	v := strings.TrimSpace(ctx.JSSrc().Get("value").String())
	konv := c.useKonvensional(c.store.Current().Scenario.Karier)
	c.akText, c.akTyped = v, true
	if v != "" {
		if _, err := ParseAKInput(v); err != nil {
			path := "karier.ak_awal"
			if konv {
				path = "karier.ak_konvensional"
			}
			c.setLocalErr(path, err.Error())
			return
		}
	}
	if c.edit(ctx, func(s *domain.Scenario) {
		k := ensureKarier(s)
		if konv {
			k.AKKonvensional, k.AKAwal = v, ""
		} else {
			k.AKAwal, k.AKKonvensional = v, ""
		}
	}) {
		c.akTyped = false
	}
}

// fillAll sets the quick-fill predikat for the chosen number of years.
func (c *karier) fillAll(ctx app.Context, e app.Event) {
	n, err := parseCount(c.fillYears, domain.TahunProyeksiMaks)
	if err == nil && n == 0 {
		err = fmt.Errorf("isi jumlah tahun 1 sampai %d", domain.TahunProyeksiMaks)
	}
	if err != nil {
		c.setLocalErr("karier.jumlah_tahun", "jumlah tahun "+err.Error())
		return
	}
	p := c.fillPredikat
	c.edit(ctx, func(s *domain.Scenario) {
		k := ensureKarier(s)
		k.Proyeksi = make([]domain.Predikat, n)
		for i := range k.Proyeksi {
			k.Proyeksi[i] = p
		}
		k.Ulangi, k.TahunProyeksi = false, 0
	})
}

func (c *karier) setProyeksi(ctx app.Context, i int, p domain.Predikat) {
	c.edit(ctx, func(s *domain.Scenario) {
		if k := s.Karier; k != nil && i < len(k.Proyeksi) {
			k.Proyeksi[i] = p
		}
	})
}

// addYear plans one more year with the last year's predikat.
func (c *karier) addYear(ctx app.Context, e app.Event) {
	c.edit(ctx, func(s *domain.Scenario) {
		if s.Karier == nil {
			ensureKarier(s)
			return
		}
		k := s.Karier
		next := domain.Baik
		if len(k.Proyeksi) > 0 {
			next = k.Proyeksi[len(k.Proyeksi)-1]
		}
		k.Proyeksi = append(k.Proyeksi, next)
	})
}

func (c *karier) removeYear(ctx app.Context, e app.Event) {
	c.edit(ctx, func(s *domain.Scenario) {
		if k := s.Karier; k != nil && len(k.Proyeksi) > 1 {
			k.Proyeksi = k.Proyeksi[:len(k.Proyeksi)-1]
			if k.TahunProyeksi > 0 && !k.Ulangi {
				k.TahunProyeksi = 0
			}
		}
	})
}

func (c *karier) onUlangi(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("checked").Bool()
	c.edit(ctx, func(s *domain.Scenario) {
		k := ensureKarier(s)
		k.Ulangi = v
		if !v {
			k.TahunProyeksi = 0
		}
	})
}

// removeKarier drops the projection; Undo brings it back.
func (c *karier) removeKarier(ctx app.Context, e app.Event) {
	err := c.store.EditUndoable(ctx, "Proyeksi karier dihapus", func(s *domain.Scenario) { s.Karier = nil })
	c.errs, c.err = fieldErrors(err)
}

// intField is a labelled whole-number input bound to a Karier field.
func (c *karier) intField(id, label, value, path string, lo, hi int, set func(*domain.Karier, int)) app.UI {
	return app.Elem("div").Class("field").Body(
		app.Elem("label").Attr("for", id).Text(label),
		app.Input().ID(id).Type("number").Attr("inputmode", "numeric").Attr("min", lo).Attr("max", hi).Value(value).
			Aria("describedby", id+"-error").
			OnChange(func(ctx app.Context, e app.Event) {
				n, err := parseCount(ctx.JSSrc().Get("value").String(), hi)
				if err != nil {
					c.setLocalErr(path, err.Error())
					return
				}
				c.edit(ctx, func(s *domain.Scenario) { set(ensureKarier(s), n) })
			}),
		ui.FieldError(id+"-error", c.fieldErr(path)),
	)
}

func (c *karier) renderHasil(kr *domain.KarierResult) app.UI {
	k := view.NewKarier(kr)
	return app.Elem("div").Body(
		app.Elem("section").Class("card total").Aria("labelledby", "h-kapan").Body(
			app.Elem("h2").ID("h-kapan").Text("Kapan naik pangkat/jenjang"),
			app.If(k.Integrasi != "", func() app.UI {
				return app.Elem("p").Body(app.Text("AK hasil integrasi dalam jenjang: "), app.Elem("strong").Attr("data-testid", "karier-integrasi").Text(k.Integrasi))
			}),
			app.Elem("p").Class("muted").Text(k.Mulai),
			app.Elem("p").Class("big-text").Attr("data-testid", "karier-kapan").Text(k.Kapan),
			renderPerlu(k.Perlu),
			app.Range(k.Langkah).Slice(func(i int) app.UI { return c.renderLangkah(i, k.Langkah[i]) }),
		),
		app.Elem("section").Class("card").Aria("labelledby", "h-grafik").Body(
			app.Elem("h2").ID("h-grafik").Text("AK dalam jenjang terhadap ambang kenaikan"),
			app.Elem("div").Class("chart-wrap").Body(app.Raw(karierChart(kr))),
			app.Elem("p").Class("muted").Text("Batang: AK dalam jenjang yang tercapai setiap tahun (▲ tahun kenaikan). Garis putus-putus: ambang AK kenaikan berikutnya. Tabel di bawah memuat angka yang sama."),
		),
		renderKarierTable(kr),
	)
}

// renderPerlu lists what the projection only assumed: the user's to-dos.
func renderPerlu(perlu []string) app.UI {
	if len(perlu) == 0 {
		return nil
	}
	return app.Elem("div").Class("notice warn").Attr("data-testid", "karier-perlu").Body(
		app.Elem("p").Text("Yang perlu Anda pastikan sendiri (proyeksi hanya mengandaikannya):"),
		app.Elem("ul").Body(app.Range(perlu).Slice(func(i int) app.UI { return app.Elem("li").Text("perlu: " + perlu[i]) })),
	)
}

// renderLangkah shows one step: when (year, earliest TMT, earliest UKKJ),
// the verdict, what holds it back, and its conditions by block — a jenjang
// step as the UKKJ block and the rank step that comes with it.
func (c *karier) renderLangkah(i int, l view.Langkah) app.UI {
	id := fmt.Sprintf("langkah-%d", i)
	cls := "step"
	if l.Dapat {
		cls += " ok"
	}
	return app.Elem("article").Class(cls).Attr("data-testid", id).Attr("data-status", l.Status).Body(
		app.Elem("h3").Text(l.Judul+" — "+l.Kapan),
		app.If(l.TMT != "", func() app.UI {
			return app.Elem("p").Body(app.Text("TMT paling cepat: "), app.Elem("strong").Attr("data-testid", id+"-tmt").Text(l.TMT),
				app.Text(" "), ui.Badge("", "asumsi", "perkiraan"))
		}),
		app.If(l.UKKJ != "", func() app.UI {
			return app.Elem("p").Body(app.Elem("span").Attr("data-testid", id+"-ukkj").Text(l.UKKJ+" "),
				app.If(l.UKKJAsumsi, func() app.UI { return ui.Badge("", "asumsi", "asumsi: jadwal UKKJ tahunan") }))
		}),
		app.Elem("p").Body(app.Text("Putusan: "), app.Elem("strong").Attr("data-testid", id+"-verdict").Text(l.Verdict)),
		app.If(l.Penahan != "", func() app.UI {
			return app.Elem("p").Class("missing").Attr("data-testid", id+"-penahan").Text(l.Penahan)
		}),
		app.Elem("p").Body(app.Text("Ambang AK dalam jenjang: "), app.Elem("span").Attr("data-testid", id+"-ambang").Text(l.Ambang)),
		app.If(l.Kekurangan != "", func() app.UI {
			return app.Elem("p").Class("missing").Text("AK masih kurang " + l.Kekurangan + " pada akhir proyeksi.")
		}),
		app.If(l.AKDibuang != "", func() app.UI {
			return app.Elem("p").Class("assumption").Text("Kelebihan AK " + l.AKDibuang + " tidak dibawa ke jenjang baru (asumsi).")
		}),
		app.Range(l.Blok).Slice(func(j int) app.UI {
			b := l.Blok[j]
			return app.Elem("div").Class("blok").Attr("data-testid", id+"-blok-"+b.Kode).Attr("data-menahan", strconv.FormatBool(b.Menahan)).Body(
				app.If(len(l.Blok) > 1, func() app.UI {
					return app.Elem("h4").Body(app.Text(b.Judul), app.If(b.Menahan, func() app.UI { return app.Elem("span").Class("missing").Text(" — menahan langkah ini") }))
				}),
				app.Elem("ul").Class("syarat").Body(app.Range(b.Syarat).Slice(func(k int) app.UI { return c.renderSyarat(id, b.Syarat[k]) })),
			)
		}),
	)
}

// renderSyarat is one condition: ✓ met, ✗ not met (with what is missing),
// or "perlu" — a to-do with its checkbox, or an assumption to check
// (data-terpenuhi "1", "0" or "perlu").
func (c *karier) renderSyarat(id string, s view.Syarat) app.UI {
	met := map[string]string{view.SyaratTerpenuhi: "1", view.SyaratBelum: "0", view.SyaratPerlu: "perlu"}[s.Status]
	return app.Elem("li").Class("syarat-"+s.Status).Attr("data-testid", id+"-syarat-"+s.Kode).Attr("data-terpenuhi", met).Body(
		app.If(s.Tugas, func() app.UI { return c.tugasCheck(id+"-tugas-"+s.Kode, s.Kode, s.Mark, s.Teks, s.Ditandai) }).
			Else(func() app.UI {
				return app.Elem("span").Body(app.Elem("span").Class("mark").Text(s.Mark+" "), app.Text(s.Teks+" "))
			}),
		app.If(s.Kurang != "", func() app.UI { return app.Elem("span").Class("missing").Text("— " + s.Kurang + " ") }),
		app.If(s.Asumsi, func() app.UI { return ui.Badge("", "asumsi", "asumsi") }),
		app.If(s.Basis != "", func() app.UI { return app.Elem("small").Class("muted").Text("(" + s.Basis + ") ") }),
		ui.SourceLinks(s.Sources),
	)
}

// renderKarierTable is the year-by-year table, the chart's text equivalent.
func renderKarierTable(kr *domain.KarierResult) app.UI {
	return app.Elem("section").Class("card").Aria("labelledby", "h-tabel-karier").Body(
		app.Elem("h2").ID("h-tabel-karier").Text("Tahun demi tahun"),
		ui.TableWrap("Tabel proyeksi tahun demi tahun").Body(app.Elem("table").Class("data").Body(
			ui.HeadRow("Tahun", "Predikat", "AK tahun ini", "AK dalam jenjang", "Golongan", "Masa golongan", "Peristiwa"),
			app.Elem("tbody").Body(app.Range(kr.Tahunan).Slice(func(i int) app.UI {
				t := kr.Tahunan[i]
				return app.Elem("tr").Attr("data-testid", fmt.Sprintf("karier-tahun-%d", i)).Body(
					app.Elem("th").Attr("scope", "row").Text(strconv.Itoa(t.Tahun)),
					app.Elem("td").Text(t.Predikat.Label()),
					app.Elem("td").Text(t.AngkaKredit),
					app.Elem("td").Text(t.KumulatifText),
					app.Elem("td").Text(string(t.Golongan)+" · "+t.Jenjang.Label()),
					app.Elem("td").Text(fmt.Sprintf("%d th", t.TahunDalamPangkat)),
					app.Elem("td").Text(t.Peristiwa),
				)
			})),
		)),
	)
}

// karierChart turns the projection into chart bars and threshold segments.
// A bar is the AK reached within the jenjang during the year, before a
// jenjang step restarts it at 0 (previous end of year + the year's AK).
func karierChart(kr *domain.KarierResult) string {
	bars, ths, desc := karierChartData(kr)
	return careerChartSVG("Grafik AK dalam jenjang per tahun", desc, bars, ths)
}

// karierChartData is the chart of a projection: bars, thresholds and the
// text description.
func karierChartData(kr *domain.KarierResult) ([]chartBar, []chartThreshold, string) {
	bars := make([]chartBar, len(kr.Tahunan))
	prev := kr.AKAwal
	for i, t := range kr.Tahunan {
		bars[i] = chartBar{Label: strconv.Itoa(t.Tahun), Value: prev.Add(t.AK), Mark: t.Peristiwa}
		prev = t.Kumulatif
	}
	var ths []chartThreshold
	start := 0
	for _, l := range kr.Langkah {
		end := len(kr.Tahunan) - 1
		if l.Tahun > 0 {
			for i, t := range kr.Tahunan {
				if t.Tahun == l.Tahun {
					end = i
				}
			}
		}
		if start <= end {
			ths = append(ths, chartThreshold{Label: string(l.Golongan), Value: l.Ambang, From: start, To: end, Met: l.Dapat})
		}
		start = end + 1
	}
	first, last := 0, 0
	if len(kr.Tahunan) > 0 {
		first, last = kr.Tahunan[0].Tahun, kr.Tahunan[len(kr.Tahunan)-1].Tahun
	}
	desc := fmt.Sprintf("AK dalam jenjang %d–%d mulai %s AK; ", first, last, kr.AKAwalText)
	var parts []string
	for _, l := range kr.Langkah {
		w := "belum tercapai"
		if l.Tahun > 0 {
			w = strconv.Itoa(l.Tahun)
		}
		parts = append(parts, fmt.Sprintf("%s: %s (%s)", l.Golongan, w, l.Verdict))
	}
	desc += strings.Join(parts, "; ")
	return bars, ths, desc
}

// setGolongan sets the golongan; one of another jenjang moves the draft to
// that jenjang, as an undoable change.
func (c *karier) setGolongan(ctx app.Context, g domain.Golongan) {
	cur := c.store.Current().Scenario
	j := domain.JenjangOf(g)
	if g == "" || j == cur.Jenjang {
		c.edit(ctx, func(s *domain.Scenario) { s.Golongan = g })
		return
	}
	err := c.store.EditUndoable(ctx, rebaseLabel(cur, cur.Rules, cur.Role, j), func(s *domain.Scenario) {
		*s = domain.Rebase(*s, s.Rules, s.Role, j)
		s.Golongan = g
	})
	c.errs, c.err = fieldErrors(err)
}

// renderLedger shows the AK of the recorded years per jenjang (the draft's
// year tabs); the projection below starts after the last of them
// (data-testid karier-tercatat, tercatat-<tahun>).
func renderLedger(ls []view.LedgerJenjang) app.UI {
	if len(ls) == 0 {
		return nil
	}
	return app.Elem("section").Class("card").Attr("data-testid", "karier-tercatat").Aria("labelledby", "h-tercatat").Body(
		app.Elem("h2").ID("h-tercatat").Text("AK dari tahun yang tercatat"),
		app.Range(ls).Slice(func(i int) app.UI {
			l := ls[i]
			return ui.TableWrap("AK tercatat " + l.Judul).Body(app.Elem("table").Class("data").Body(
				app.Elem("caption").Text(l.Judul),
				ui.HeadRow("Tahun", "AK", "Kumulatif"),
				app.Elem("tbody").Body(app.Range(l.Rows).Slice(func(j int) app.UI {
					r := l.Rows[j]
					return app.Elem("tr").Attr("data-testid", "tercatat-"+r.Tahun).Body(
						app.Elem("th").Attr("scope", "row").Body(app.Text(r.Tahun+" "), app.Elem("small").Text(r.Aturan)),
						app.Elem("td").Body(app.Text(r.AK), app.If(r.Tertahan != "", func() app.UI {
							return app.Elem("small").Class("missing").Text(" (+" + r.Tertahan + " tertahan)")
						})),
						app.Elem("td").Text(r.Kumulatif),
					)
				})),
			))
		}),
	)
}
