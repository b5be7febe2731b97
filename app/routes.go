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
// not listed), the wasm file that links it and the constructor of its
// component.
type Screen struct {
	Path   string
	Nav    string
	Bundle Bundle
	// Build returns nil in a wasm that does not link the screen's bundle:
	// each constructor is behind a constant (linksGuru, linksPelatih), so
	// that the compiler drops the call and the linker the screen.
	Build func() app.Composer
}

// Screens is the one list of routes. A new screen is a file with a newX()
// constructor and one entry here; the navigation, the service worker's cache
// list, the static site and which wasm links it follow from it.
var Screens = []Screen{
	{"/", "Beranda", Guru, func() app.Composer {
		if !linksGuru {
			return nil
		}
		return newBeranda()
	}},
	{"/simulasi", "Simulasi", Guru, func() app.Composer {
		if !linksGuru {
			return nil
		}
		return newSimulasi()
	}},
	{"/draf", "Draf", Guru, func() app.Composer {
		if !linksGuru {
			return nil
		}
		return newDraf()
	}},
	{"/siklus", "Siklus", Guru, func() app.Composer {
		if !linksGuru {
			return nil
		}
		return newSiklus()
	}},
	{"/kompetensi", "Kompetensi", Guru, func() app.Composer {
		if !linksGuru {
			return nil
		}
		return newKompetensi()
	}},
	{"/linimasa", "Linimasa", Guru, func() app.Composer {
		if !linksGuru {
			return nil
		}
		return newLinimasa()
	}},
	{"/karier", "Karier", Guru, func() app.Composer {
		if !linksGuru {
			return nil
		}
		return newKarier()
	}},
	{"/bandingkan", "Bandingkan", Guru, func() app.Composer {
		if !linksGuru {
			return nil
		}
		return newBandingkan()
	}},
	{"/sekolah", "Sekolah", Guru, func() app.Composer {
		if !linksGuru {
			return nil
		}
		return newSekolah()
	}},
	{"/ringkasan", "Ringkasan", Pelatih, func() app.Composer {
		if !linksPelatih {
			return nil
		}
		return newRingkasan()
	}},
	{"/bagikan", "Bagikan", Pelatih, func() app.Composer {
		if !linksPelatih {
			return nil
		}
		return newBagikan()
	}},
	{"/presentasi", "Presentasi", Pelatih, func() app.Composer {
		if !linksPelatih {
			return nil
		}
		return newPresentasi()
	}},
	{"/berubah", "", Guru, func() app.Composer {
		if !linksGuru {
			return nil
		}
		return newBerubah()
	}},
	{ShareIDPattern, "", Guru, func() app.Composer {
		if !linksGuru {
			return nil
		}
		return newShared()
	}},
	{ClassCodePattern, "", Pelatih, func() app.Composer {
		if !linksPelatih {
			return nil
		}
		return newKelas()
	}},
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
//
// A route of the other wasm gets elsewhere, which loads its page, and a link
// to one is left to the browser (skOtherBundle in BundleScript).
func Register() {
	yieldToBrowser()
	stores := pageStores(time.Now)
	built := false // a screen was built: the page's first is behind us
	for _, s := range Screens {
		build := withStore(s.Build, stores)
		if s.Bundle&linked == 0 {
			build = func() app.Composer { return &elsewhere{first: !built} }
		}
		build = markBuilt(build, &built)
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

// markBuilt notes in *built that a screen was built.
func markBuilt(build func() app.Composer, built *bool) func() app.Composer {
	return func() app.Composer {
		c := build()
		*built = true
		return c
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
