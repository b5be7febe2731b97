package app

// bagikan (/bagikan) shares the current draft as a link with a QR code, sends
// it to a class, and lets a trainer open a class. Everything that leaves the
// device goes without Identitas (name, NIP) unless its box is ticked.
//
// data-testid hooks (stable, used by app/e2e):
//
//	offline-note            notice shown while navigator.onLine is false
//	share-include-identity  checkbox: include name and NIP in the link
//	share-create            button: create the share link
//	share-error             the worker's (or the network's) message
//	share-url               link to the created share (absolute URL)
//	share-qr                <img> of the QR code of share-url
//	join-code               input: class code (prefilled from ?kelas=)
//	join-name               input: optional display name
//	join-include-identity   checkbox: include name and NIP in the submission
//	join-submit             button: send the draft to the class
//	join-error, join-result outcome of the submission
//	class-create            button: open a new class (trainer)
//	class-error             outcome of class creation
//	class-link-<CODE>       link to /kelas/<CODE> of a class kept on this device
//	class-token-<CODE>      the trainer token of that class (inside a closed <details>)
//	share-copy, share-copied  button "Salin tautan" and its outcome

import (
	"errors"
	"simkinerja/app/client"
	"simkinerja/app/store"
	"simkinerja/domain/wire"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
)

type bagikan struct {
	app.Compo
	store *Store
	rev   int

	online     bool
	stopOnline func()

	shareIdentity bool
	shareBusy     bool
	shareErr      string
	share         *wire.ShareCreated
	copied        string

	joinCode string
	// joinCodeInit is the code field's rendered value (from ?kelas=); see
	// "Typed fields" in ui.go.
	joinCodeInit string
	joinName     string
	joinIdentity bool
	joinBusy     bool
	joinErr      string
	joined       *wire.SubmissionCreated

	classBusy bool
	classErr  string
	classes   []store.SavedClass

	// ctx is the component's own context: answers are dispatched on it, not
	// on a click's, whose element may be gone when the answer arrives.
	ctx app.Context
}

func newBagikan() *bagikan { return &bagikan{online: true} }

func (c *bagikan) OnMount(ctx app.Context) {
	c.ctx = ctx
	if c.store == nil {
		c.store = UseStore(ctx)
	}
	ctx.ObserveState(StateDraft, &c.rev)
	c.online = client.Online()
	c.stopOnline = client.WatchOnline(ctx, func(ctx app.Context) { c.online = client.Online() })
	c.classes = UseStore(ctx).Classes()
}

func (c *bagikan) OnNav(ctx app.Context) {
	if k := ctx.Page().URL().Query().Get("kelas"); k != "" {
		c.joinCode = strings.ToUpper(strings.TrimSpace(k))
		c.joinCodeInit = c.joinCode
	}
}

func (c *bagikan) OnDismount() {
	if c.stopOnline != nil {
		c.stopOnline()
	}
}

func (c *bagikan) createShare(ctx app.Context) {
	if !client.Online() {
		c.online, c.shareErr = false, client.ErrOffline.Error()
		return
	}
	rec := client.ShareableRecord(c.store.Current().Record, c.shareIdentity)
	c.shareBusy, c.shareErr, c.share, c.copied = true, "", nil, ""
	ctx = c.ctx
	ctx.Async(func() {
		out, err := client.CreateShare(rec)
		ctx.Dispatch(func(ctx app.Context) {
			c.shareBusy = false
			if err != nil {
				c.shareErr = err.Error()
				return
			}
			c.share = &out
		})
	})
}

// copyLink puts the link on the clipboard; where the browser refuses, the
// link stays selectable on screen.
func (c *bagikan) copyLink(ctx app.Context, link string) {
	salin(ctx, link, " Tautan disalin.", func(msg string) { c.copied = msg })
}

