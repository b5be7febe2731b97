package app

// Ringkasan (/ringkasan): a one-page summary of the current draft made for
// printing — predikat and AK per period, the total, the cycle status, the
// competency points, the documents and the career projection — with a
// "Cetak" button (window.print). web/print.css fits it on one A4 page.
//
// Stable test hooks (data-testid unless noted):
//
//	cetak                      the print button
//	ringkasan                  the summary root
//	ringkasan-periode-<name>   period row
//	ringkasan-ak               the year's AK
//	ringkasan-siklus-<name>    cycle status of a period ("A selesai · B belum …")
//	ringkasan-kompetensi-<name>  points / status of a period
//	ringkasan-karier           the first step that can be considered (when projected), with its TMT
//	ringkasan-tugas            the to-dos not ticked yet
//	ringkasan-rencana          the planner's answer, when a goal is set
//	ringkasan-dampak           the first gaji pokok changes (estimates)
//	karier-chart               the career chart (see chart.go)

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/app/view"
	"simkinerja/domain"
)

// ringkasanMaksAsumsi bounds the assumptions listed so the page stays one
// page; the rest are counted.
const ringkasanMaksAsumsi = 4

// ringkasanMaksTahun bounds the projected years drawn in the printed chart.
const ringkasanMaksTahun = 12

// ringkasan is the /ringkasan screen.
type ringkasan struct {
	app.Compo
	draftScreen
}

func newRingkasan() *ringkasan { return &ringkasan{} }

func (c *ringkasan) Render() app.UI {
	if c.store == nil {
		return layout(nil, "/ringkasan", app.Elem("p").Text("Memuat…"))
	}
	d := c.store.Current()
	sc := d.Scenario
	res := c.store.Result()
	who := d.Name
	if id := sc.Identitas; id != nil && id.Nama != "" {
		who = id.Nama
		if id.NIP != "" {
			who += " · NIP " + id.NIP
		}
	}
	return layout(c.store, "/ringkasan",
		app.Elem("div").Class("actions no-print").Body(
			app.Button().Type("button").Class("primary").Attr("data-testid", "cetak").Text("Cetak").
				OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("print") }),
			app.Elem("span").Class("muted").Text(" Ringkasan muat pada satu halaman A4; pilih \"Simpan sebagai PDF\" untuk berkas."),
		),
		app.Elem("article").Class("ringkasan").Attr("data-testid", "ringkasan").Body(
			app.Elem("h1").Text("Ringkasan kinerja — "+who),
			app.Elem("p").Class("lead").Text(scenarioSummary(sc)+fmt.Sprintf(" · koefisien %s · penilai: %s", sc.Jenjang.Koefisien().Display(), sc.Role.Penilai())),
			c.renderPeriods(res),
			app.Elem("p").Class("big").Body(
				app.Text("Angka kredit setahun: "),
				app.Elem("span").Attr("data-testid", "ringkasan-ak").Text(res.AngkaKreditTotal),
				app.Text(" AK"),
				app.If(res.Metode == metodeTahunan, func() app.UI { return app.Elem("small").Text("dari predikat tahunan (asumsi)") }),
			),
			c.renderCycle(res),
			c.renderKarier(res.Karier),
			renderRingkasRencana(c.store.RecordResult()),
			c.renderAsumsi(res),
			app.Elem("p").Class("muted small print-only").Text("Simulator, bukan keputusan resmi. Predikat dan angka kredit resmi ditetapkan melalui e-Kinerja BKN dan PMM."),
		),
	)
}

