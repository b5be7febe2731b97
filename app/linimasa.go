package app

// Linimasa (/linimasa): the month-by-month calendar of a rule year (SKP month,
// stages A–G, months placed by assumption marked) and, for a newly appointed
// ASN, the appointment month (TMT) with what applies in each period: the full
// cycle, auto-completed implementation (perilaku only) or nothing, the months
// counted, and the assumption for October (2024) or the whole 2025 table.
//
// Stable test hooks (data-testid unless noted):
//
//	linimasa-tahun             id of the rule-year select
//	linimasa-tmt               id of the appointment-month select ("" = bukan pegawai baru)
//	bulan-<m>                  calendar month m (1–12); data-asumsi="1" when placed by assumption
//	bulan-<m>-asumsi           assumption marker of month m
//	tl-<period>                what applies in a period for the chosen TMT; data-status=penuh|otomatis|tidak_berlaku
//	tl-<period>-status         its status wording
//	tl-<period>-bulan          months counted
//	tl-<period>-asumsi         the assumption marker (e.g. TMT Oktober 2024)
//	tmt-terapkan, tmt-hapus    buttons: write the TMT into the draft / remove it
//	tmt-draf                   the TMT stored in the draft
//	edit-error                 refusal of an edit

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/domain"
)

// linimasa is the /linimasa screen. The year and month chosen here are a
// preview; the draft changes only with "Terapkan ke draf".
type linimasa struct {
	app.Compo
	draftScreen
	year   domain.RuleYear // rule year shown
	month  int             // appointment month 1–12, 0 = not a new appointee
	picked bool            // year/month chosen by the user (else taken from the draft)
}

func newLinimasa() *linimasa { return &linimasa{} }

// syncFromDraft takes year and TMT from the draft until the user picks.
func (c *linimasa) syncFromDraft(sc domain.Scenario) {
	if c.picked {
		return
	}
	c.year, c.month = sc.Rules, 0
	if y, m, ok := splitTMT(sc.TMT); ok && domain.RuleYear(strconv.Itoa(y)) == sc.Rules {
		c.month = m
	}
}

// splitTMT reads "YYYY-MM".
func splitTMT(tmt string) (year, month int, ok bool) {
	ys, ms, found := strings.Cut(tmt, "-")
	if !found {
		return 0, 0, false
	}
	y, err1 := strconv.Atoi(ys)
	m, err2 := strconv.Atoi(ms)
	return y, m, err1 == nil && err2 == nil && m >= 1 && m <= 12
}

func (c *linimasa) tmt() string {
	if c.month == 0 {
		return ""
	}
	return fmt.Sprintf("%s-%02d", c.year, c.month)
}

func (c *linimasa) Render() app.UI {
	if c.store == nil {
		return layout(nil, "/linimasa", app.Elem("p").Text("Memuat…"))
	}
	sc := c.store.Current().Scenario
	c.syncFromDraft(sc)
	rs, ok := domain.Rules(c.year)
	if !ok {
		c.year = domain.RuleYears()[0]
		rs, _ = domain.Rules(c.year)
	}
	months := []ui.Option{{Value: "", Label: "— bukan pegawai baru tahun ini —"}}
	for m := 1; m <= 12; m++ {
		label := domain.NamaBulan(m) + " " + string(c.year)
		if rs.Penempatan[m-1].Asumsi {
			label += " (asumsi)"
		}
		months = append(months, ui.Option{Value: strconv.Itoa(m), Label: label})
	}
	cur := ""
	if c.month > 0 {
		cur = strconv.Itoa(c.month)
	}
	return layout(c.store, "/linimasa",
		app.Elem("h1").Text("Linimasa setahun"),
		app.Elem("p").Class("lead").Text("Kalender kegiatan kinerja bulan demi bulan dan, bagi pegawai baru, periode yang berlaku sejak TMT."),
		app.Elem("div").Class("grid2").Body(
			ui.SelectField("linimasa-tahun", "Tahun aturan", ruleYearOptions(), string(c.year), false, c.pickYear),
			ui.SelectField("linimasa-tmt", "Bulan pengangkatan (TMT)", months, cur, false, c.pickMonth),
		),
		c.editError(),
		c.renderSKP(),
		c.renderTimeline(sc, rs),
		c.renderKalender(rs),
		printLink(),
	)
}