// salin writes text to the clipboard and reports, through set, what happened
// in words for the user (done, or copy by hand when the browser refuses).
func salin(ctx app.Context, text, done string, set func(string)) {
	cb := app.Window().Get("navigator").Get("clipboard")
	if cb.IsUndefined() || cb.IsNull() {
		set(" Salin manual: peramban tidak mengizinkan akses papan klip.")
		return
	}
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { set(done) })
		release()
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { set(" Salin manual: peramban menolak akses papan klip.") })
		release()
		return nil
	})
	cb.Call("writeText", text).Call("then", ok, fail)
}

func (c *bagikan) submit(ctx app.Context) {
	code := strings.ToUpper(strings.TrimSpace(c.joinCode))
	if code == "" {
		c.joinErr = "Isi kode kelas dari pelatih (6 huruf/angka)."
		return
	}
	if !client.Online() {
		c.online, c.joinErr = false, client.ErrOffline.Error()
		return
	}
	sc := client.Shareable(c.store.Current().Scenario, c.joinIdentity)
	name := c.joinName
	c.joinBusy, c.joinErr, c.joined = true, "", nil
	ctx = c.ctx
	ctx.Async(func() {
		out, err := client.Submit(code, name, sc)
		ctx.Dispatch(func(ctx app.Context) {
			c.joinBusy = false
			if ae, ok := errors.AsType[*client.APIError](err); ok && ae.Code == wire.CodeNotFound {
				c.store.RejectClass(code) // its class page then shows no QR
			}
			if err != nil {
				c.joinErr = err.Error()
				return
			}
			c.store.AcceptClass(code)
			c.joined = &out
		})
	})
}

func (c *bagikan) createClass(ctx app.Context) {
	if !client.Online() {
		c.online, c.classErr = false, client.ErrOffline.Error()
		return
	}
	c.classBusy, c.classErr = true, ""
	ctx = c.ctx
	ctx.Async(func() {
		out, err := client.CreateClass()
		ctx.Dispatch(func(ctx app.Context) {
			c.classBusy = false
			if err != nil {
				c.classErr = err.Error()
				return
			}
			if err := UseStore(ctx).SaveClass(store.SavedClass{Code: out.Code, Token: out.Token, ExpiresAt: out.ExpiresAt}); err != nil {
				c.classErr = "Kelas " + out.Code + " dibuat, tetapi gagal disimpan di perangkat ini (" + err.Error() + "). Catat token ini: " + out.Token
			}
			c.classes = UseStore(ctx).Classes()
			ctx.Navigate("/kelas/" + out.Code + "?baru=1") // the private link shows open
		})
	})
}

func (c *bagikan) Render() app.UI {
	if c.store == nil {
		return layout(nil, "/bagikan", app.Elem("h1").Text("Bagikan"), app.Elem("p").Text("Memuat…"))
	}
	d := c.store.Current()
	return layout(c.store, "/bagikan",
		app.Elem("h1").Text("Bagikan dan kelas"),
		app.Elem("p").Class("lead").Text("Draf yang dibagikan: “"+d.Name+"” ("+scenarioSummary(d.Scenario)+"). Nama dan NIP tidak ikut terkirim kecuali Anda memilihnya."),
		app.If(!c.online, func() app.UI {
			return app.Elem("p").ID("luring").Class("notice").Attr("role", "status").Attr("data-testid", "offline-note").
				Text("Anda sedang luring: membuat tautan, mengirim ke kelas, dan membuat kelas perlu sambungan internet. Draf Anda tetap tersimpan di perangkat ini.")
		}),
		c.renderShare(d),
		c.renderJoin(d),
		c.renderTrainer(),
	)
}

// describedBy links a disabled button to the notice that explains it.
func (c *bagikan) describedBy(own string) string {
	if c.online {
		return own
	}
	return strings.TrimSpace("luring " + own)
}

