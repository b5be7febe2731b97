//go:build !wasm

package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ThemeColor is the colour of the manifest, the icons and the header.
const ThemeColor = "#0b5d4b"

// NewHandler returns the go-app handler of the PWA. version identifies the
// build (git commit): a new version makes the service worker reinstall and
// the open app show the "update available" banner.
func NewHandler(version string) *app.Handler {
	cache := []string{"/web/app.css", "/web/screens.css", "/web/icon.svg"}
	// Every route is cached so that a deep link (e.g. /simulasi) opens offline.
	cache = append(cache, Paths()...)
	sw, _ := ServiceWorkerJS()
	return &app.Handler{
		ServiceWorkerTemplate: sw,
		Name:                  "Simulator Kinerja Guru",
		ShortName:             "SimKinerja",
		Title:                 "Simulator Kinerja Guru — predikat dan angka kredit",
		Description:           "Simulasikan predikat kinerja dan angka kredit guru, kepala sekolah, dan pengawas sekolah — luring, di peramban.",
		Lang:                  "id",
		Author:                "simkinerja",
		BackgroundColor:       "#ffffff",
		ThemeColor:            ThemeColor,
		LoadingLabel:          "Memuat {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles:             []string{"/web/app.css", "/web/screens.css"},
		CacheableResources: cache,
		Version:            version,
		// The server sends the raw size here because it serves app.wasm
		// compressed, so Content-Length would skew the loading progress.
		WasmContentLengthHeader: WasmLengthHeader,
	}
}

// WasmLengthHeader carries the uncompressed size of app.wasm.
const WasmLengthHeader = "X-Wasm-Content-Length"
