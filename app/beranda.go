package app

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/domain"
)

// beranda (/) chooses role, jenjang and rule year of the current draft, holds
// the one-tap quick calculator and links to the other screens and presets.
type beranda struct {
	app.Compo
	store *Store

	quick      domain.Predikat
	monthsText string
	// monthsInit is the field's rendered value; see "Typed fields" in ui.go.
	monthsInit string
	monthsErr  string
	err        string
}

func newBeranda() *beranda { return &beranda{monthsText: "12", monthsInit: "12"} }

func (c *beranda) OnMount(ctx app.Context) {
	// Built with its store (or a test's prepared one): see withStore.
	rendered := mountStore(ctx, &c.store)
	ctx.ObserveState(StateDraft, new(int))
	if rendered {
		ctx.PreventUpdate()
	}
}

func (c *beranda) setBase(ctx app.Context, role domain.Role, j domain.Jenjang) {
	err := c.store.Rebase(ctx, role, j)
	_, c.err = fieldErrors(err)
}

func (c *beranda) pickRole(ctx app.Context, v string) {
	c.setBase(ctx, domain.Role(v), c.store.Current().Scenario.Jenjang)
}

func (c *beranda) pickJenjang(ctx app.Context, v string) {
	c.setBase(ctx, c.store.Current().Scenario.Role, domain.Jenjang(v))
}

func (c *beranda) Render() app.UI {
	if c.store == nil {
		return layout(nil, "/", app.Elem("p").Text("Memuat…"))
	}
	d := c.store.Current()
	sc := d.Scenario
	return layout(c.store, "/",
		app.Elem("h1").Text("Simulator predikat kinerja & angka kredit"),
		app.Elem("p").Class("lead").Text("Untuk guru, kepala sekolah, dan pengawas sekolah. Berjalan di peramban, juga tanpa sinyal; draf tersimpan otomatis di perangkat ini."),
		app.Elem("section").Class("card").Aria("labelledby", "h-profil").Body(
			app.Elem("h2").ID("h-profil").Text("Profil draf "+strconv.Quote(d.Name)),
			app.Elem("div").Class("grid3").Body(
				ui.SelectField("pilih-peran", "Peran", roleOptions(sc.Rules), string(sc.Role), false, c.pickRole),
				ui.SelectField("pilih-jenjang", "Jenjang jabatan", jenjangOptions(), string(sc.Jenjang), false, c.pickJenjang),
			),
			ui.FieldError("profil-error", c.err),
			app.Elem("p").Body(
				app.A().Class("button primary").Href("/simulasi").Text("Isi penilaian per periode →"),
			),
		),
		c.renderQuick(sc),
		baruDiangkat(),
		app.Elem("section").Class("card").Aria("labelledby", "h-contoh").Body(
			app.Elem("h2").ID("h-contoh").Text("Contoh untuk pelatih"),
			app.Elem("p").Text("Ilustrasi dari Panduan Pengelolaan Kinerja 2023; hanya-baca sampai disalin ke draf."),
			app.Elem("ul").Class("presets").Body(
				app.Range(domain.Presets()).Slice(func(i int) app.UI {
					p := domain.Presets()[i]
					return app.Elem("li").Body(
						app.A().Href("/simulasi?contoh="+p.Code).Attr("data-testid", "preset-"+p.Code).Text(p.Judul),
						app.Elem("small").Text(" — "+p.Keterangan),
					)
				}),
			),
		),
		app.Elem("section").Class("card").Body(
			app.Elem("h2").Text("Lainnya"),
			app.Elem("ul").Body(
				app.Elem("li").Body(app.A().Href("/simulasi").Text("Simulasi lengkap"), app.Text(": matriks, dokumen, dan alasan (Mengapa?).")),
				app.Elem("li").Body(app.A().Href("/draf").Text("Draf"), app.Text(": beberapa skenario, ekspor dan impor berkas .json.")),
			),
		),
	)
}

// renderQuick is the quick calculator: a predikat and a number of months give
// the AK of the current jenjang at once.
func (c *beranda) renderQuick(sc domain.Scenario) app.UI {
	// Say what is missing: the predikat, or (with one chosen) a valid
	// number of months, whose own error sits under its field.
	hint := "Pilih predikat."
	if c.quick != "" {
		hint = "Isi jumlah bulan 1–12."
	}
	var result app.UI = app.Elem("p").Class("muted").Attr("data-testid", "quick-hint").Text(hint)
	if months, err := ParseMonths(c.monthsText, 12); err == nil && c.quick != "" {
		ak := domain.KonversiAK(c.quick, sc.Jenjang, months)
		result = app.Elem("p").Class("big").Body(
			app.Elem("span").Attr("data-testid", "quick-ak").Text(ak.Display()),
			app.Text(" AK"),
			app.Elem("small").Text(fmt.Sprintf(" = %d/12 × %d%% × %s (koefisien %s)", months, c.quick.Multiplier(), sc.Jenjang.Koefisien().Display(), sc.Jenjang.Label())),
		)
	}
	return app.Elem("section").Class("card").Aria("labelledby", "h-cepat").Body(
		app.Elem("h2").ID("h-cepat").Text("Hitung cepat: predikat → angka kredit"),
		ui.ChoiceButtons("quick", "Predikat", predikatOptions(), string(c.quick), false, c.pickQuick),
		app.Elem("div").Class("field inline").Body(
			app.Elem("label").Attr("for", "quick-bulan").Text("Jumlah bulan (12 = setahun penuh)"),
			app.Input().ID("quick-bulan").Type("text").Attr("inputmode", "numeric").Value(c.monthsInit).
				Aria("describedby", "quick-bulan-error").
				OnInput(c.onQuickMonths),
		),
		ui.FieldError("quick-bulan-error", c.monthsErr),
		result,
	)
}

// The quick calculator's named actions (screen state only; the draft is
// not touched). The months field is typed: it is read on every keystroke and
// never written back (see "Typed fields" in ui.go).

func (c *beranda) pickQuick(ctx app.Context, v string) { c.quick = domain.Predikat(v) }

func (c *beranda) onQuickMonths(ctx app.Context, e app.Event) {
	c.monthsText = ctx.JSSrc().Get("value").String()
	c.monthsErr = ""
	if _, err := ParseMonths(c.monthsText, 12); err != nil {
		c.monthsErr = err.Error()
	}
}
