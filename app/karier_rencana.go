package app

// The Karier screen's answer to "Kapan saya naik?" (issue 11): the user's
// to-dos as checkboxes (rencana.tugas), the planner backwards from a goal
// (rencana.tujuan) with its path on a chart, and "Apa artinya bagi saya" —
// gaji pokok, TPG and KS candidacy from the MKG (profil.mkg), every figure an
// estimate with its source.
//
// Stable test hooks (data-testid unless noted):
//
//	tugas-<kode> (id)          the checkbox of a to-do in the list "Tugas Anda"
//	langkah-<i>-tugas-<kode> (id)  the same checkbox next to step i's condition
//	tujuan-jenis (id), tujuan-golongan (id), tujuan-jenjang (id), tujuan-tahun (id)
//	rencanakan, tujuan-hapus   plan / remove the goal
//	rencana                    the answer; data-status dapat_dicapai|sudah_tercapai|tidak_dapat_dicapai
//	rencana-pesan, rencana-sangat-baik, rencana-jalur-<tahun> (data-predikat),
//	rencana-langkah-<i>, rencana-tmt-<i>, rencana-ukkj-<i>, rencana-terbaik, rencana-paling-cepat
//	rencana-chart              the chart of the plan's projection
//	mkg-tahun (id), mkg-bulan (id), mkg-hapus
//	dampak, dampak-peristiwa-<i>, dampak-ks, dampak-tahun-<tahun>

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/app/view"
	"simkinerja/domain"
)

// SetTugas ticks or unticks a to-do of the user (rencana.tugas).
func (s *Store) SetTugas(ctx app.Context, kode string, done bool) error {
	err := s.Store.SetTugas(kode, done)
	if err == nil {
		s.notify(ctx)
	}
	return err
}

// SetTujuan stores the planner's goal (nil removes it).
func (s *Store) SetTujuan(ctx app.Context, t *domain.TujuanKarier) error {
	err := s.Store.SetTujuan(t)
	if err == nil {
		s.notify(ctx)
	}
	return err
}

// SetMKG stores the masa kerja golongan (nil removes it).
func (s *Store) SetMKG(ctx app.Context, m *domain.MasaKerja) error {
	err := s.Store.SetMKG(m)
	if err == nil {
		s.notify(ctx)
	}
	return err
}

// mkgTahunMaks is the largest MKG in years the domain accepts (profil.mkg).
const mkgTahunMaks = 50

// tujuanForm is the planner form as typed: what is typed stays until a goal
// is stored (then the stored goal is shown).
type tujuanForm struct {
	jenis, golongan, jenjang, tahun string
	typed                           bool
}

// form is the planner form: the stored goal, or what was typed.
func (c *karier) form(r domain.Record) tujuanForm {
	if c.tujuan.typed {
		return c.tujuan
	}
	f := tujuanForm{jenis: "golongan", golongan: "IV/a"}
	lo, _ := c.store.TahunTujuanRange()
	f.tahun = strconv.Itoa(lo + 4)
	if rc := r.Rencana; rc != nil && rc.Tujuan != nil {
		t := rc.Tujuan
		f.tahun = strconv.Itoa(t.Tahun)
		if t.Jenjang != "" {
			f.jenis, f.jenjang = "jenjang", string(t.Jenjang)
		} else {
			f.golongan = string(t.Golongan)
		}
	}
	if f.jenjang == "" {
		f.jenjang = string(domain.AhliMadya)
	}
	return f
}

// onTugas ticks the to-do named by data-tugas.
func (c *karier) onTugas(ctx app.Context, e app.Event) {
	err := c.store.SetTugas(ctx, data(ctx, "tugas"), ctx.JSSrc().Get("checked").Bool())
	c.errs, c.err = fieldErrors(err)
}

// onTujuanField keeps a typed field of the planner form (data-tujuan names it).
func (c *karier) onTujuanField(ctx app.Context, e app.Event) {
	f := c.form(c.store.Current().Record)
	v := ctx.JSSrc().Get("value").String()
	switch data(ctx, "tujuan") {
	case "jenis":
		f.jenis = v
	case "golongan":
		f.golongan = v
	case "jenjang":
		f.jenjang = v
	case "tahun":
		f.tahun = v
	}
	f.typed = true
	c.tujuan = f
}

