package app

// Bandingkan (/bandingkan): two or three scenarios side by side — drafts,
// read-only presets, or "what if" variants of the current draft (another
// annual predikat, the other rule year) — and the old DUPAK count against
// the new conversion of the current draft (seed 001: 12,5×1 + 8×1 + 7×1 +
// 2×2 + 0,5×8 = 35,5 against 37,5).
//
// Stable test hooks (data-testid unless noted):
//
//	kolom-<k>                  id of the select choosing column k (0–2)
//	kolom-tambah, kolom-hapus  add the third column / remove the last one
//	banding-<k>-<row>          cell of column k; rows: judul, aturan, predikat, ak, kompetensi, dokumen, karier, asumsi
//	banding-row-<row>          table row; data-beda="1" when the columns differ
//	dupak-contoh               fill the seed 001 DUPAK lines
//	dupak-tambah               add a DUPAK line
//	dupak-<i>-butir, dupak-<i>-ak, dupak-<i>-jumlah   ids of line i's inputs
//	dupak-<i>-hapus            remove line i
//	dupak-<i>-total            total of line i
//	dupak-total                the old DUPAK total
//	konversi-total             the new conversion (AK of the current draft)
//	dupak-selisih              new − old, signed
//	edit-error                 refusal of an edit

import (
	"encoding/json"
	"fmt"
	"simkinerja/app/store"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/domain"
)

// seedDupak is the DUPAK illustration of seed 001 (AK per item × count); the
// item names are not given there.
var seedDupak = []domain.ButirDupak{
	{AK: "12,5", Jumlah: 1},
	{AK: "8", Jumlah: 1},
	{AK: "7", Jumlah: 1},
	{AK: "2", Jumlah: 2},
	{AK: "0,5", Jumlah: 8},
}

// bandingkan is the /bandingkan screen; the chosen columns are a view and
// are not stored.
type bandingkan struct {
	app.Compo
	draftScreen
	cols  []string          // column sources: "draf:<id>", "contoh:<code>", "predikat:<p>", "aturan:<year>"
	typed map[string]string // DUPAK inputs kept as typed while refused ("<i>.ak")
	// The columns' results, computed once per change of the drafts or the
	// column choice (key), not on every render.
	key     string
	columns []column
	results []domain.Result
}

func newBandingkan() *bandingkan { return &bandingkan{typed: map[string]string{}} }

// column is one compared scenario.
type column struct {
	Title    string
	Scenario domain.Scenario
	OK       bool
}

// resolve builds the scenario of a column source.
func (c *bandingkan) resolve(src string) column {
	kind, arg, _ := strings.Cut(src, ":")
	cur := c.store.Current()
	switch kind {
	case "draf":
		for _, d := range c.store.Drafts() {
			if d.ID == arg {
				return column{"Draf: " + d.Name, d.Scenario, true}
			}
		}
	case "contoh":
		if p, ok := store.PresetScenario(arg); ok {
			return column{"Contoh: " + p.Judul, p.Scenario, true}
		}
	case "predikat":
		p := domain.Predikat(arg)
		if p.Valid() {
			sc := store.CloneScenario(cur.Scenario)
			sc.PredikatTahunan = p
			return column{fmt.Sprintf("%s, andaikan predikat tahunan %s", cur.Name, p.Label()), sc, true}
		}
	case "aturan":
		if _, ok := domain.Rules(domain.RuleYear(arg)); ok {
			role := cur.Scenario.Role
			if rs, _ := domain.Rules(domain.RuleYear(arg)); !rs.HasRole(role) {
				return column{Title: fmt.Sprintf("%s dengan aturan %s: peran %s belum ada", cur.Name, arg, role.Label())}
			}
			sc := domain.Rebase(cur.Scenario, domain.RuleYear(arg), role, cur.Scenario.Jenjang)
			title := fmt.Sprintf("%s dengan aturan %s", cur.Name, arg)
			if carryPenilaian(cur.Scenario, &sc) {
				title += " (penilaian yang sama)"
			}
			return column{title, sc, true}
		}
	}
	return column{Title: "Pilihan tidak tersedia"}
}

