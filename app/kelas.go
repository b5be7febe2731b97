package app

// kelas (/kelas/{code}) is the trainer's live view of a class, made for a
// projector: the code and a QR code to join, the predikat distribution as an
// SVG bar chart drawn here, median and mean AK, who is short of 32 points and
// the list of submissions, refreshed every few seconds. The class token comes
// from this device's local storage (saved when the class was created) or is
// typed in once.
//
// data-testid hooks (stable, used by app/e2e):
//
//	kelas-code          the class code, large
//	kelas-join-qr       <img> QR code of the join link (/bagikan?kelas=CODE)
//	kelas-token-input   input: token when none is stored; kelas-token-save its button
//	kelas-error         the worker's (or the network's) message
//	kelas-count         number of submissions
//	kelas-chart         the <svg> predikat chart; bars carry data-predikat and data-count
//	kelas-predikat-<p>  count of predikat code p (sangat_baik, baik, …) in the legend table
//	kelas-median        median AK; kelas-mean mean AK
//	kelas-kurang        how many are short of 32 points
//	kelas-row           one row per submission (data-predikat on the row)
//	kelas-updated       time of the last refresh

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/client"
	"simkinerja/app/store"
	"simkinerja/app/ui"
	"simkinerja/app/view"
	"simkinerja/domain"
	"simkinerja/domain/wire"
)

// kelasRefresh is how often the trainer's view asks the worker again.
const kelasRefresh = 4 * time.Second

// ClassCodePattern is the route of a class: /kelas/ and its code (6
// characters; an unknown code is the worker's 404, shown by the screen).
const ClassCodePattern = `^/kelas/[A-Za-z0-9]+$`

// classCodeFromPath reads CODE from /kelas/CODE.
func classCodeFromPath(p string) string {
	return strings.ToUpper(strings.Trim(strings.TrimPrefix(p, "/kelas/"), "/"))
}

type kelas struct {
	app.Compo
	store *Store

	code       string
	token      string
	tokenInput string
	view       *wire.ClassView
	err        string
	updated    time.Time
	mounted    bool
	loading    bool
	// unknown: the worker refused the first read (an unknown code and a
	// wrong token get the same 403), so no QR invites anyone to join it.
	unknown bool
	// needsNet: the server cannot be reached (offline).
	needsNet bool
	// aula is the hall view (?aula=1): code, QR, chart and count on one
	// projector screen, without the site's navigation.
	aula bool
	// baru: the class was just created here (?baru=1): the private link
	// shows open; copied is the copy button's answer.
	baru   bool
	copied string
	// ctx is the component's own context. Dispatch is skipped once the
	// element that started it is gone, and the token form's button goes away
	// as soon as a token is set, so refreshes never run on an event's context.
	ctx app.Context
}

func newKelas() *kelas { return &kelas{} }

func (c *kelas) OnMount(ctx app.Context) {
	if c.store == nil {
		c.store = UseStore(ctx)
	}
	c.mounted = true
}

func (c *kelas) OnNav(ctx app.Context) {
	c.ctx = ctx
	u := ctx.Page().URL()
	c.code = classCodeFromPath(u.Path)
	c.aula = u.Query().Get("aula") != ""
	c.baru, c.copied = u.Query().Get("baru") != "", ""
	c.view, c.err, c.unknown, c.needsNet = nil, "", false, false
	if k, ok := store.FindClass(UseStore(ctx).Classes(), c.code); ok {
		c.token = k.Token
	} else {
		c.token = ""
	}
	// The trainer's private link carries the token in the fragment, which
	// the browser never sends to a server: keep it on this device and take
	// it out of the address bar (a projected address would show it).
	if t := TokenFromFragment(u.Fragment); t != "" {
		c.token = t
		UseStore(ctx).SaveClass(store.SavedClass{Code: c.code, Token: t})
		if app.IsClient {
			addr := u.Path
			if u.RawQuery != "" {
				addr += "?" + u.RawQuery
			}
			app.Window().Get("history").Call("replaceState", nil, "", addr)
		}
	}
	if c.token != "" {
		c.refresh()
	} else if app.IsClient && !client.Online() {
		c.needsNet = true // no token to try with, and no network to try
	} else if UseStore(ctx).ClassRejected(c.code) {
		// Without a token the page cannot ask the worker; a join attempt
		// here was told the code does not exist: no QR invites anyone.
		c.unknown = true
		c.err = "Kode kelas " + c.code + " ditolak saat mencoba bergabung dari perangkat ini: kode tidak dikenal atau kelas sudah ditutup."
	}
}