// rencanakan stores the goal typed in the form; the planner answers from it.
func (c *karier) rencanakan(ctx app.Context, e app.Event) {
	f := c.form(c.store.Current().Record)
	y, err := strconv.Atoi(strings.TrimSpace(f.tahun))
	if err != nil {
		c.setLocalErr("rencana.tujuan.tahun", fmt.Sprintf("%q bukan tahun", f.tahun))
		return
	}
	t := &domain.TujuanKarier{Tahun: y, Golongan: domain.Golongan(f.golongan)}
	if f.jenis == "jenjang" {
		t.Golongan, t.Jenjang = "", domain.Jenjang(f.jenjang)
	}
	err = c.store.SetTujuan(ctx, t)
	c.errs, c.err = fieldErrors(err)
	if err == nil {
		c.tujuan = tujuanForm{}
	}
}

func (c *karier) hapusTujuan(ctx app.Context, e app.Event) {
	err := c.store.SetTujuan(ctx, nil)
	c.errs, c.err = fieldErrors(err)
	c.tujuan = tujuanForm{}
}

// onMKG stores the MKG years or months (data-mkg names which); an empty
// years field removes the MKG.
func (c *karier) onMKG(ctx app.Context, e app.Event) {
	which := data(ctx, "mkg")
	max := mkgTahunMaks
	if which == "bulan" {
		max = 11
	}
	n, err := parseCount(ctx.JSSrc().Get("value").String(), max)
	if err != nil {
		c.setLocalErr("profil.mkg."+which, err.Error())
		return
	}
	m := domain.MasaKerja{}
	if cur := c.store.Current().Record.Profil.MKG; cur != nil {
		m = *cur
	}
	if which == "bulan" {
		m.Bulan = n
	} else {
		m.Tahun = n
	}
	err = c.store.SetMKG(ctx, &m)
	c.errs, c.err = fieldErrors(err)
}

func (c *karier) hapusMKG(ctx app.Context, e app.Event) {
	err := c.store.SetMKG(ctx, nil)
	c.errs, c.err = fieldErrors(err)
}

// tugasCheck is one to-do checkbox with its label (a 44 px row); mark, when
// set, leads the label ("perlu", "✓ ditandai:").
func (c *karier) tugasCheck(id, kode, mark, label string, ditandai bool) app.UI {
	return app.Elem("div").Class("field check").Attr("data-tugas", kode).Body(
		app.Input().Type("checkbox").ID(id).Checked(ditandai).OnChange(c.onTugas),
		app.Elem("label").Attr("for", id).Body(
			app.If(mark != "", func() app.UI { return app.Elem("span").Class("mark").Text(mark + " ") }),
			app.Text(label),
		),
	)
}

// renderTugas is the list of every to-do the user ticks, by group.
func (c *karier) renderTugas(ts []view.Tugas) app.UI {
	return app.Elem("section").Class("card").Attr("data-testid", "karier-tugas").Aria("labelledby", "h-tugas").Body(
		app.Elem("h2").ID("h-tugas").Text("Tugas Anda"),
		app.Elem("p").Class("muted").Text("Hanya Anda yang tahu apakah ini sudah selesai. Simulator tidak pernah menganggapnya terpenuhi: centang bila sudah."),
		app.Range(ts).Slice(func(i int) app.UI {
			t := ts[i]
			return app.Elem("div").Body(
				app.If(i == 0 || ts[i-1].Kelompok != t.Kelompok, func() app.UI { return app.Elem("h3").Text(t.Kelompok) }),
				app.Elem("div").Class("tugas-row").Body(c.tugasCheck("tugas-"+t.Kode, t.Kode, "", t.Label, t.Ditandai), ui.SourceLinks(t.Sources)),
			)
		}),
	)
}

// golonganTujuanOptions lists the golongan a goal can name.
func golonganTujuanOptions() []ui.Option {
	var out []ui.Option
	for _, g := range domain.Golongans() {
		if j := domain.JenjangOf(g.Code); j.Keahlian() {
			out = append(out, ui.Option{Value: string(g.Code), Label: fmt.Sprintf("%s (%s)", g.Code, j.Label())})
		}
	}
	return out
}

// jenjangTujuanOptions lists the expertise jenjang a goal can name.
func jenjangTujuanOptions() []ui.Option {
	var out []ui.Option
	for _, j := range []domain.Jenjang{domain.AhliPertama, domain.AhliMuda, domain.AhliMadya, domain.AhliUtama} {
		out = append(out, ui.Option{Value: string(j), Label: j.Label()})
	}
	return out
}

