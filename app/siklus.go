package app

// Siklus (/siklus): the improvement cycle of one period of the current draft —
// the seven BerAKHLAK focus behaviours of the plan, stages A–G as forms with
// their month, status and what is still missing, the assessment aspects (F & G),
// the 2025 core duties (5M) and the accountability documents of the role.
//
// Stable test hooks (data-testid unless noted):
//
//	periode-<name>                     period buttons (only with two periods)
//	fokus-<aspek>                      id of the focus behaviour input per BerAKHLAK aspect
//	tahap-<X>                          section of stage X (A–G)
//	tahap-<X>-status                   status badge: belum | sedang | selesai | otomatis (data-status too)
//	tahap-<X>-kurang                   what is still missing in stage X
//	tahap-<X>-<field>                  id of a stage field's textarea (e.g. tahap-A-jadwal_observasi)
//	tahap-<X>-selesai                  id of the "stage done" checkbox
//	siklus-ringkas                     "n dari 7 tahap selesai"
//	aspek-praktik-<code>, aspek-perilaku-<code>   ids of the F & G aspect selects
//	tugas-<code>                       id of a 5M duty checkbox (2025)
//	dok-<code>                         id of a document checkbox
//	dokumen-status                     documents gate message
//	edit-error                         refusal of an edit

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/domain"
)

// siklus is the /siklus screen.
type siklus struct {
	app.Compo
	draftScreen
}

func newSiklus() *siklus { return &siklus{} }

func (c *siklus) Render() app.UI {
	if c.store == nil {
		return layout(nil, "/siklus", app.Elem("p").Text("Memuat…"))
	}
	sc := c.store.Current().Scenario
	res := c.store.Result()
	rs, _ := domain.Rules(sc.Rules)
	i := c.periodIndex(sc)
	var body []app.UI
	body = append(body,
		app.Elem("h1").Text("Siklus peningkatan kinerja"),
		app.Elem("p").Class("lead").Text(c.draftLead()+". "+siklusLead(rs)),
		c.periodPicker(sc, res),
		c.editError(),
	)
	if i < len(sc.Periods) && i < len(res.Periods) {
		p, pr := sc.Periods[i], res.Periods[i]
		body = append(body,
			c.renderOverview(pr, res.Timeline),
			c.renderFokus(p),
		)
		for _, st := range pr.Siklus {
			body = append(body, c.renderStage(sc, rs, p, pr, st))
		}
		if rs.TugasPokok && sc.Role == domain.Guru {
			body = append(body, c.renderTugasPokok(sc, p))
		}
		body = append(body, c.renderDokumen(sc, rs, p, pr))
	}
	body = append(body, printLink())
	return layout(c.store, "/siklus", body...)
}

// siklusLead says, from the year's rule set, which steps are worked on with
// the atasan and which are the assessment.
func siklusLead(rs domain.RuleSet) string {
	var kerja, nilai []string
	for _, t := range rs.Tahapan {
		if t.Penilaian {
			nilai = append(nilai, string(t.Code))
		} else {
			kerja = append(kerja, string(t.Code))
		}
	}
	return fmt.Sprintf("%d langkah (%s) dikerjakan bersama atasan; %s adalah penilaian.", len(kerja), strings.Join(kerja, ", "), strings.Join(nilai, " & "))
}

// renderOverview shows the stages of the period at a glance.
func (c *siklus) renderOverview(pr domain.PeriodResult, tl []domain.TimelinePeriod) app.UI {
	done := 0
	for _, st := range pr.Siklus {
		if st.Status == domain.TahapSelesai || st.Status == domain.TahapOtomatis {
			done++
		}
	}
	var note app.UI
	for _, t := range tl {
		if t.Period == pr.Name && t.Status == domain.TLOtomatis {
			note = app.Elem("p").Class("notice info").Text("Pegawai baru: " + t.Catatan)
		}
	}
	return app.Elem("section").Class("card").Aria("labelledby", "h-siklus-ringkas").Body(
		app.Elem("h2").ID("h-siklus-ringkas").Text(pr.Label),
		app.Elem("p").Attr("data-testid", "siklus-ringkas").Text(fmt.Sprintf("%d dari %d tahap selesai", done, len(pr.Siklus))),
		app.Elem("ol").Class("stage-strip").Body(
			app.Range(pr.Siklus).Slice(func(k int) app.UI {
				st := pr.Siklus[k]
				return app.Elem("li").Class("st-"+st.Status).Body(
					app.A().Href("#tahap-"+string(st.Stage)).Text(string(st.Stage)),
					app.Elem("span").Class("sr").Text(" "+st.Label+": "+statusLabel(st.Status)),
				)
			}),
		),
		note,
	)
}