func (c *ringkasan) renderPeriods(res domain.Result) app.UI {
	return ui.TableWrap("Tabel predikat per periode").Body(app.Elem("table").Class("data compact").Body(
		app.Elem("caption").Text("Predikat dan angka kredit per periode"),
		ui.HeadRow("Periode", "Bulan", "Hasil Kerja", "Perilaku Kerja", "Predikat", "AK"),
		app.Elem("tbody").Body(app.Range(res.Periods).Slice(func(i int) app.UI {
			p := res.Periods[i]
			pred := "belum lengkap"
			switch {
			case p.Status == domain.StatusTertahan:
				pred = p.PredikatLabel + " (tertahan: dokumen " + strings.Join(p.Dokumen.Kurang, ", ") + ")"
			case p.Predikat != "":
				pred = p.PredikatLabel
			}
			rating := func(r domain.RatingResult) string {
				if r.Label == "" {
					return "—"
				}
				if r.Sumber == domain.SumberSaranMedian || r.Sumber == domain.SumberAsumsiSesuai {
					return r.Label + "*"
				}
				return r.Label
			}
			return app.Elem("tr").Attr("data-testid", "ringkasan-periode-"+p.Name).Body(
				app.Elem("th").Attr("scope", "row").Text(shortPeriod(p)),
				app.Elem("td").Text(fmt.Sprintf("%d", p.Months)),
				app.Elem("td").Text(rating(p.HasilKerja)),
				app.Elem("td").Text(rating(p.Perilaku)),
				app.Elem("td").Text(pred),
				app.Elem("td").Text(p.AngkaKredit),
			)
		})),
	))
}

// renderCycle lists per period the stage statuses, points and documents.
func (c *ringkasan) renderCycle(res domain.Result) app.UI {
	return app.Elem("section").Class("ringkas-siklus").Body(
		app.Elem("h2").Text("Siklus, kompetensi, dan dokumen"),
		app.Elem("ul").Body(app.Range(res.Periods).Slice(func(i int) app.UI {
			p := res.Periods[i]
			parts := make([]string, len(p.Siklus))
			for k, st := range p.Siklus {
				parts[k] = string(st.Stage) + " " + st.Status
			}
			komp := p.Kompetensi.StatusText
			if p.Kompetensi.Poin {
				komp = fmt.Sprintf("%d/%d poin — %s", p.Kompetensi.Total, p.Kompetensi.Minimum, p.Kompetensi.StatusText)
			}
			if komp == "" {
				komp = "—"
			}
			dok := "lengkap"
			if len(p.Dokumen.Kurang) > 0 {
				dok = "kurang " + strings.Join(p.Dokumen.Kurang, ", ")
			}
			return app.Elem("li").Body(
				app.Elem("strong").Text(shortPeriod(p)+": "),
				app.Elem("span").Attr("data-testid", "ringkasan-siklus-"+p.Name).Text(strings.Join(parts, " · ")),
				app.Text(" | Kompetensi: "),
				app.Elem("span").Attr("data-testid", "ringkasan-kompetensi-"+p.Name).Text(komp),
				app.Text(" | Dokumen: "+dok),
			)
		})),
	)
}

// renderKarier shows the first steps and a compact chart of the projection.
func (c *ringkasan) renderKarier(kr *domain.KarierResult) app.UI {
	if kr == nil || len(kr.Tahunan) == 0 {
		return app.Elem("p").Class("muted").Body(app.Text("Proyeksi karier belum diisi ("), app.A().Href("/karier").Text("Karier"), app.Text(")."))
	}
	short := *kr
	if len(short.Tahunan) > ringkasanMaksTahun {
		short.Tahunan = short.Tahunan[:ringkasanMaksTahun]
	}
	var steps []string
	for _, l := range kr.Langkah {
		w := "belum tercapai dalam proyeksi"
		if l.Tahun > 0 {
			w = fmt.Sprintf("tahun %d", l.Tahun)
			if l.TMTText != "" {
				w += ", TMT paling cepat " + l.TMTText
			}
		}
		steps = append(steps, fmt.Sprintf("%s — %s: %s", view.LangkahJudul(l), w, l.Verdict))
	}
	k := view.NewKarier(kr)
	first := k.Kapan
	if len(steps) > 3 {
		steps = append(steps[:3], fmt.Sprintf("dan %d langkah lainnya", len(kr.Langkah)-3))
	}
	return app.Elem("section").Class("ringkas-karier").Body(
		app.Elem("h2").Text(fmt.Sprintf("Proyeksi karier (mulai %d, %s, %s AK dalam jenjang)", kr.TahunMulai, kr.Golongan, kr.AKAwalText)),
		app.Elem("p").Attr("data-testid", "ringkasan-karier").Text(first),
		app.Elem("ul").Class("small").Body(app.Range(steps).Slice(func(i int) app.UI { return app.Elem("li").Text(TanpaKode(steps[i])) })),
		app.Elem("div").Class("chart-wrap small-chart").Body(app.Raw(karierChart(&short))),
	)
}