// timelineStatusText is the wording of a period's status for the appointee.
func timelineStatusText(s string) string {
	switch s {
	case domain.TLPenuh:
		return "Siklus penuh hingga penilaian"
	case domain.TLOtomatis:
		return "Pelaksanaan otomatis; dinilai Perilaku Kerja saja"
	}
	return "Tidak berlaku (sebelum pengangkatan)"
}

// renderTimeline shows, per period, what applies for the chosen TMT.
func (c *linimasa) renderTimeline(sc domain.Scenario, rs domain.RuleSet) app.UI {
	tl := domain.Timeline(rs, c.tmt())
	title := "Tanpa TMT pada tahun " + string(rs.Year) + ": setiap periode dijalani penuh"
	if c.month > 0 {
		title = "Diangkat " + domain.NamaBulan(c.month) + " " + string(rs.Year)
	}
	draftTMT := "tidak ada"
	if sc.TMT != "" {
		draftTMT = sc.TMT
	}
	sameYear := sc.Rules == rs.Year
	apply := "Terapkan ke draf"
	if !sameYear {
		apply = "Terapkan ke draf (tahun " + string(rs.Year) + " pada draf; tahun lain tidak berubah)"
	}
	return app.Elem("section").Class("card").Aria("labelledby", "h-tl").Body(
		app.Elem("h2").ID("h-tl").Text(title),
		app.Elem("div").Class("timeline").Body(app.Range(tl).Slice(func(k int) app.UI {
			t := tl[k]
			def, _ := rs.Period(t.Period)
			pid := "tl-" + t.Period
			return app.Elem("article").Class("tl-period tl-"+t.Status).Attr("data-testid", pid).Attr("data-status", t.Status).Body(
				app.Elem("h3").Text(def.Label),
				app.Elem("p").Body(
					app.Elem("strong").Attr("data-testid", pid+"-status").Text(timelineStatusText(t.Status)),
					app.If(t.Asumsi, func() app.UI {
						return app.Elem("span").Body(app.Text(" "), ui.Badge(pid+"-asumsi", "asumsi", "Asumsi"))
					}),
				),
				app.If(t.Status != domain.TLTidakBerlaku, func() app.UI {
					return app.Elem("div").Body(
						app.Elem("p").Body(app.Text("Bulan dihitung untuk AK: "), app.Elem("strong").Attr("data-testid", pid+"-bulan").Text(strconv.Itoa(t.Bulan))),
						listBlock("Dikerjakan", t.Dikerjakan),
						listBlock("Diselesaikan sistem", t.Otomatis),
						listBlock("Dinilai", t.Dinilai),
					)
				}),
				app.If(t.Catatan != "", func() app.UI {
					cls := "muted"
					if t.Asumsi {
						cls = "assumption"
					}
					return app.Elem("p").Class(cls).Text(t.Catatan)
				}),
			)
		})),
		app.Elem("p").Body(app.Text("TMT dalam draf: "), app.Elem("strong").Attr("data-testid", "tmt-draf").Text(draftTMT)),
		app.Elem("div").Class("actions no-print").Body(
			app.If(c.month > 0, func() app.UI {
				return app.Button().Type("button").Class("primary").Attr("data-testid", "tmt-terapkan").Text(apply).
					OnClick(c.onApply)
			}),
			app.If(sc.TMT != "", func() app.UI {
				return app.Button().Type("button").Attr("data-testid", "tmt-hapus").Text("Hapus TMT dari draf").
					OnClick(c.onRemoveTMT)
			}),
		),
	)
}

