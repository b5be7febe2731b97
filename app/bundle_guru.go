//go:build wasm && !pelatih

package app

// linked is the bundles this build links: app.wasm, the teacher's app.
const linked = Guru