// carryPenilaian gives the periods of a rebased scenario the ratings, direct
// predikat and competency plan of the original when every original period
// has the same ones (e.g. two semesters rated alike → one 2025 year), so the
// rule years are compared on the same performance. Periods of the same name
// were already kept by Rebase; differing semesters are not merged.
func carryPenilaian(old domain.Scenario, sc *domain.Scenario) bool {
	if len(old.Periods) == 0 {
		return false
	}
	type penilaian struct {
		Praktik, Perilaku *domain.Nilai
		Predikat          domain.Predikat
		Kompetensi        []domain.Kegiatan
	}
	key := func(p domain.Period) string {
		b, _ := json.Marshal(penilaian{p.Praktik, p.Perilaku, p.Predikat, p.Kompetensi})
		return string(b)
	}
	first := key(old.Periods[0])
	for _, p := range old.Periods[1:] {
		if key(p) != first {
			return false
		}
	}
	src := old.Periods[0]
	if src.Praktik == nil && src.Perilaku == nil && src.Predikat == "" && len(src.Kompetensi) == 0 {
		return false
	}
	n := store.CloneScenario(*sc)
	changed := false
	for i := range n.Periods {
		p := &n.Periods[i]
		if p.Praktik != nil || p.Perilaku != nil || p.Predikat != "" {
			continue // same-named period kept by Rebase
		}
		p.Praktik, p.Perilaku, p.Predikat = src.Praktik, src.Perilaku, src.Predikat
		p.Kompetensi = append([]domain.Kegiatan(nil), src.Kompetensi...)
		changed = true
	}
	if !changed || domain.Validate(n) != nil {
		return false
	}
	*sc = store.CloneScenario(n)
	return true
}

// sourceOptions lists every column source.
func (c *bandingkan) sourceOptions() []ui.Option {
	var out []ui.Option
	for _, d := range c.store.Drafts() {
		out = append(out, ui.Option{Value: "draf:" + d.ID, Label: "Draf: " + d.Name})
	}
	cur := c.store.Current()
	for _, p := range domain.Predikats {
		out = append(out, ui.Option{Value: "predikat:" + string(p), Label: fmt.Sprintf("%s, andaikan predikat tahunan %s", cur.Name, p.Label())})
	}
	for _, y := range domain.RuleYears() {
		if y != cur.Scenario.Rules {
			out = append(out, ui.Option{Value: "aturan:" + string(y), Label: fmt.Sprintf("%s dengan aturan %s", cur.Name, y)})
		}
	}
	for _, p := range domain.Presets() {
		out = append(out, ui.Option{Value: "contoh:" + p.Code, Label: "Contoh: " + p.Judul})
	}
	return out
}

func (c *bandingkan) Render() app.UI {
	if c.store == nil {
		return layout(nil, "/bandingkan", app.Elem("p").Text("Memuat…"))
	}
	cur := c.store.Current()
	if len(c.cols) == 0 {
		c.cols = []string{"draf:" + cur.ID, "predikat:" + string(domain.SangatBaik)}
	}
	res := c.store.Result()
	return layout(c.store, "/bandingkan",
		app.Elem("h1").Text("Bandingkan skenario"),
		app.Elem("p").Class("lead").Text("Dua atau tiga skenario berdampingan, dan cara lama (DUPAK) terhadap cara baru (konversi predikat)."),
		c.editError(),
		c.renderColumns(),
		c.renderDupak(cur, res),
		printLink(),
	)
}

// bandingRow is one compared line.
type bandingRow struct {
	Key, Label string
	Value      func(sc domain.Scenario, r domain.Result) string
}

