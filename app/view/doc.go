// Package view holds the screens' view models: plain structs built by pure
// functions from a draft, the domain's result and, for the class screens, the
// worker's wire types. Everything a screen shows is decided here, so it is
// tested without a browser; the screens in package app only lay it out.
//
// No go-app, no I/O, no clock: a caller passes "now" where it matters.
package view