// ApplyTMT sets the appointment month of a scenario and fits its periods to
// it: periods that do not apply are removed, the others count the months of
// the timeline, and periods missing from the scenario are added with the
// role's documents ticked. What the user entered in a kept period stays.
func ApplyTMT(s *domain.Scenario, tmt string) {
	rs, ok := domain.Rules(s.Rules)
	if !ok {
		return
	}
	s.TMT = tmt
	fresh := domain.NewScenario(s.Rules, s.Role, s.Jenjang)
	var out []domain.Period
	for _, t := range domain.Timeline(rs, tmt) {
		if t.Status == domain.TLTidakBerlaku {
			continue
		}
		var p *domain.Period
		for i := range s.Periods {
			if s.Periods[i].Name == t.Period {
				p = &s.Periods[i]
			}
		}
		if p == nil {
			for i := range fresh.Periods {
				if fresh.Periods[i].Name == t.Period {
					p = &fresh.Periods[i]
				}
			}
		}
		if p == nil {
			continue
		}
		np := *p
		np.Months = t.Bulan
		out = append(out, np)
	}
	s.Periods = out
}

// listBlock renders a short labelled list, nothing when empty.
func listBlock(title string, items []string) app.UI {
	if len(items) == 0 {
		return nil
	}
	return app.Elem("div").Class("list-block").Body(
		app.Elem("span").Class("label").Text(title+": "),
		app.Elem("span").Text(strings.Join(items, "; ")),
	)
}

// renderKalender is the month-by-month calendar of the rule year.
func (c *linimasa) renderKalender(rs domain.RuleSet) app.UI {
	kal := domain.Kalender(rs)
	return app.Elem("section").Class("card").Aria("labelledby", "h-kal").Body(
		app.Elem("h2").ID("h-kal").Text("Kalender aturan "+rs.Year),
		app.Elem("ol").Class("calendar").Body(app.Range(kal).Slice(func(k int) app.UI {
			b := kal[k]
			mid := fmt.Sprintf("bulan-%d", b.Bulan)
			li := app.Elem("li").Class("month").Attr("data-testid", mid)
			if b.Asumsi {
				li = li.Attr("data-asumsi", "1").Class("asumsi")
			}
			if c.month > 0 && b.Bulan == c.month {
				li = li.Class("tmt").Aria("current", "date")
			}
			return li.Body(
				app.Elem("h3").Body(
					app.Text(b.Nama),
					app.If(c.month > 0 && b.Bulan == c.month, func() app.UI { return app.Elem("span").Class("badge tmt").Text(" TMT") }),
					app.If(b.Asumsi, func() app.UI {
						return app.Elem("span").Body(app.Text(" "), ui.Badge(mid+"-asumsi", "asumsi", "asumsi"))
					}),
				),
				app.Elem("small").Class("muted").Text(b.PeriodLabel),
				app.If(len(b.Kegiatan) == 0, func() app.UI { return app.Elem("p").Class("muted").Text("Tugas harian") }),
				app.Elem("ul").Body(app.Range(b.Kegiatan).Slice(func(j int) app.UI { return app.Elem("li").Text(b.Kegiatan[j]) })),
				app.If(b.Catatan != "", func() app.UI { return app.Elem("p").Class("assumption").Text(b.Catatan) }),
			)
		})),
	)
}

// applyTMT writes the TMT into the draft: the TMT's calendar year is
// shown (added to the draft first when it is not there, profile copied, no
// ratings), and its periods follow the new-appointee table. Other years are
// not touched.
func (c *linimasa) applyTMT(ctx app.Context, tmt string) {
	y, _, ok := splitTMT(tmt)
	if !ok {
		return
	}
	if c.store.Current().Tahun != y {
		if err := c.store.AddTahun(ctx, y); err != nil {
			c.errs, c.err = fieldErrors(err)
			return
		}
	}
	// Periods before the TMT go (with what was entered in them): undoable.
	c.editUndoable(ctx, "TMT "+tmt+" diterapkan", func(s *domain.Scenario) { ApplyTMT(s, tmt) })
}