var bandingRows = []bandingRow{
	{"aturan", "Aturan dan jabatan", func(sc domain.Scenario, r domain.Result) string {
		return scenarioSummary(sc)
	}},
	{"predikat", "Predikat per periode", func(sc domain.Scenario, r domain.Result) string {
		var parts []string
		for _, p := range r.Periods {
			pred := "belum lengkap"
			if p.Predikat != "" {
				pred = p.PredikatLabel
				if p.Status == domain.StatusTertahan {
					pred += " (tertahan: dokumen)"
				}
			}
			parts = append(parts, fmt.Sprintf("%s: %s, %s AK", shortPeriod(p), pred, p.AngkaKredit))
		}
		if r.Metode == metodeTahunan && sc.PredikatTahunan.Valid() {
			parts = append(parts, "Predikat tahunan: "+sc.PredikatTahunan.Label())
		}
		return strings.Join(parts, "; ")
	}},
	{"ak", "Angka kredit setahun", func(sc domain.Scenario, r domain.Result) string { return r.AngkaKreditTotal }},
	{"kompetensi", "Pengembangan kompetensi", func(sc domain.Scenario, r domain.Result) string {
		var parts []string
		for _, p := range r.Periods {
			if p.Kompetensi.Poin {
				parts = append(parts, fmt.Sprintf("%s: %d poin", shortPeriod(p), p.Kompetensi.Total))
			} else {
				parts = append(parts, shortPeriod(p)+": "+p.Kompetensi.StatusText)
			}
		}
		return strings.Join(parts, "; ")
	}},
	{"dokumen", "Dokumen", func(sc domain.Scenario, r domain.Result) string {
		var parts []string
		for _, p := range r.Periods {
			if len(p.Dokumen.Kurang) > 0 {
				parts = append(parts, shortPeriod(p)+": kurang "+strings.Join(p.Dokumen.Kurang, ", "))
			}
		}
		if len(parts) == 0 {
			return "lengkap"
		}
		return strings.Join(parts, "; ")
	}},
	{"karier", "Kenaikan berikutnya", func(sc domain.Scenario, r domain.Result) string {
		if r.Karier == nil || len(r.Karier.Langkah) == 0 {
			return "—"
		}
		for _, l := range r.Karier.Langkah {
			if l.Dapat {
				return fmt.Sprintf("%s tahun %d (%s)", l.Golongan, l.Tahun, l.Verdict)
			}
		}
		l := r.Karier.Langkah[0]
		return fmt.Sprintf("%s: %s", l.Golongan, l.Verdict)
	}},
	{"asumsi", "Asumsi yang dipakai", func(sc domain.Scenario, r domain.Result) string { return strconv.Itoa(len(r.Asumsi)) }},
}

// shortPeriod is a period's name without its month range.
func shortPeriod(p domain.PeriodResult) string {
	l := p.Label
	if i := strings.Index(l, " ("); i > 0 {
		l = l[:i]
	}
	if l == "" {
		l = p.Name
	}
	return l
}

// compare resolves the columns and their results, again only when the
// drafts or the chosen columns changed.
func (c *bandingkan) compare() ([]column, []domain.Result) {
	key := fmt.Sprint(c.store.Rev(), c.cols)
	if key == c.key {
		return c.columns, c.results
	}
	c.key = key
	c.columns, c.results = make([]column, len(c.cols)), make([]domain.Result, len(c.cols))
	for k, src := range c.cols {
		c.columns[k] = c.resolve(src)
		if c.columns[k].OK {
			c.results[k] = domain.Simulate(c.columns[k].Scenario)
		}
	}
	return c.columns, c.results
}

func (c *bandingkan) renderColumns() app.UI {
	opts := c.sourceOptions()
	cols, results := c.compare()
	return app.Elem("section").Class("card").Aria("labelledby", "h-banding").Body(
		app.Elem("h2").ID("h-banding").Text("Skenario berdampingan"),
		app.Elem("div").Class("grid3 no-print").Body(app.Range(c.cols).Slice(func(k int) app.UI {
			return app.Elem("div").Attr("data-kolom", k).Body(
				ui.SelectField(fmt.Sprintf("kolom-%d", k), fmt.Sprintf("Kolom %d", k+1), opts, c.cols[k], false, c.pickKolom))
		})),
		app.Elem("div").Class("actions no-print").Body(
			app.If(len(c.cols) < 3, func() app.UI {
				return app.Button().Type("button").Attr("data-testid", "kolom-tambah").Text("+ Kolom ketiga").
					OnClick(c.addKolom)
			}),
			app.If(len(c.cols) > 2, func() app.UI {
				return app.Button().Type("button").Attr("data-testid", "kolom-hapus").Text("− Hapus kolom terakhir").
					OnClick(c.removeKolom)
			}),
		),
		ui.TableWrap("Tabel perbandingan skenario").Body(app.Elem("table").Class("data compare").Body(
			app.Elem("thead").Body(app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "col").Text("Hal"),
				app.Range(cols).Slice(func(k int) app.UI {
					return app.Elem("th").Attr("scope", "col").Attr("data-testid", fmt.Sprintf("banding-%d-judul", k)).Text(cols[k].Title)
				}),
			)),
			app.Elem("tbody").Body(app.Range(bandingRows).Slice(func(r int) app.UI {
				row := bandingRows[r]
				vals := make([]string, len(cols))
				beda := false
				for k := range cols {
					if cols[k].OK {
						vals[k] = row.Value(cols[k].Scenario, results[k])
					} else {
						vals[k] = "—"
					}
					beda = beda || vals[k] != vals[0]
				}
				tr := app.Elem("tr").Attr("data-testid", "banding-row-"+row.Key)
				if beda {
					tr = tr.Class("beda").Attr("data-beda", "1")
				}
				return tr.Body(
					app.Elem("th").Attr("scope", "row").Body(
						app.Text(row.Label),
						app.If(beda, func() app.UI { return app.Elem("span").Class("badge beda").Text(" berbeda") }),
					),
					app.Range(vals).Slice(func(k int) app.UI {
						return app.Elem("td").Attr("data-testid", fmt.Sprintf("banding-%d-%s", k, row.Key)).Text(vals[k])
					}),
				)
			})),
		)),
	)
}

