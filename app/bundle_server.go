//go:build !wasm

package app

// linked is the bundles this build links: the server renders every route.
const linked = Guru | Pelatih