// tujuanSelect is a select of the planner form bound to onTujuanField.
func (c *karier) tujuanSelect(field, label string, opts []ui.Option, value string) app.UI {
	id := "tujuan-" + field
	return app.Elem("div").Class("field").Attr("data-tujuan", field).Body(
		app.Elem("label").Attr("for", id).Text(label),
		app.Select().ID(id).OnChange(c.onTujuanField).Body(app.Range(opts).Slice(func(i int) app.UI {
			return app.Option().Value(opts[i].Value).Selected(opts[i].Value == value).Text(opts[i].Label)
		})),
	)
}

// renderTujuanForm is the planner form: a golongan or a jenjang, by a year.
func (c *karier) renderTujuanForm(r domain.Record) app.UI {
	f := c.form(r)
	lo, hi := c.store.TahunTujuanRange()
	target := c.tujuanSelect("golongan", "Golongan tujuan", golonganTujuanOptions(), f.golongan)
	if f.jenis == "jenjang" {
		target = c.tujuanSelect("jenjang", "Jenjang tujuan", jenjangTujuanOptions(), f.jenjang)
	}
	ada := r.Rencana != nil && r.Rencana.Tujuan != nil
	return app.Elem("div").Class("no-print").Body(
		app.Elem("div").Class("grid2").Body(
			c.tujuanSelect("jenis", "Tujuan berupa", []ui.Option{{Value: "golongan", Label: "golongan"}, {Value: "jenjang", Label: "jenjang"}}, f.jenis),
			target,
		),
		app.Elem("div").Class("field").Attr("data-tujuan", "tahun").Body(
			app.Elem("label").Attr("for", "tujuan-tahun").Text(fmt.Sprintf("Paling lambat tahun (%d–%d)", lo, hi)),
			app.Input().ID("tujuan-tahun").Type("number").Attr("inputmode", "numeric").Attr("min", lo).Attr("max", hi).Value(f.tahun).
				Aria("describedby", "tujuan-tahun-error").OnChange(c.onTujuanField),
			ui.FieldError("tujuan-tahun-error", c.fieldErr("rencana.tujuan.tahun")),
		),
		ui.FieldError("tujuan-error", c.fieldErr("rencana.tujuan")+c.fieldErr("rencana.tujuan.golongan")+c.fieldErr("rencana.tujuan.jenjang")),
		app.Elem("div").Class("actions").Body(
			app.Button().Type("button").Class("primary").Attr("data-testid", "rencanakan").Text("Rencanakan").OnClick(c.rencanakan),
			app.If(ada, func() app.UI {
				return app.Button().Type("button").Class("link").Attr("data-testid", "tujuan-hapus").Text("Hapus tujuan").OnClick(c.hapusTujuan)
			}),
		),
	)
}

// renderRencana is the planner: the form and, with a goal, its answer.
func (c *karier) renderRencana(r domain.Record, rp *domain.RencanaResult) app.UI {
	var answer app.UI
	switch {
	case r.Profil.Status == domain.PPPK:
		return app.Elem("section").Class("card").Aria("labelledby", "h-rencana").Body(
			app.Elem("h2").ID("h-rencana").Text("Rencana mundur"),
			app.Elem("p").Class("muted").Attr("data-testid", "rencana-pppk").Text("PPPK tidak memperoleh angka kredit: kenaikan pangkat dan perencana mundur tidak berlaku."),
		)
	case rp != nil:
		answer = renderJawaban(view.NewRencana(rp), rp)
	case r.Rencana != nil && r.Rencana.Tujuan != nil:
		answer = app.Elem("p").Class("notice warn").Attr("data-testid", "rencana").Text("Tujuan ini tidak dapat direncanakan dari posisi sekarang (periksa golongan dan jenjang di atas).")
	}
	return app.Elem("section").Class("card").Aria("labelledby", "h-rencana").Body(
		app.Elem("h2").ID("h-rencana").Text("Rencana mundur: predikat apa agar naik tepat waktu?"),
		app.Elem("p").Class("muted").Text("Pilih tujuan; simulator mencari jalur predikat yang paling ringan (Sangat Baik sesedikit mungkin, sedini mungkin)."),
		c.renderTujuanForm(r),
		answer,
	)
}