func (c *kelas) OnDismount() { c.mounted = false }

// refresh loads the class now and schedules the next refresh while the
// screen is shown; one request at a time.
func (c *kelas) refresh() {
	if !app.IsClient || c.loading || c.token == "" {
		return
	}
	ctx := c.ctx
	code, token := c.code, c.token
	c.loading = true
	ctx.Async(func() {
		v, err := client.FetchClass(code, token)
		ctx.Dispatch(func(ctx app.Context) {
			c.loading = false
			if !c.mounted || code != c.code {
				return
			}
			ae, isAPI := errors.AsType[*client.APIError](err)
			switch {
			case err == nil:
				c.view, c.err, c.updated, c.needsNet = &v, "", time.Now(), false
			case isAPI && ae.Offline:
				c.needsNet, c.err = true, "" // keep trying: the network may come back
			case isAPI && (ae.Status == 401 || ae.Status == 403):
				c.err = err.Error()
				if c.view == nil {
					c.unknown = true
					c.err = "Kode tidak dikenal atau token salah. Periksa kode kelas; bila kode benar, masukkan token yang ditampilkan saat kelas dibuat."
				}
				c.token, c.tokenInput = "", "" // ask for the right token; stop polling
				// The field has no Value to clear it: when the answer comes
				// before the form was re-rendered away, the same field (with
				// the refused token in it) stays on screen.
				if in := app.Window().GetElementByID("kelas-token"); in.Truthy() {
					in.Set("value", "")
				}
				return
			default:
				// Keep the last view on screen; say why it is not fresh.
				c.err = err.Error()
			}
			ctx.After(kelasRefresh, func(ctx app.Context) {
				if c.mounted && code == c.code {
					c.refresh()
				}
			})
		})
	})
}

func (c *kelas) useToken(ctx app.Context) {
	if app.IsClient {
		if in := app.Window().GetElementByID("kelas-token"); in.Truthy() {
			c.tokenInput = in.Get("value").String()
		}
	}
	t := strings.TrimSpace(c.tokenInput)
	if t == "" {
		c.err = "Isi token kelas yang ditampilkan saat kelas dibuat."
		return
	}
	c.token = t
	if err := UseStore(ctx).SaveClass(store.SavedClass{Code: c.code, Token: t}); err != nil {
		c.err = "Token dipakai, tetapi gagal disimpan di perangkat ini: " + err.Error()
	}
	c.refresh()
}

func (c *kelas) Render() app.UI {
	if c.aula {
		return c.renderAula()
	}
	joinURL := client.Origin() + "/bagikan?kelas=" + c.code
	showJoin := app.IsClient && c.code != "" && !c.unknown && !c.needsNet
	return layout(c.store, "",
		app.Elem("div").Class("projector kelas").Body(
			app.Elem("h1").Body(
				app.Text("Kelas "),
				app.Elem("span").Class("kelas-kode").Attr("data-testid", "kelas-code").Text(c.code),
			),
			app.If(c.needsNet, func() app.UI { return perluInternet("Data kelas ada di server.") }),
			app.If(showJoin, func() app.UI {
				return app.Elem("div").Class("kelas-join").Body(
					qrImage("kelas-join-qr", joinURL, 220),
					app.Elem("p").Class("kelas-cara").Body(
						app.Text("Peserta: buka "),
						app.Elem("strong").Text(client.Origin()+"/bagikan"),
						app.Text(", isi kode "),
						app.Elem("strong").Text(c.code),
						app.Text(", lalu tekan “Kirim draf ke kelas”."),
					),
				)
			}),
			ui.StatusLine("kelas-error", "kelas-error", c.err),
			app.If(c.token == "" && !c.needsNet, func() app.UI { return c.renderTokenForm() }),
			c.renderPrivat(),
			app.If(c.view != nil, func() app.UI {
				return app.Elem("div").Body(
					app.Elem("p").Body(app.A().Class("button").Attr("data-testid", "kelas-aula-link").
						Href("/kelas/"+c.code+"?aula=1").Text("Tampilan aula (proyektor)")),
					c.renderView(*c.view),
				)
			}),
		),
	)
}