// otherYear is a rule year different from y, for the third column's default.
func otherYear(y domain.RuleYear) domain.RuleYear {
	for _, r := range domain.RuleYears() {
		if r != y {
			return r
		}
	}
	return y
}

// renderDupak compares the conventional DUPAK lines of the current draft with
// its AK under the conversion model.
func (c *bandingkan) renderDupak(cur store.Draft, res domain.Result) app.UI {
	lines := cur.Scenario.Dupak
	pb := res.Perbandingan
	return app.Elem("section").Class("card").Aria("labelledby", "h-dupak").Body(
		app.Elem("h2").ID("h-dupak").Text("Cara lama (DUPAK) dan cara baru (konversi predikat)"),
		app.Elem("p").Class("muted").Text("Cara lama: setiap butir kegiatan × jumlah terlaksana. Cara baru: persentase predikat × koefisien jenjang, tidak lagi bergantung pada jumlah kegiatan. Angka cara baru diambil dari draf \""+cur.Name+"\"."),
		app.Elem("div").Class("actions no-print").Body(
			app.Button().Type("button").Attr("data-testid", "dupak-contoh").Text("Isi contoh Panduan 2023").
				OnClick(c.dupakContoh),
			app.Button().Type("button").Attr("data-testid", "dupak-tambah").Text("+ Tambah butir").
				OnClick(c.dupakTambah),
		),
		app.If(len(lines) > 0, func() app.UI { return c.renderDupakLines(lines, pb) }),
		app.If(pb != nil, func() app.UI {
			return app.Elem("div").Class("compare-total").Body(
				app.Elem("p").Class("big").Body(
					app.Text("Cara lama: "), app.Elem("strong").Attr("data-testid", "dupak-total").Text(pb.Dupak),
					app.Text(" AK · cara baru: "), app.Elem("strong").Attr("data-testid", "konversi-total").Text(pb.KonversiText),
					app.Text(" AK"),
				),
				app.Elem("p").Body(app.Text("Selisih (baru − lama): "), app.Elem("span").Attr("data-testid", "dupak-selisih").Text(pb.SelisihText)),
				app.If(res.AKTotal.IsZero(), func() app.UI {
					return app.Elem("p").Class("notice info").Body(
						app.Text("Draf ini belum memiliki predikat, jadi cara baru masih 0. Isi penilaian di "),
						app.A().Href("/simulasi").Text("Simulasi"), app.Text("."),
					)
				}),
				app.Elem("ul").Class("muted").Body(app.Range(pb.Langkah).Slice(func(i int) app.UI {
					return app.Elem("li").Body(app.Text(pb.Langkah[i].Pesan+" "), ui.SourceLinks(pb.Langkah[i].Sources))
				})),
			)
		}),
	)
}

