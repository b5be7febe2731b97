package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// perluInternet is the notice of a screen that needs the server (a share not
// opened before on this device, a class) when it cannot be reached: the app
// itself still opens from the service worker's cache, so the user reads
// this instead of the browser's error page (issue 13).
func perluInternet(what string) app.UI {
	return app.Elem("section").Class("notice warn").Attr("role", "status").Attr("data-testid", "perlu-internet").Body(
		app.Elem("h2").Text("Halaman ini perlu internet"),
		app.Elem("p").Text(what+" Perangkat tidak tersambung ke server, jadi halaman ini perlu internet. Draf Anda tetap tersimpan dan semua layar lain bekerja luring."),
		app.Elem("p").Body(app.A().Class("button").Href("/").Text("Ke Beranda")),
	)
}

// TokenFromFragment reads the class token from a private link's fragment
// ("token=…"): a fragment is never sent to a server.
func TokenFromFragment(fragment string) string {
	for _, part := range strings.Split(fragment, "&") {
		if t, ok := strings.CutPrefix(part, "token="); ok {
			return strings.TrimSpace(t)
		}
	}
	return ""
}

// PrivateClassLink is the trainer's private link to a class: the token is in
// the fragment, so it stays on the device that opens the link.
func PrivateClassLink(origin, code, token string) string {
	return origin + "/kelas/" + code + "#token=" + token
}

// panggung wraps a screen made for a projector (the presentation, the
// class's hall view): no site navigation and no footer, so it fits one
// 1366×768 screen; the skip link and the store's notices stay.
func panggung(s *Store, content ...app.UI) app.UI {
	return app.Elem("div").Class("shell panggung").Attr("data-first-render", "1").Body(
		app.A().Class("skip").Href("#isi").Text("Lewati ke isi"),
		app.If(s != nil, func() app.UI { return &updateBanner{} }),
		app.If(s != nil, func() app.UI { return &tabSync{page: s} }),
		storeNotices(s),
		app.Elem("main").ID("isi").Body(content...),
	)
}