// renderAula is the hall view: the code and QR large, the live chart and the
// count beside them, on one 1366×768 screen, refreshed like the class view.
func (c *kelas) renderAula() app.UI {
	joinURL := client.Origin() + "/bagikan?kelas=" + c.code
	var chart app.UI = app.Elem("p").Text("Memuat data kelas…")
	count := "–"
	if c.view != nil {
		k := view.NewKelas(*c.view)
		count = strconv.Itoa(k.Count)
		chart = app.Raw(PredikatChartSVG(c.view.Aggregate.Predikat))
	}
	return panggung(c.store,
		app.Elem("div").Class("aula").Attr("data-testid", "kelas-aula").Body(
			app.Elem("div").Class("aula-gabung").Body(
				app.Elem("h1").Body(app.Text("Kode kelas "), app.Elem("span").Class("aula-kode").Attr("data-testid", "kelas-code").Text(c.code)),
				app.If(app.IsClient && !c.unknown && !c.needsNet, func() app.UI { return qrImage("kelas-join-qr", joinURL, 300) }),
				app.Elem("p").Body(app.Text("Buka "), app.Elem("strong").Text(client.Origin()+"/bagikan"), app.Text(" lalu isi kode.")),
			),
			app.Elem("div").Class("aula-hasil").Body(
				app.Elem("p").Class("aula-jumlah").Body(app.Elem("span").Attr("data-testid", "kelas-count").Text(count), app.Text(" kiriman")),
				chart,
				app.If(c.needsNet, func() app.UI { return perluInternet("Data kelas ada di server.") }),
				ui.StatusLine("kelas-error", "kelas-error", c.err),
				app.If(c.token == "" && !c.needsNet, func() app.UI { return c.renderTokenForm() }),
				app.Elem("p").Class("muted").Body(
					app.Text("Diperbarui otomatis setiap "+strconv.Itoa(int(kelasRefresh/time.Second))+" detik. "),
					app.A().Href("/kelas/"+c.code).Text("Tampilan lengkap"),
				),
			),
		),
	)
}

func (c *kelas) renderTokenForm() app.UI {
	return app.Elem("section").Class("card").Aria("labelledby", "h-token").Body(
		app.Elem("h2").ID("h-token").Text("Token pelatih"),
		app.Elem("p").Text("Data kelas hanya untuk pelatih. Perangkat ini belum menyimpan token kelas "+c.code+"; masukkan token yang ditampilkan saat kelas dibuat."),
		app.Elem("div").Class("field").Body(
			app.Elem("label").Attr("for", "kelas-token").Text("Token kelas"),
			// No Value (see "Typed fields" in ui.go): refresh empties it after a
			// refused token, and useToken reads the field itself.
			app.Input().ID("kelas-token").Type("password").Attr("data-testid", "kelas-token-input").
				Attr("autocomplete", "off").
				OnInput(func(ctx app.Context, e app.Event) { c.tokenInput = ctx.JSSrc().Get("value").String() }),
		),
		app.Button().Type("button").Class("button primary").Attr("data-testid", "kelas-token-save").Text("Buka kelas").
			OnClick(func(ctx app.Context, e app.Event) { c.useToken(ctx) }),
	)
}

