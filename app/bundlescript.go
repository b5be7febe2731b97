//go:build !wasm

package app

import (
	"bytes"
	"fmt"
	"strconv"
)

// BundleScript rewrites the page script (go-app's app.js, after
// StartScript) so that a page starts the wasm of its own route:
// pelatih.wasm on a Pelatih route, app.wasm elsewhere. Every page loads the
// same script, so the choice is made in the browser from the address; a
// page answered by another (the static site's fallback page, the service
// worker's offline shell for /kelas/…) still starts the right wasm. It fails
// when the script does not name app.wasm exactly once.
func BundleScript(js []byte) ([]byte, error) {
	guru := []byte(strconv.Quote(Guru.Wasm()))
	if n := bytes.Count(js, guru); n != 1 {
		return nil, fmt.Errorf("app.js: %s appears %d times, BundleScript expects it once", guru, n)
	}
	js = bytes.Replace(js, guru, []byte("skWasm("+string(guru)+")"), 1)
	return append(js, bundleChoice()...), nil
}

// bundleChoice is the function the rewritten start calls for the wasm path.
func bundleChoice() string {
	return `
// -----------------------------------------------------------------------------
// simkinerja: the wasm of the page's route (app/bundlescript.go)
// -----------------------------------------------------------------------------
function skWasm(guru, path) {
  return ` + PelatihPathsJS() + `.test(path || location.pathname) ? ` + strconv.Quote(Pelatih.Wasm()) + ` : guru;
}

// skOtherBundle lets the browser itself follow a click on a link to a route
// of the other wasm, as a full page load: in the capture phase it stops the
// click before go-app's own handler (on window, bubbling) turns it into an
// in-page navigation. Clicks with a modifier, downloads and other origins
// are go-app's or the browser's business as before. It is JavaScript, not
// Go, because it sees every click on the page: a call into Go costs a phone
// a few milliseconds even when it does nothing, and a tap on the quick
// calculator waited for it.
function skOtherBundle(event) {
  const page = document.documentElement.getAttribute("data-wasm");
  const t = event.target;
  const a = page && t && t.closest ? t.closest("a[href]") : null;
  if (!a || a.origin !== location.origin || a.hasAttribute("download")) {
    return;
  }
  if (skWasm(` + strconv.Quote(Guru.Wasm()) + `, a.pathname) !== page) {
    event.stopPropagation();
  }
}
window.addEventListener("click", skOtherBundle, true);
`
}
