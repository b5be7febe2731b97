// Package app is the simkinerja PWA: go-app components, one file per screen,
// and the client store of drafts (store.go). It imports domain for every rule
// and never imports worker; the server lives in app/cmd/simkinerja.
package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Screen is one routed screen: its path, its title in the navigation (empty:
// not listed) and the constructor of its component.
type Screen struct {
	Path  string
	Nav   string
	Build func() app.Composer
}

// Screens is the one list of routes. A new screen is a file with a newX()
// constructor and one line here; the navigation, the service worker's cache
// list and the static site follow from it.
var Screens = []Screen{
	{"/", "Beranda", func() app.Composer { return newBeranda() }},
	{"/simulasi", "Simulasi", func() app.Composer { return newSimulasi() }},
	{"/draf", "Draf", func() app.Composer { return newDraf() }},
	{"/siklus", "Siklus", func() app.Composer { return newSiklus() }},
	{"/kompetensi", "Kompetensi", func() app.Composer { return newKompetensi() }},
	{"/linimasa", "Linimasa", func() app.Composer { return newLinimasa() }},
	{"/karier", "Karier", func() app.Composer { return newKarier() }},
	{"/bandingkan", "Bandingkan", func() app.Composer { return newBandingkan() }},
	{"/sekolah", "Sekolah", func() app.Composer { return newSekolah() }},
	{"/ringkasan", "Ringkasan", func() app.Composer { return newRingkasan() }},
	{"/bagikan", "Bagikan", func() app.Composer { return newBagikan() }},
	{"/presentasi", "Presentasi", func() app.Composer { return newPresentasi() }},
	{"/berubah", "", func() app.Composer { return newBerubah() }},
	{ShareIDPattern, "", func() app.Composer { return newShared() }},
	{ClassCodePattern, "", func() app.Composer { return newKelas() }},
}

// Register routes every screen with go-app; main calls it on client and
// server alike (the server renders pages for first paint and the static site).
// Each screen is built holding its store, so its first render is its real
// content (see withStore).
//
// In the browser Register first yields (Go's runtime and package
// initialisers ran in the task before), then loads the page's store and
// yields again, so that mounting the first screen starts a task of its own
// (see yieldToBrowser).
func Register() {
	yieldToBrowser()
	stores := pageStores(time.Now)
	for _, s := range Screens {
		build := withStore(s.Build, stores)
		if IsPattern(s.Path) {
			app.RouteWithRegexp(s.Path, build)
			continue
		}
		app.Route(s.Path, build)
	}
	if app.IsClient {
		stores()
		yieldToBrowser()
	}
}

// Paths lists the routed paths, for the service worker and the static site.
// Patterns (routes with a parameter) are left out: they have no one page.
func Paths() []string {
	out := make([]string, 0, len(Screens))
	for _, s := range Screens {
		if !IsPattern(s.Path) {
			out = append(out, s.Path)
		}
	}
	return out
}

// IsPattern reports whether a Screen's Path is a regular expression ("^…"),
// a route with a parameter such as /s/{id}.
func IsPattern(path string) bool { return strings.HasPrefix(path, "^") }