// renderJawaban is the planner's answer: path, Sangat Baik years, dates, or
// the best reachable.
func renderJawaban(v view.Rencana, rp *domain.RencanaResult) app.UI {
	return app.Elem("div").Class("rencana").Attr("data-testid", "rencana").Attr("data-status", v.Status).Body(
		app.Elem("h3").Text(v.Judul),
		app.Elem("p").Class("big-text").Attr("data-testid", "rencana-pesan").Text(v.Pesan),
		app.If(v.SangatBaik != "", func() app.UI { return app.Elem("p").Attr("data-testid", "rencana-sangat-baik").Text(v.SangatBaik) }),
		app.If(len(v.Jalur) > 0, func() app.UI {
			return app.Elem("ol").Class("jalur").Aria("label", "Jalur predikat per tahun").Body(app.Range(v.Jalur).Slice(func(i int) app.UI {
				j := v.Jalur[i]
				cls := "jalur-tahun"
				if j.SangatBaik {
					cls += " sb"
				}
				return app.Elem("li").Class(cls).Attr("data-testid", fmt.Sprintf("rencana-jalur-%d", j.Tahun)).Attr("data-predikat", j.Predikat).
					Body(app.Elem("strong").Text(strconv.Itoa(j.Tahun)+": "), app.Text(j.Predikat))
			}))
		}),
		app.If(len(v.Langkah) > 0, func() app.UI {
			return app.Elem("ul").Class("syarat").Body(app.Range(v.Langkah).Slice(func(i int) app.UI {
				l := v.Langkah[i]
				return app.Elem("li").Attr("data-testid", fmt.Sprintf("rencana-langkah-%d", i)).Body(
					app.Elem("strong").Text(l.Judul+": "),
					app.Elem("span").Attr("data-testid", fmt.Sprintf("rencana-tmt-%d", i)).Text("TMT paling cepat "+l.TMT),
					app.Text(" ("+l.Tahun+")"),
					app.If(l.UKKJ != "", func() app.UI {
						return app.Elem("span").Attr("data-testid", fmt.Sprintf("rencana-ukkj-%d", i)).Body(app.Text("; "+l.UKKJ+" "), ui.Badge("", "asumsi", "asumsi"))
					}),
				)
			}))
		}),
		app.If(v.Terbaik != "", func() app.UI { return app.Elem("p").Attr("data-testid", "rencana-terbaik").Text(v.Terbaik) }),
		app.If(v.PalingCepat != "", func() app.UI { return app.Elem("p").Attr("data-testid", "rencana-paling-cepat").Text(v.PalingCepat) }),
		app.If(rp.Karier != nil && len(rp.Karier.Tahunan) > 0, func() app.UI {
			return app.Elem("div").Class("chart-wrap").Body(app.Raw(rencanaChart(rp)))
		}),
		app.Elem("p").Class("muted small").Body(ui.Badge("", "asumsi", "perkiraan"), app.Text(" "+v.Catatan+" "), ui.SourceLinks(v.Sources)),
	)
}

// renderDampak is "Apa artinya bagi saya": the MKG input and, with it, the
// gaji pokok before → after each step and KGB, TPG and KS by year.
func (c *karier) renderDampak(p domain.Profil, d *domain.DampakKarier) app.UI {
	tahun, bulan := "", ""
	if p.MKG != nil {
		tahun, bulan = strconv.Itoa(p.MKG.Tahun), strconv.Itoa(p.MKG.Bulan)
	}
	return app.Elem("section").Class("card").Aria("labelledby", "h-dampak").Body(
		app.Elem("h2").ID("h-dampak").Text("Apa artinya bagi saya"),
		app.Elem("p").Class("muted").Text(fmt.Sprintf("Isi masa kerja golongan (MKG) pada 1 Januari %d untuk memperkirakan gaji pokok, TPG dan peluang menjadi kepala sekolah.", c.store.Current().Record.Tahun[0].Tahun)),
		app.Elem("div").Class("grid2 no-print").Body(
			mkgField("mkg-tahun", "tahun", "MKG (tahun)", tahun, mkgTahunMaks, c.fieldErr("profil.mkg.tahun"), c.onMKG),
			mkgField("mkg-bulan", "bulan", "MKG (bulan, 0–11)", bulan, 11, c.fieldErr("profil.mkg.bulan"), c.onMKG),
		),
		app.If(p.MKG != nil, func() app.UI {
			return app.Button().Type("button").Class("link no-print").Attr("data-testid", "mkg-hapus").Text("Hapus MKG").OnClick(c.hapusMKG)
		}),
		app.If(p.Status == domain.PPPK, func() app.UI {
			return app.Elem("p").Class("muted").Text("Perkiraan gaji pokok di sini hanya untuk PNS.")
		}),
		app.If(d != nil, func() app.UI { return renderDampakList(view.NewDampak(d)) }),
	)
}