// renderAsumsi lists the first assumptions and counts the rest.
func (c *ringkasan) renderAsumsi(res domain.Result) app.UI {
	if len(res.Asumsi) == 0 {
		return nil
	}
	list := res.Asumsi
	rest := 0
	if len(list) > ringkasanMaksAsumsi {
		rest = len(list) - ringkasanMaksAsumsi
		list = list[:ringkasanMaksAsumsi]
	}
	return app.Elem("section").Class("ringkas-asumsi small").Body(
		app.Elem("h2").Text(fmt.Sprintf("Asumsi simulator (%d)", len(res.Asumsi))),
		app.Elem("ul").Body(
			app.Range(list).Slice(func(i int) app.UI { return app.Elem("li").Text(TanpaKode(list[i].Pesan)) }),
			app.If(rest > 0, func() app.UI {
				return app.Elem("li").Body(app.Text(fmt.Sprintf("dan %d lainnya — lihat ", rest)), app.A().Href("/simulasi").Text("Simulasi"))
			}),
		),
		app.Elem("p").Text("* rating saran/asumsi simulator, bukan dari penilai."),
	)
}

// renderRingkasRencana prints the to-dos not ticked, the planner's answer and
// the first gaji pokok changes, each marked as an estimate.
func renderRingkasRencana(rr domain.RecordResult) app.UI {
	if rr.Karier == nil {
		return nil
	}
	var tugas []string
	seen := map[string]bool{}
	for _, l := range rr.Karier.Langkah {
		for _, k := range l.Tugas {
			if !seen[k] {
				seen[k] = true
				tugas = append(tugas, view.TugasLabel(k))
			}
		}
	}
	var rencana, dampak []string
	if rr.Rencana != nil {
		v := view.NewRencana(rr.Rencana)
		rencana = append(rencana, v.Judul+": "+v.Pesan)
		for _, l := range v.Langkah {
			rencana = append(rencana, l.Judul+": TMT paling cepat "+l.TMT)
		}
	}
	if rr.Dampak != nil {
		for i, p := range view.NewDampak(rr.Dampak).Peristiwa {
			if i == 3 {
				break
			}
			dampak = append(dampak, fmt.Sprintf("%s — %s: %s → %s", p.Tanggal, p.Judul, p.Sebelum, p.Sesudah))
		}
	}
	return app.Elem("section").Class("ringkas-rencana small").Body(
		app.If(len(tugas) > 0, func() app.UI {
			return app.Elem("p").Attr("data-testid", "ringkasan-tugas").Text("Tugas Anda yang belum ditandai: " + strings.Join(tugas, "; ") + ".")
		}),
		app.If(len(rencana) > 0, func() app.UI {
			return app.Elem("ul").Attr("data-testid", "ringkasan-rencana").Body(app.Range(rencana).Slice(func(i int) app.UI { return app.Elem("li").Text(rencana[i]) }))
		}),
		app.If(len(dampak) > 0, func() app.UI {
			return app.Elem("p").Attr("data-testid", "ringkasan-dampak").Text("Gaji pokok (perkiraan, PP 5/2024, tabel sementara): " + strings.Join(dampak, "; ") + ".")
		}),
	)
}
