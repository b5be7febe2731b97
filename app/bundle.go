package app

import (
	"regexp"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The app ships as two wasm files so that a teacher's first download holds
// only the screens a teacher uses offline. app.wasm links the Guru screens;
// pelatih.wasm (built with the pelatih tag) links the trainer's, the print
// and the sharing screens: the projector slides, the class, the one-page
// summary and /bagikan. /bagikan is there because nothing on it works
// without the network (a share link, a class submission and a new class are
// all the worker's), and it leads to the class screen; it takes 22 KB brotli
// (its forms and the QR encoder) out of the first download. The cost: a
// participant whose first visit is a class's join link (/bagikan?kelas=…)
// fetches pelatih.wasm, once, before app.wasm. Opening a share link (/s/…)
// stays in app.wasm, as it is a teacher's first visit. The server links
// both, so every route is pre-rendered. A page loads the wasm of its own
// route (see BundleScript), and a link from one bundle's screen to the
// other's is a full page load (see elsewhere and BundleScript's skOtherBundle).

// Bundle says which wasm file links a screen.
type Bundle uint8

const (
	// Guru screens are in app.wasm, the first download.
	Guru Bundle = 1 << iota
	// Pelatih screens (trainer, print, sharing) are in pelatih.wasm,
	// fetched when one of them is first opened.
	Pelatih
)

// Wasm is the path of the bundle's wasm file.
func (b Bundle) Wasm() string {
	if b == Pelatih {
		return "/web/pelatih.wasm"
	}
	return "/web/app.wasm"
}

// linksGuru and linksPelatih say whether this build links the bundle's
// screens. They are constants, so a screen's constructor behind a false one
// is compiled out and the linker leaves the screen out of the wasm (see
// Screens).
const (
	linksGuru    = linked&Guru != 0
	linksPelatih = linked&Pelatih != 0
)

// BundleOf is the bundle of the route that answers path (Guru when no
// route does: go-app's "not found" page is in app.wasm).
func BundleOf(path string) Bundle {
	for _, s := range Screens {
		if s.matches(path) {
			return s.Bundle
		}
	}
	return Guru
}

// matches reports whether the screen's route answers path, as go-app routes
// it (a fixed path exactly, a pattern as a regular expression).
func (s Screen) matches(path string) bool {
	if IsPattern(s.Path) {
		return regexp.MustCompile(s.Path).MatchString(path)
	}
	return s.Path == path
}

// PelatihPathsJS is a JavaScript regular expression literal that matches the
// paths of the Pelatih screens: the page script picks pelatih.wasm with it.
// The patterns of Screens are plain enough to read the same in both
// languages (TestPelatihPathsJS checks them against BundleOf in a browser).
func PelatihPathsJS() string {
	var alts []string
	for _, s := range Screens {
		if s.Bundle != Pelatih {
			continue
		}
		if IsPattern(s.Path) {
			alts = append(alts, "(?:"+s.Path+")")
			continue
		}
		alts = append(alts, "(?:^"+regexp.QuoteMeta(s.Path)+"$)")
	}
	return "/" + strings.ReplaceAll(strings.Join(alts, "|"), "/", `\/`) + "/"
}

// elsewhere stands in, in one wasm, for a route of the other: when go-app
// navigates to it inside the page (the browser's back button, a
// ctx.Navigate), the page is loaded again from the address go-app has just
// put in the history, so that it starts the wasm of that route. Links are
// followed by the browser before go-app sees them (skOtherBundle in
// BundleScript), so this is the rare path.
type elsewhere struct {
	app.Compo
	first bool
}

// OnNav loads the page. The first screen of a page is never elsewhere (the
// page script picked the wasm for the address); if it is anyway (a script
// that does not know the route), reloading would loop, so it says so.
func (e *elsewhere) OnNav(ctx app.Context) {
	if !e.first {
		app.Window().Get("location").Call("reload")
	}
}

// Render is an empty shell for the moment until the browser leaves the
// page, or the notice of the first screen that cannot be shown here.
func (e *elsewhere) Render() app.UI {
	if e.first {
		return app.Elem("p").Class("notice error").Attr("role", "alert").
			Text("Halaman ini tidak dapat dibuka oleh aplikasi yang termuat. Muat ulang halaman.")
	}
	return app.Elem("div").Class("shell")
}
