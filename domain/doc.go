// Package domain holds the rules of Pengelolaan Kinerja Guru, Kepala Sekolah and
// Pengawas Sekolah (rule years 2024 and 2025) and the angka kredit (AK) they yield.
//
// Everything a user enters is one Scenario document; everything shown is computed
// from it by Simulate. The package is pure: no UI, no I/O, no clock, and no
// package variable that changes after init. It builds natively and for js/wasm.
// Every rule table carries its legal source key, resolved by Sources (RULES.md §12).
package domain
