// Command simkinerja is the PWA and its local server in one program, as go-app
// wants it: compiled to js/wasm it is the app (web/app.wasm); compiled natively
// it serves the app, the precompressed wasm and the worker API on 127.0.0.1,
// or writes the static site for Workers static assets (-site).
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	skapp "simkinerja/app"
)

// version is the build's identity (git commit), set with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	if app.IsClient {
		// Start-up benchmark: the wasm is compiled and initialised here.
		app.Window().Get("performance").Call("mark", skapp.MainMark)
	}
	skapp.Register()
	app.RunWhenOnBrowser()
	if app.IsClient {
		// Returning here lets the linker drop the server code from the wasm.
		return
	}
	serve()
}