func (c *kelas) renderView(v wire.ClassView) app.UI {
	k := view.NewKelas(v)
	return app.Elem("div").Body(
		kelasFigures(k, v.Aggregate.Predikat),
		kelasTable(k, v),
		app.Elem("p").Class("muted").Attr("data-testid", "kelas-updated").Attr("aria-live", "off").
			Text("Diperbarui "+c.updated.Format("15:04:05")+"; otomatis setiap "+strconv.Itoa(int(kelasRefresh/time.Second))+" detik."),
	)
}

// kelasFigures shows the class's count, AK figures and predikat distribution.
func kelasFigures(k view.Kelas, counts map[domain.Predikat]int) app.UI {
	return app.Elem("div").Body(
		app.Elem("section").Class("card").Aria("labelledby", "h-ringkasan").Body(
			app.Elem("h2").ID("h-ringkasan").Body(
				app.Elem("span").Attr("data-testid", "kelas-count").Text(strconv.Itoa(k.Count)),
				app.Text(" kiriman"),
			),
			app.Elem("div").Style("display", "flex").Style("gap", "2rem").Style("flex-wrap", "wrap").Body(
				bigFigure("Median AK", "kelas-median", k.Median),
				bigFigure("Rata-rata AK", "kelas-mean", k.Mean),
				bigFigure("Kurang dari 32 poin", "kelas-kurang", strconv.Itoa(k.KurangPoin)),
			),
			app.If(k.TanpaPoin != "", func() app.UI { return app.Elem("p").Class("muted").Text(k.TanpaPoin) }),
			app.If(k.TidakValid != "", func() app.UI {
				return app.Elem("p").Class("notice warn").Attr("data-testid", "kelas-tidak-valid").Text(k.TidakValid)
			}),
		),
		app.Elem("section").Class("card").Aria("labelledby", "h-sebaran").Body(
			app.Elem("h2").ID("h-sebaran").Text("Sebaran predikat"),
			app.Raw(PredikatChartSVG(counts)),
			app.Elem("table").Class("legend").Body(
				app.Elem("caption").Text("Jumlah peserta per predikat"),
				app.Elem("thead").Body(app.Elem("tr").Body(app.Elem("th").Attr("scope", "col").Text("Predikat"), app.Elem("th").Attr("scope", "col").Text("Jumlah"))),
				app.Elem("tbody").Body(app.Range(k.Predikat).Slice(func(i int) app.UI {
					p := k.Predikat[i]
					return app.Elem("tr").Body(
						app.Elem("th").Attr("scope", "row").Text(p.Label),
						app.Elem("td").Attr("data-testid", "kelas-predikat-"+string(p.Predikat)).Text(strconv.Itoa(p.Count)),
					)
				})),
			),
		),
	)
}

// kelasTable lists every submission; one that no longer validates shows its
// reason across the result columns (data-testid="kelas-masalah").
func kelasTable(k view.Kelas, v wire.ClassView) app.UI {
	return app.Elem("section").Class("card").Aria("labelledby", "h-kiriman").Body(
		app.Elem("h2").ID("h-kiriman").Text("Kiriman"),
		app.Elem("p").Class("muted").Attr("data-testid", "kelas-aturan-predikat").Text(view.KelasAturanPredikat),
		app.If(len(k.Rows) == 0, func() app.UI {
			return app.Elem("p").Text("Belum ada kiriman. Halaman ini memperbarui diri setiap beberapa detik.")
		}).Else(func() app.UI {
			return app.Elem("table").Class("data kartu").Body(
				ui.HeadRow("Peserta", "Peran dan jenjang", "Predikat", "Angka kredit", "32 poin"),
				app.Elem("tbody").Body(app.Range(k.Rows).Slice(func(i int) app.UI {
					asal := ""
					if i < len(v.Submissions) {
						asal = view.PredikatAsal(v.Submissions[i])
					}
					return kelasRow(k.Rows[i], asal)
				})),
			)
		}),
	)
}