// renderFokus lets the plan name one focus behaviour per BerAKHLAK value.
func (c *siklus) renderFokus(p domain.Period) app.UI {
	at := fmt.Sprintf("periods[%d].fokus.", c.period)
	chosen := 0
	for _, a := range domain.AspekPerilaku {
		if strings.TrimSpace(p.Fokus[a.Code]) != "" {
			chosen++
		}
	}
	return app.Elem("section").Class("card").Aria("labelledby", "h-fokus").Body(
		app.Elem("h2").ID("h-fokus").Text("Fokus perilaku BerAKHLAK dalam rencana"),
		app.Elem("p").Class("muted").Text(fmt.Sprintf("Tuliskan perilaku yang menjadi fokus untuk setiap nilai inti (%d dari %d terisi).", chosen, len(domain.AspekPerilaku))),
		app.Range(domain.AspekPerilaku).Slice(func(k int) app.UI {
			a := domain.AspekPerilaku[k]
			id := "fokus-" + a.Code
			return app.Elem("div").Class("field").Body(
				app.Elem("label").Attr("for", id).Text(a.Label),
				app.Elem("datalist").ID(id+"-saran").Body(app.Range(perilakuSaran(a)).Slice(func(j int) app.UI {
					return app.Option().Value(perilakuSaran(a)[j])
				})),
				app.Input().ID(id).Type("text").Value(p.Fokus[a.Code]).Placeholder("%s", a.Keterangan).List("%s", id+"-saran").
					Aria("describedby", id+"-error").
					OnChange(func(ctx app.Context, e app.Event) {
						v := strings.TrimSpace(ctx.JSSrc().Get("value").String())
						c.editPeriod(ctx, func(p *domain.Period) {
							if p.Fokus == nil {
								p.Fokus = map[string]string{}
							}
							if v == "" {
								delete(p.Fokus, a.Code)
							} else {
								p.Fokus[a.Code] = v
							}
							if len(p.Fokus) == 0 {
								p.Fokus = nil
							}
						})
					}),
				ui.FieldError(id+"-error", c.fieldErr(at+a.Code)),
			)
		}),
	)
}

