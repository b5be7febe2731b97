package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/client"
)

// renderPrivat is the trainer's private link to the class: the token rides
// in the fragment (#token=…), which the browser never sends to a server, so
// the link opens the class on another device of the trainer. Right after
// the class is created (?baru=1) it is shown open with a copy button; later
// it is folded away so a projector does not show it by accident.
func (c *kelas) renderPrivat() app.UI {
	if c.token == "" {
		return nil
	}
	link := PrivateClassLink(client.Origin(), c.code, c.token)
	body := []app.UI{
		app.Elem("summary").Text("Tautan pribadi pelatih (memuat token; jangan ditayangkan)"),
		app.Elem("p").Text("Buka tautan ini di perangkat lain untuk memantau kelas tanpa mengetik token. Token ada setelah tanda #, bagian yang tidak pernah dikirim peramban ke server."),
		app.Elem("p").Class("privat-link").Body(
			app.Elem("code").Attr("data-testid", "kelas-privat-link").Text(link),
		),
		app.Button().Type("button").Class("button").Attr("data-testid", "kelas-privat-salin").Text("Salin tautan pribadi").OnClick(c.onSalinPrivat),
		app.Elem("span").Attr("role", "status").Attr("data-testid", "kelas-privat-status").Text(c.copied),
	}
	d := app.Elem("details").Class("card privat").Attr("data-testid", "kelas-privat")
	if c.baru {
		d = d.Attr("open", true)
	}
	return d.Body(body...)
}

// onSalinPrivat copies the private link; where the browser refuses, the
// link stays on screen to copy by hand.
func (c *kelas) onSalinPrivat(ctx app.Context, e app.Event) {
	link := PrivateClassLink(client.Origin(), c.code, c.token)
	salin(ctx, link, " Tautan pribadi disalin.", func(msg string) { c.copied = msg })
}
