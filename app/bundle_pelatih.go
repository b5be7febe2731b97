//go:build wasm && pelatih

package app

// linked is the bundles this build links: pelatih.wasm (go build
// -tags=pelatih), the trainer's and the print screens.
const linked = Pelatih
