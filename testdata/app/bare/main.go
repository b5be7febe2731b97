// Command bare is the reference for `make bench`: a go-app v10.1.11
// hello-world built with the same flags and structure as simkinerja (the
// server code is skipped on the client), so sizes and start-up times can be
// compared. It lives under testdata so ./... leaves it alone.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// readyMark is read by the benchmark: the first component is mounted.
const readyMark = "bare-ready"

// mainMark is set when main is entered: compiled and initialised.
const mainMark = "bare-main"

type hello struct{ app.Compo }

func (h *hello) OnMount(ctx app.Context) {
	app.Window().Get("performance").Call("mark", readyMark)
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app", "ready")
}

func (h *hello) Render() app.UI { return app.H1().Text("Hello, World!") }

func main() {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", mainMark)
	}
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	if app.IsClient {
		return
	}
	serve()
}