// renderSKP shows the SKP deadline of the year on screen and whether the
// SKP was approved; a passed deadline without approval in a year with
// lockout is a warning (data-testid skp, skp-batas, skp-disetujui (id),
// skp-lockout).
func (c *linimasa) renderSKP() app.UI {
	d := c.store.Current()
	res := c.store.Result()
	k := res.SKP
	if k == nil {
		return nil
	}
	approved := false
	if i := d.Record.TahunIndex(d.Tahun); i >= 0 && d.Record.Tahun[i].SKP != nil {
		approved = d.Record.Tahun[i].SKP.Disetujui
	}
	return app.Elem("section").Class("card").Attr("data-testid", "skp").Aria("labelledby", "h-skp").Body(
		app.Elem("h2").ID("h-skp").Text("SKP tahun "+strconv.Itoa(d.Tahun)),
		app.If(k.Batas != "", func() app.UI {
			return app.Elem("p").Body(app.Text("Batas persetujuan SKP: "), app.Elem("strong").Attr("data-testid", "skp-batas").Text(tanggal(k.Batas)))
		}),
		app.Elem("p").Body(app.Text(k.Pesan+" "),
			app.If(k.Asumsi, func() app.UI { return ui.Badge("", "asumsi", "asumsi") }), ui.SourceLinks(k.Sources)),
		app.Elem("div").Class("field check").Body(
			app.Input().Type("checkbox").ID("skp-disetujui").Checked(approved).OnChange(c.onSKP),
			app.Elem("label").Attr("for", "skp-disetujui").Text("SKP tahun ini sudah disetujui atasan"),
		),
		app.If(k.Lewat && k.Lockout && !approved, func() app.UI {
			return app.Elem("p").Class("notice error").Attr("role", "alert").Attr("data-testid", "skp-lockout").
				Text("Batas SKP sudah lewat tanpa SKP yang disetujui: menurut aturan tahun ini, tahun tersebut tidak memperoleh nilai kinerja. Segera hubungi atasan.")
		}),
	)
}

// onSKP records whether the year's SKP was approved.
func (c *linimasa) onSKP(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("checked").Bool()
	tahun := c.store.Current().Tahun
	err := c.store.EditRecord(ctx, "", func(r *domain.Record) {
		if i := r.TahunIndex(tahun); i >= 0 {
			r.Tahun[i].SKP = &domain.SKP{Disetujui: v}
		}
	})
	c.errs, c.err = fieldErrors(err)
}

// tanggal writes a YYYY-MM-DD date the Indonesian way ("31 Januari 2026").
func tanggal(iso string) string {
	y, m, ok := splitTMT(iso[:min(7, len(iso))])
	if !ok || len(iso) < 10 {
		return iso
	}
	day := strings.TrimLeft(iso[8:10], "0")
	return day + " " + domain.NamaBulan(m) + " " + strconv.Itoa(y)
}

// The screen's named actions.

func (c *linimasa) pickYear(ctx app.Context, v string) { c.year, c.picked = domain.RuleYear(v), true }

func (c *linimasa) pickMonth(ctx app.Context, v string) {
	c.month, _ = strconv.Atoi(v)
	c.picked = true
}

func (c *linimasa) onApply(ctx app.Context, e app.Event) { c.applyTMT(ctx, c.tmt()) }

// onRemoveTMT takes the TMT out of the draft; Undo brings back the periods.
func (c *linimasa) onRemoveTMT(ctx app.Context, e app.Event) {
	c.editUndoable(ctx, "TMT dihapus dari draf", func(s *domain.Scenario) { ApplyTMT(s, "") })
	c.month, c.picked = 0, true
}
