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
	// The style sheets are not among them: every page carries them inline
	// (InlineStyles).
	cache := []string{"/web/icon.svg", "/web/wasm-compile.js", "/web/wasm-rehearse.js"}
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
		LoadingLabel:          "Memuat aplikasi…",
		RawHeaders:            []string{loaderStyle},
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		CacheableResources: cache,
		Version:            version,
		// The server sends the raw size here because it serves app.wasm
		// compressed, so Content-Length would skew the loading progress.
		WasmContentLengthHeader: WasmLengthHeader,
	}
}

// WasmLengthHeader carries the uncompressed size of app.wasm.
const WasmLengthHeader = "X-Wasm-Content-Length"

// loaderStyle turns go-app's loader, a full-screen cover until the wasm
// runs, into a thin line along the top: the page under it is the screen
// pre-rendered by the server, readable and laid out from the first paint.
// The label says it is loading, for assistive technology; the line is fixed,
// so it shifts nothing when go-app removes it. Inline, so no request stands
// between the HTML and the first paint (the CSP admits inline styles).
const loaderStyle = `<style>` +
	`#app-wasm-loader{position:fixed;top:0;left:0;width:100%;height:3px;overflow:hidden;` +
	`display:block;background:transparent;pointer-events:none;z-index:1000}` +
	`#app-wasm-loader::before{content:"";position:absolute;top:0;left:0;width:40%;height:100%;` +
	`background:` + ThemeColor + `;animation:sk-loader 1.4s ease-in-out infinite}` +
	`#app-wasm-loader-icon{display:none}` +
	`#app-wasm-loader-label{position:absolute;width:1px;height:1px;margin:0;overflow:hidden;` +
	`clip-path:inset(50%);white-space:nowrap}` +
	`@keyframes sk-loader{from{transform:translateX(-100%)}to{transform:translateX(250%)}}` +
	`@media (prefers-reduced-motion:reduce){#app-wasm-loader::before{animation:none;width:100%;opacity:.4}}` +
	`</style>`