func (c *bagikan) renderShare(d store.Draft) app.UI {
	abs := ""
	if c.share != nil {
		abs = client.Origin() + c.share.URL
	}
	return app.Elem("section").Class("card").Aria("labelledby", "h-tautan").Body(
		app.Elem("h2").ID("h-tautan").Text("Tautan berbagi"),
		app.Elem("p").Text("Siapa pun yang punya tautan dapat melihat draf ini (hanya-baca) dan menyimpannya sebagai draf sendiri. Tautan berlaku 90 hari."),
		app.Elem("p").Class("muted").Attr("data-testid", "share-tahun").Text("Yang dibagikan: "+draftYears(d)+" draf ini, setiap tahun dengan aturannya."),
		identityBox("share-identitas", "share-include-identity", d, c.shareIdentity, func(v bool) { c.shareIdentity = v; c.share = nil }),
		button(!c.online || c.shareBusy).Class("button primary").Attr("data-testid", "share-create").
			Aria("describedby", c.describedBy("share-error")).
			Text(c.label(c.shareBusy, "Buat tautan", "Membuat tautan…")).
			OnClick(c.onCreateShare),
		ui.StatusLine("share-error", "share-error", c.shareErr),
		app.If(c.share != nil, func() app.UI {
			return app.Elem("div").Class("share-result").Attr("role", "status").Body(
				app.Elem("p").Body(
					app.Text("Tautan: "),
					app.A().Href(c.share.URL).Attr("data-testid", "share-url").Style("word-break", "break-all").Text(abs),
				),
				app.Button().Type("button").Class("button").Attr("data-testid", "share-copy").Text("Salin tautan").
					OnClick(func(ctx app.Context, e app.Event) { c.copyLink(ctx, abs) }),
				app.Elem("span").Attr("role", "status").Attr("data-testid", "share-copied").Text(c.copied),
				qrImage("share-qr", abs, 264),
				app.Elem("p").Class("muted").Text("Pindai kode QR dengan kamera ponsel untuk membuka tautan."),
			)
		}),
	)
}

func (c *bagikan) renderJoin(d store.Draft) app.UI {
	return app.Elem("section").Class("card").Aria("labelledby", "h-ikut").Body(
		app.Elem("h2").ID("h-ikut").Text("Ikut kelas"),
		app.Elem("p").Text("Kirim draf ini ke kelas pelatih. Pelatih melihat predikat dan angka kredit yang dihitung server dari draf Anda (tahun "+strconv.Itoa(d.Tahun)+")."),
		app.Elem("div").Class("field").Body(
			app.Elem("label").Attr("for", "kelas-kode").Text("Kode kelas"),
			app.Input().ID("kelas-kode").Type("text").Attr("data-testid", "join-code").
				Attr("autocomplete", "off").Attr("autocapitalize", "characters").Attr("maxlength", "6").
				Value(c.joinCodeInit).
				OnInput(func(ctx app.Context, e app.Event) { c.joinCode = ctx.JSSrc().Get("value").String() }),
		),
		app.Elem("div").Class("field").Body(
			app.Elem("label").Attr("for", "kelas-nama").Text("Nama tampilan (boleh dikosongkan)"),
			app.Input().ID("kelas-nama").Type("text").Attr("data-testid", "join-name").
				Attr("autocomplete", "off").Attr("maxlength", "80").
				OnInput(func(ctx app.Context, e app.Event) { c.joinName = ctx.JSSrc().Get("value").String() }),
		),
		identityBox("kelas-identitas", "join-include-identity", d, c.joinIdentity, func(v bool) { c.joinIdentity = v }),
		button(!c.online || c.joinBusy).Class("button primary").Attr("data-testid", "join-submit").
			Aria("describedby", c.describedBy("join-error")).
			Text(c.label(c.joinBusy, "Kirim draf ke kelas", "Mengirim…")).
			OnClick(c.onSubmit),
		ui.StatusLine("join-error", "join-error", c.joinErr),
		app.If(c.joined != nil, func() app.UI {
			return app.Elem("p").Class("notice ok").Attr("role", "status").Attr("data-testid", "join-result").
				Text("Terkirim. Pelatih akan melihat: predikat " + c.joined.PredikatLabel + ", angka kredit " + c.joined.AngkaKredit + ".")
		}),
	)
}

