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
function skWasm(guru) {
  return ` + PelatihPathsJS() + `.test(location.pathname) ? ` + strconv.Quote(Pelatih.Wasm()) + ` : guru;
}
`
}