func kelasRow(r view.KelasRow, asal string) app.UI {
	row := app.Elem("tr").Attr("data-testid", "kelas-row").Attr("data-predikat", string(r.Predikat))
	if r.Masalah != "" {
		return row.Class("invalid").Body(
			app.Elem("th").Attr("scope", "row").Text(r.Name),
			app.Elem("td").Attr("colspan", "4").Attr("data-testid", "kelas-masalah").Text("Tidak dihitung: "+r.Masalah),
		)
	}
	return row.Body(
		app.Elem("th").Attr("scope", "row").Text(r.Name),
		app.Elem("td").Attr("data-label", "Peran dan jenjang").Text(r.Peran),
		app.Elem("td").Attr("data-label", "Predikat").Body(
			app.Text(r.PredikatLabel),
			app.If(asal != "", func() app.UI {
				return app.Elem("small").Class("asal").Attr("data-testid", "kelas-predikat-asal").Text(" (" + asal + ")")
			}),
		),
		app.Elem("td").Attr("data-label", "Angka kredit").Text(r.AngkaKredit),
		app.Elem("td").Attr("data-label", "32 poin").Text(r.Poin),
	)
}

func bigFigure(label, testid, value string) app.UI {
	return app.Elem("div").Class("figure").Body(
		app.Elem("div").Class("muted").Text(label),
		app.Elem("div").Attr("data-testid", testid).Style("font-size", "2.5rem").Style("font-weight", "700").Text(value),
	)
}

func dash(s string) string { return view.Dash(s) }

// predikatColors keeps the chart readable in greyscale too: darker is better.
var predikatColors = map[domain.Predikat]string{
	domain.SangatBaik:     "#0b5d4b",
	domain.Baik:           "#2f8f6f",
	domain.ButuhPerbaikan: "#b7791f",
	domain.Kurang:         "#c05621",
	domain.SangatKurang:   "#9b2c2c",
}

// PredikatChartSVG draws the count per predikat as horizontal bars, best
// predikat on top, each labelled with its name and count. The <svg> has
// role="img" and a text alternative listing every count.
func PredikatChartSVG(counts map[domain.Predikat]int) string {
	const (
		rowH   = 56
		labelW = 230
		barMax = 520
		width  = labelW + barMax + 80
	)
	most := 0
	var alt []string
	for _, p := range domain.Predikats {
		most = max(most, counts[p])
		alt = append(alt, fmt.Sprintf("%s %d", p.Label(), counts[p]))
	}
	h := rowH * len(domain.Predikats)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg data-testid="kelas-chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="%s" viewBox="0 0 %d %d" width="100%%" style="max-width:%dpx;font-family:inherit">`,
		xmlEscape("Sebaran predikat: "+strings.Join(alt, ", ")), width, h, width)
	for i, p := range domain.Predikats {
		n := counts[p]
		w := 0
		if most > 0 {
			w = n * barMax / most
		}
		y := i * rowH
		fmt.Fprintf(&b, `<g data-predikat="%s" data-count="%d">`, p, n)
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" font-size="24" fill="#1a202c">%s</text>`, labelW-12, y+rowH/2+8, xmlEscape(p.Label()))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" rx="4" fill="%s"/>`, labelW, y+8, w, rowH-16, predikatColors[p])
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="26" font-weight="700" fill="#1a202c">%d</text>`, labelW+w+10, y+rowH/2+9, n)
		b.WriteString(`</g>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// xmlEscape escapes text for the SVG.
func xmlEscape(s string) string { return escapeMarkup(s, "&quot;") }

// escapeMarkup escapes &, <, >, ' and " (as quot) for SVG text and attributes.
// A loop, not strings.NewReplacer or html.EscapeString, whose replacer
// machinery added about 20 KB to app.wasm.
func escapeMarkup(s, quot string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString(quot)
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