func (c *bagikan) renderTrainer() app.UI {
	return app.Elem("section").Class("card").Aria("labelledby", "h-pelatih").Body(
		app.Elem("h2").ID("h-pelatih").Text("Untuk pelatih"),
		app.Elem("p").Text("Buat kelas, tampilkan kodenya, dan pantau kiriman peserta di layar proyektor. Kode dan token kelas disimpan di perangkat ini."),
		button(!c.online || c.classBusy).Class("button").Attr("data-testid", "class-create").
			Aria("describedby", c.describedBy("class-error")).
			Text(c.label(c.classBusy, "Buat kelas baru", "Membuat kelas…")).
			OnClick(c.onCreateClass),
		ui.StatusLine("class-error", "class-error", c.classErr),
		app.If(len(c.classes) > 0, func() app.UI {
			return app.Elem("div").Body(
				app.Elem("h3").Text("Kelas Anda"),
				app.Elem("ul").Body(app.Range(c.classes).Slice(func(i int) app.UI {
					k := c.classes[i]
					return app.Elem("li").Body(
						app.A().Href("/kelas/"+k.Code).Attr("data-testid", "class-link-"+k.Code).Text("Kelas "+k.Code),
						app.If(k.ExpiresAt != "", func() app.UI {
							return app.Elem("small").Text(" — berlaku sampai " + dateOnly(k.ExpiresAt))
						}),
						// The token opens the class on another device; folded
						// away so it is not shown on a projector by accident.
						app.Elem("details").Body(
							app.Elem("summary").Text("Token pelatih (untuk membuka kelas di perangkat lain)"),
							app.Elem("code").Attr("data-testid", "class-token-"+k.Code).Style("word-break", "break-all").Text(k.Token),
						),
					)
				})),
			)
		}),
	)
}

// identityBox offers to include name and NIP; shown only when the draft has them.
func identityBox(id, testid string, d store.Draft, checked bool, set func(bool)) app.UI {
	if !client.HasIdentity(d.Scenario) {
		return nil
	}
	return app.Elem("div").Class("field check").Body(
		checkbox(checked).ID(id).Attr("data-testid", testid).
			OnChange(func(ctx app.Context, e app.Event) { set(ctx.JSSrc().Get("checked").Bool()) }),
		app.Elem("label").Attr("for", id).Text(" Sertakan nama dan NIP saya (tanpa centang: tidak ikut terkirim)"),
	)
}

// button is a type="button" that carries the disabled attribute only when
// disabled: go-app writes Disabled(false) as disabled="false" in the
// pre-rendered page, which HTML reads as disabled.
func button(disabled bool) app.HTMLButton {
	b := app.Button().Type("button")
	if disabled {
		b = b.Disabled(true)
	}
	return b
}

// checkbox is a checkbox that carries checked only when ticked, for the same
// reason as button.
func checkbox(checked bool) app.HTMLInput {
	in := app.Input().Type("checkbox")
	if checked {
		in = in.Checked(true)
	}
	return in
}

// label is a button's text: what it does, what it is doing, or why it is
// unavailable offline.
func (c *bagikan) label(busy bool, idle, working string) string {
	switch {
	case !c.online:
		return idle + " (perlu internet)"
	case busy:
		return working
	}
	return idle
}

// dateOnly shortens an RFC 3339 time to its date.
func dateOnly(ts string) string {
	if len(ts) >= 10 {
		return ts[:10]
	}
	return ts
}

// The buttons' named actions.

func (c *bagikan) onCreateShare(ctx app.Context, e app.Event) { c.createShare(ctx) }
func (c *bagikan) onSubmit(ctx app.Context, e app.Event)      { c.submit(ctx) }
func (c *bagikan) onCreateClass(ctx app.Context, e app.Event) { c.createClass(ctx) }