func mkgField(id, which, label, value string, max int, msg string, on app.EventHandler) app.UI {
	return app.Elem("div").Class("field").Attr("data-mkg", which).Body(
		app.Elem("label").Attr("for", id).Text(label),
		app.Input().ID(id).Type("number").Attr("inputmode", "numeric").Attr("min", 0).Attr("max", max).Value(value).
			Aria("describedby", id+"-error").OnChange(on),
		ui.FieldError(id+"-error", msg),
	)
}

// renderDampakList lists the gaji pokok changes and the TPG and KS by year.
func renderDampakList(v view.Dampak) app.UI {
	return app.Elem("div").Attr("data-testid", "dampak").Body(
		app.Elem("h3").Body(app.Text("Gaji pokok sebelum → sesudah "), ui.Badge("", "asumsi", "perkiraan")),
		app.If(len(v.Peristiwa) == 0, func() app.UI {
			return app.Elem("p").Class("muted").Text("Tidak ada kenaikan dalam proyeksi yang tercakup tabel gaji.")
		}),
		app.Elem("ul").Class("syarat").Body(app.Range(v.Peristiwa).Slice(func(i int) app.UI {
			p := v.Peristiwa[i]
			return app.Elem("li").Attr("data-testid", fmt.Sprintf("dampak-peristiwa-%d", i)).Body(
				app.Elem("strong").Text(p.Tanggal+" — "+p.Judul+": "),
				app.Text(p.Sebelum+" → "+p.Sesudah+" ("+p.Selisih+" per bulan; "+p.DgnTPG+" dengan TPG) "),
				ui.Badge("", "asumsi", "perkiraan "+p.Basis), ui.SourceLinks(p.Sources),
			)
		})),
		app.Elem("p").Attr("data-testid", "dampak-ks").Body(app.Text(v.KS+" "), ui.Badge("", "asumsi", "perkiraan"), ui.SourceLinks([]string{"PD7"})),
		app.Elem("details").Body(
			app.Elem("summary").Text("TPG dan calon kepala sekolah per tahun"),
			ui.TableWrap("Tabel TPG dan kepala sekolah per tahun").Body(app.Elem("table").Class("data").Body(
				ui.HeadRow("Per", "Golongan · MKG", "Gaji pokok", "TPG", "Kepala sekolah"),
				app.Elem("tbody").Body(app.Range(v.Tahunan).Slice(func(i int) app.UI {
					t := v.Tahunan[i]
					return app.Elem("tr").Attr("data-testid", "dampak-tahun-"+t.Tahun).Body(
						app.Elem("th").Attr("scope", "row").Text(t.Tanggal),
						app.Elem("td").Text(t.Golongan+" · "+t.MKG),
						app.Elem("td").Text(t.GajiPokok),
						app.Elem("td").Text(t.TPG),
						app.Elem("td").Text(t.KS),
					)
				})),
			)),
		),
		app.Elem("p").Class("muted small").Body(app.Text(v.Catatan+" "), ui.SourceLinks(v.Sources)),
	)
}

// rencanaChart draws the projection along the plan: the bars of AK per year
// with "SB" over each planned Sangat Baik year and ▲ on each step.
func rencanaChart(rp *domain.RencanaResult) string {
	bars, ths, desc := karierChartData(rp.Karier)
	// The planned years with Sangat Baik (all of them when the goal cannot be
	// reached: that projection shows the best reachable).
	notes := map[int]string{}
	for i, t := range rp.Karier.Tahunan {
		if !t.Tercatat && t.Predikat == domain.SangatBaik {
			notes[i] = "SB"
		}
	}
	desc = "Jalur rencana (" + rp.Tujuan.Label() + "): " + desc
	return careerChartSVGID("rencana-chart", "Grafik jalur rencana: AK dalam jenjang per tahun", desc, bars, ths, notes)
}