func (c *bandingkan) renderDupakLines(lines []domain.ButirDupak, pb *domain.PerbandinganResult) app.UI {
	return app.Elem("div").Class("dupak-lines").Body(app.Range(lines).Slice(func(i int) app.UI {
		it := lines[i]
		id := func(s string) string { return fmt.Sprintf("dupak-%d-%s", i, s) }
		path := fmt.Sprintf("dupak[%d]", i)
		total := ""
		if pb != nil && i < len(pb.Baris) {
			total = pb.Baris[i].TotalText
		}
		value := func(field, stored string) string {
			if v, ok := c.typed[fmt.Sprintf("%d.%s", i, field)]; ok {
				return v
			}
			return stored
		}
		input := func(field, label, mode, stored string) app.UI {
			fid := id(field)
			return app.Elem("div").Class("field").Body(
				app.Elem("label").Attr("for", fid).Text(label),
				app.Input().ID(fid).Type("text").Attr("inputmode", mode).Value(value(field, stored)).Aria("describedby", fid+"-error").
					Attr("data-field", field).OnChange(c.onDupak),
				ui.FieldError(fid+"-error", c.fieldErr(path+"."+field)),
			)
		}
		return app.Elem("div").Class("dupak-line grid4").Attr("data-testid", fmt.Sprintf("dupak-%d", i)).Attr("data-baris", i).Body(
			input("butir", fmt.Sprintf("Butir %d", i+1), "text", it.Butir),
			input("ak", "AK per butir", "decimal", it.AK),
			input("jumlah", "Terlaksana", "numeric", strconv.Itoa(it.Jumlah)),
			app.Elem("p").Class("line-total").Body(app.Text("= "), app.Elem("strong").Attr("data-testid", id("total")).Text(total)),
			app.Button().Type("button").Class("link danger").Attr("data-testid", id("hapus")).Aria("label", fmt.Sprintf("Hapus butir %d", i+1)).Text("Hapus").
				OnClick(c.dupakHapus),
		)
	}))
}

// The screen's named actions: columns are screen state; DUPAK lines are
// draft edits (the line index travels in data-baris, the field in data-field).

func (c *bandingkan) pickKolom(ctx app.Context, v string) {
	if k, err := strconv.Atoi(data(ctx, "kolom")); err == nil && k < len(c.cols) {
		c.cols[k] = v
	}
}

func (c *bandingkan) addKolom(ctx app.Context, e app.Event) {
	c.cols = append(c.cols, "aturan:"+string(otherYear(c.store.Current().Scenario.Rules)))
}

func (c *bandingkan) removeKolom(ctx app.Context, e app.Event) { c.cols = c.cols[:len(c.cols)-1] }

// dupakContoh fills seed 001's items; what was there comes back with Undo.
func (c *bandingkan) dupakContoh(ctx app.Context, e app.Event) {
	c.typed = map[string]string{}
	c.editUndoable(ctx, "Butir DUPAK diganti contoh Panduan 2023", func(s *domain.Scenario) {
		s.Dupak = append([]domain.ButirDupak(nil), seedDupak...)
	})
}

func (c *bandingkan) dupakTambah(ctx app.Context, e app.Event) {
	c.edit(ctx, func(s *domain.Scenario) { s.Dupak = append(s.Dupak, domain.ButirDupak{AK: "0", Jumlah: 1}) })
}

// dupakHapus removes a line; Undo brings it back.
func (c *bandingkan) dupakHapus(ctx app.Context, e app.Event) {
	i, err := strconv.Atoi(data(ctx, "baris"))
	if err != nil {
		return
	}
	c.typed = map[string]string{}
	c.editUndoable(ctx, "Butir DUPAK dihapus", func(s *domain.Scenario) {
		if i < len(s.Dupak) {
			s.Dupak = append(s.Dupak[:i:i], s.Dupak[i+1:]...)
		}
		if len(s.Dupak) == 0 {
			s.Dupak = nil
		}
	})
}

// onDupak keeps a typed field of a line; a refused value stays typed with
// its message next to the field.
func (c *bandingkan) onDupak(ctx app.Context, e app.Event) {
	i, err := strconv.Atoi(data(ctx, "baris"))
	if err != nil {
		return
	}
	field, v := data(ctx, "field"), strings.TrimSpace(ctx.JSSrc().Get("value").String())
	key := fmt.Sprintf("%d.%s", i, field)
	c.typed[key] = v
	var setErr error
	ok := c.edit(ctx, func(s *domain.Scenario) {
		if i < len(s.Dupak) {
			setErr = setDupak(&s.Dupak[i], field, v)
		}
	})
	if setErr != nil {
		c.setLocalErr(fmt.Sprintf("dupak[%d].%s", i, field), setErr.Error())
		return
	}
	if ok {
		delete(c.typed, key)
	}
}

// setDupak writes one field of a DUPAK line.
func setDupak(b *domain.ButirDupak, field, v string) error {
	switch field {
	case "butir":
		b.Butir = v
	case "ak":
		b.AK = v
	case "jumlah":
		n, err := parseCount(v, 10000)
		if err != nil {
			return fmt.Errorf("jumlah %w", err)
		}
		b.Jumlah = n
	}
	return nil
}