// perilakuSaran splits a BerAKHLAK value's description into behaviours the
// user can pick as a focus (or type another).
func perilakuSaran(a domain.Item) []string {
	var out []string
	for _, part := range strings.Split(a.Keterangan, ";") {
		if t := strings.TrimSpace(part); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// fieldLabel is the label of a stage field code.
func fieldLabel(info domain.TahapDef, code string) string {
	for _, it := range info.Isian {
		if it.Code == code {
			return it.Label
		}
	}
	return code
}

// tahapDef is the year's own definition of a stage (its words, fields,
// document and grade), read from the rule set, not from a fixed list.
func tahapDef(rs domain.RuleSet, st domain.Stage) domain.TahapDef {
	if d, ok := rs.Tahap(st); ok {
		return d
	}
	info, _ := st.Info()
	return domain.TahapDef{Code: st, Label: info.Label, Isian: info.Isian, Catatan: info.Catatan, Penilaian: st == domain.StageF || st == domain.StageG}
}

// renderStage renders one stage: month, status, missing fields and its form.
func (c *siklus) renderStage(sc domain.Scenario, rs domain.RuleSet, p domain.Period, pr domain.PeriodResult, st domain.TahapStatus) app.UI {
	info := tahapDef(rs, st.Stage)
	code := string(st.Stage)
	hid := "h-tahap-" + code
	sec := app.Elem("section").ID("tahap-"+code).Class("card stage").Attr("data-testid", "tahap-"+code).Aria("labelledby", hid)
	return sec.Body(
		app.Elem("h2").ID(hid).Body(
			app.Text(code+" · "+info.Label+" "),
			app.If(info.Basis.Asumsi(), func() app.UI { return ui.Badge("tahap-"+code+"-asumsi", "asumsi", "asumsi") }),
		),
		app.Elem("p").Class("stage-meta").Body(
			app.Elem("span").Text("Bulan: "+namaBulanList(st.Bulan)+" · Status: "),
			app.Elem("span").Class("badge st-"+st.Status).Attr("data-testid", "tahap-"+code+"-status").Attr("data-status", st.Status).Text(statusLabel(st.Status)),
		),
		app.If(info.Dokumen != "", func() app.UI {
			return app.Elem("p").Attr("data-testid", "tahap-"+code+"-dokumen").Text("Mengisi " + info.Dokumen + ".")
		}),
		app.If(info.Catatan != "", func() app.UI { return app.Elem("p").Class("muted").Text(info.Catatan) }),
		stageKurang(code, info, st),
		app.If(st.Status == domain.TahapOtomatis, func() app.UI {
			return app.Elem("p").Class("notice info").Text("Tahap ini diselesaikan otomatis oleh sistem untuk pegawai baru pada periode ini.")
		}),
		app.If(st.Stage == domain.StageD, func() app.UI { return c.renderLinkedKompetensi(pr) }),
		app.Range(info.Isian).Slice(func(k int) app.UI { return c.stageField(code, info.Isian[k], p.Siklus[code]) }),
		app.If(info.Penilaian, func() app.UI { return c.renderPenilaian(st.Stage, p, pr) }),
		app.If(len(info.Isian) > 0, func() app.UI { return c.stageDone(code, p.Siklus[code].Selesai) }),
	)
}

// stageKurang says what a stage still misses.
func stageKurang(code string, info domain.TahapDef, st domain.TahapStatus) app.UI {
	if len(st.Kurang) > 0 {
		names := make([]string, len(st.Kurang))
		for k, f := range st.Kurang {
			names[k] = fieldLabel(info, f)
		}
		return app.Elem("p").Class("missing").Attr("data-testid", "tahap-"+code+"-kurang").Text("Belum diisi: " + strings.Join(names, "; ") + ".")
	}
	if st.Status == domain.TahapSedang {
		return app.Elem("p").Class("missing").Attr("data-testid", "tahap-"+code+"-kurang").Text("Semua isian terisi; tandai selesai bila sudah dibahas bersama atasan.")
	}
	return nil
}

// stageField is one text field of a stage's form, saved on change.
func (c *siklus) stageField(code string, f domain.Item, form domain.Tahap) app.UI {
	id := "tahap-" + code + "-" + f.Code
	return app.Elem("div").Class("field").Body(
		app.Elem("label").Attr("for", id).Text(f.Label),
		app.If(f.Keterangan != "", func() app.UI { return app.Elem("small").ID(id + "-ket").Class("muted").Text(f.Keterangan) }),
		app.Textarea().ID(id).Rows(3).Text(form.Isian[f.Code]).Aria("describedby", id+"-error").
			Attr("data-tahap", code).Attr("data-isian", f.Code).OnChange(c.onIsian),
		ui.FieldError(id+"-error", c.fieldErr(fmt.Sprintf("periods[%d].siklus.%s.isian.%s", c.period, code, f.Code))),
	)
}

// stageDone is the "stage done" checkbox.
func (c *siklus) stageDone(code string, done bool) app.UI {
	id := "tahap-" + code + "-selesai"
	return app.Elem("div").Class("field check").Body(
		app.Input().Type("checkbox").ID(id).Checked(done).Attr("data-tahap", code).OnChange(c.onSelesai),
		app.Elem("label").Attr("for", id).Text("Tahap "+code+" sudah selesai dibahas"),
	)
}

// onIsian saves a stage field (named by the element's data-tahap/data-isian).
func (c *siklus) onIsian(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	code, field := src.Get("dataset").Get("tahap").String(), src.Get("dataset").Get("isian").String()
	v := strings.TrimSpace(src.Get("value").String())
	c.editPeriod(ctx, func(p *domain.Period) { setIsian(p, code, field, v) })
}

// onSelesai marks a stage done or not.
func (c *siklus) onSelesai(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	code, v := src.Get("dataset").Get("tahap").String(), src.Get("checked").Bool()
	c.editPeriod(ctx, func(p *domain.Period) { setSelesai(p, code, v) })
}

// setIsian writes one stage field, dropping empty maps so stored drafts stay small.
func setIsian(p *domain.Period, stage, field, v string) {
	if p.Siklus == nil {
		p.Siklus = map[string]domain.Tahap{}
	}
	t := p.Siklus[stage]
	if t.Isian == nil {
		t.Isian = map[string]string{}
	}
	if v == "" {
		delete(t.Isian, field)
	} else {
		t.Isian[field] = v
	}
	if len(t.Isian) == 0 {
		t.Isian = nil
	}
	putTahap(p, stage, t)
}

// setSelesai marks a stage done or not.
func setSelesai(p *domain.Period, stage string, v bool) {
	if p.Siklus == nil {
		p.Siklus = map[string]domain.Tahap{}
	}
	t := p.Siklus[stage]
	t.Selesai = v
	putTahap(p, stage, t)
}

func putTahap(p *domain.Period, stage string, t domain.Tahap) {
	if len(t.Isian) == 0 && !t.Selesai {
		delete(p.Siklus, stage)
	} else {
		p.Siklus[stage] = t
	}
	if len(p.Siklus) == 0 {
		p.Siklus = nil
	}
}

// renderLinkedKompetensi shows the period's competency activities under stage D.
func (c *siklus) renderLinkedKompetensi(pr domain.PeriodResult) app.UI {
	k := pr.Kompetensi
	if len(k.Baris) == 0 {
		return app.Elem("p").Class("muted").Body(
			app.Text("Belum ada kegiatan pengembangan kompetensi. "),
			app.A().Href("/kompetensi").Text("Rencanakan di Kompetensi →"),
		)
	}
	return app.Elem("div").Class("linked").Body(
		app.Elem("p").Text("Kegiatan pengembangan kompetensi periode ini:"),
		app.Elem("ul").Body(app.Range(k.Baris).Slice(func(j int) app.UI {
			b := k.Baris[j]
			return app.Elem("li").Text(fmt.Sprintf("%s — %d direncanakan, %d selesai", b.Label, b.Planned, b.Done))
		})),
		app.Elem("p").Body(
			app.Elem("span").Text(k.StatusText+". "),
			app.A().Href("/kompetensi").Text("Ubah di Kompetensi →"),
		),
	)
}

// renderPenilaian shows F (ratings per aspect) and G (predikat) of the period.
func (c *siklus) renderPenilaian(stage domain.Stage, p domain.Period, pr domain.PeriodResult) app.UI {
	if stage == domain.StageG {
		text := "Predikat belum dapat ditetapkan: rating Praktik Kinerja dan Perilaku Kerja belum lengkap."
		if pr.Predikat != "" {
			text = fmt.Sprintf("Hasil Kerja %s × Perilaku Kerja %s → predikat %s (%s AK).", pr.HasilKerja.Label, pr.Perilaku.Label, pr.PredikatLabel, pr.AngkaKredit)
			if pr.PredikatSumber == "langsung" {
				text = fmt.Sprintf("Predikat diisi langsung: %s (%s AK).", pr.PredikatLabel, pr.AngkaKredit)
			}
		}
		return app.Elem("p").Attr("data-testid", "tahap-G-predikat").Text(text)
	}
	aspekSelect := func(kind string, items []domain.Item, n *domain.Nilai) app.UI {
		return app.Elem("div").Class("grid2").Body(app.Range(items).Slice(func(k int) app.UI {
			a := items[k]
			cur := ""
			if n != nil {
				cur = string(n.Aspects[a.Code])
			}
			return ui.SelectField("aspek-"+kind+"-"+a.Code, a.Label, ratingOptions(true), cur, false, func(ctx app.Context, v string) {
				c.editPeriod(ctx, func(p *domain.Period) {
					target := &p.Praktik
					if kind == "perilaku" {
						target = &p.Perilaku
					}
					setAspek(target, a.Code, domain.Rating(v))
				})
			})
		}))
	}
	saran := func(r domain.RatingResult) string {
		switch r.Sumber {
		case "":
			return "belum ada"
		case domain.SumberSaranMedian:
			return r.Label + " (saran median aspek, bukan ketentuan resmi)"
		case domain.SumberAsumsiSesuai:
			return r.Label + " (asumsi: pelaksanaan otomatis)"
		}
		return r.Label + " (diberikan penilai)"
	}
	return app.Elem("div").Class("penilaian").Body(
		app.Elem("h3").Text("Praktik Kinerja — tiga aspek"),
		aspekSelect("praktik", domain.AspekPraktik, p.Praktik),
		app.Elem("p").Attr("data-testid", "rating-hasil-kerja").Text("Rating Hasil Kerja: "+saran(pr.HasilKerja)),
		app.Elem("h3").Text("Perilaku Kerja — tujuh aspek BerAKHLAK"),
		aspekSelect("perilaku", domain.AspekPerilaku, p.Perilaku),
		app.Elem("p").Attr("data-testid", "rating-perilaku").Text("Rating Perilaku Kerja: "+saran(pr.Perilaku)),
		app.Elem("p").Class("muted").Body(app.Text("Rating akhir yang diberikan penilai diisi di "), app.A().Href("/simulasi").Text("Simulasi"), app.Text(".")),
	)
}

// setAspek sets or clears one aspect rating, dropping an empty Nilai.
func setAspek(target **domain.Nilai, code string, r domain.Rating) {
	if *target == nil {
		*target = &domain.Nilai{}
	}
	n := *target
	if r == "" {
		delete(n.Aspects, code)
	} else {
		if n.Aspects == nil {
			n.Aspects = map[string]domain.Rating{}
		}
		n.Aspects[code] = r
	}
	if len(n.Aspects) == 0 {
		n.Aspects = nil
	}
	if n.Rating == "" && n.Aspects == nil {
		*target = nil
	}
}

// renderTugasPokok is the 2025 checklist of the 5M core duties.
func (c *siklus) renderTugasPokok(sc domain.Scenario, p domain.Period) app.UI {
	return app.Elem("section").Class("card").Aria("labelledby", "h-5m").Body(
		app.Elem("h2").ID("h-5m").Text("Tugas pokok 5M (bagian SKP, aturan "+string(sc.Rules)+")"),
		app.Range(domain.TugasPokok5M).Slice(func(k int) app.UI {
			t := domain.TugasPokok5M[k]
			if t.Code == "tugas_tambahan" && !sc.TugasTambahan {
				return nil
			}
			id := "tugas-" + t.Code
			return app.Elem("div").Class("field check").Body(
				app.Input().Type("checkbox").ID(id).Checked(p.TugasPokok[t.Code]).
					OnChange(func(ctx app.Context, e app.Event) {
						v := ctx.JSSrc().Get("checked").Bool()
						c.editPeriod(ctx, func(p *domain.Period) {
							if p.TugasPokok == nil {
								p.TugasPokok = map[string]bool{}
							}
							if v {
								p.TugasPokok[t.Code] = true
							} else {
								delete(p.TugasPokok, t.Code)
							}
							if len(p.TugasPokok) == 0 {
								p.TugasPokok = nil
							}
						})
					}),
				app.Elem("label").Attr("for", id).Text(t.Label),
			)
		}),
	)
}

// renderDokumen is the accountability documents checklist of the role.
func (c *siklus) renderDokumen(sc domain.Scenario, rs domain.RuleSet, p domain.Period, pr domain.PeriodResult) app.UI {
	items := rs.RequiredDokumen(sc.Role, sc.TugasTambahan)
	title := "Dokumen akuntabilitas " + sc.Role.Label() + " — dikumpulkan, tidak dinilai"
	verb := "sudah dikumpulkan"
	if rs.DokumenKonfirmasi() {
		title = "Dokumen kerja " + sc.Role.Label() + " — dikonfirmasi kepala sekolah (tanpa unggah)"
		verb = "sudah dikonfirmasi"
	}
	status := "Dokumen lengkap; predikat dapat ditampilkan."
	if len(pr.Dokumen.Kurang) > 0 {
		status = "Belum lengkap: " + strings.Join(pr.Dokumen.Kurang, ", ") + ". Predikat tertahan sampai dokumen lengkap."
	}
	return app.Elem("section").Class("card").Aria("labelledby", "h-dok").Body(
		app.Elem("h2").ID("h-dok").Text(title),
		app.Range(items).Slice(func(k int) app.UI {
			it := items[k]
			id := "dok-" + it.Code
			return app.Elem("div").Class("field check").Body(
				app.Input().Type("checkbox").ID(id).Checked(p.Dokumen[it.Code]).
					OnChange(func(ctx app.Context, e app.Event) {
						v := ctx.JSSrc().Get("checked").Bool()
						c.editPeriod(ctx, func(p *domain.Period) {
							if p.Dokumen == nil {
								p.Dokumen = map[string]bool{}
							}
							p.Dokumen[it.Code] = v
						})
					}),
				app.Elem("label").Attr("for", id).Text(it.Code+" "+it.Label+" — "+verb),
				app.If(it.Keterangan != "", func() app.UI { return app.Elem("small").Class("muted").Text(" (" + it.Keterangan + ")") }),
			)
		}),
		app.Elem("p").Attr("data-testid", "dokumen-status").Class("status").Text(status),
	)
}
