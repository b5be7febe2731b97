//go:build !wasm

package app

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
)

// firstScreenHeading is each route's heading in its default state (a first
// visit: one default draft in the current year).
var firstScreenHeading = map[string]string{
	"/":           "Simulator predikat kinerja &amp; angka kredit",
	"/simulasi":   "Simulasi: Draf 1",
	"/draf":       "Draf",
	"/siklus":     "Siklus peningkatan kinerja",
	"/kompetensi": "Pengembangan kompetensi",
	"/linimasa":   "Linimasa setahun",
	"/karier":     "Proyeksi karier",
	"/bandingkan": "Bandingkan skenario",
	"/sekolah":    "Distribusi predikat sekolah",
	"/ringkasan":  "Ringkasan kinerja — Draf 1",
	"/bagikan":    "Bagikan dan kelas",
	"/presentasi": "Predikat kinerja &amp; angka kredit guru",
	"/berubah":    "Yang berubah antartahun aturan",
}

var h1 = regexp.MustCompile(`<h1[^>]*>([^<]*)</h1>`)

// TestPrerenderedFirstScreen: the HTML the server sends for every route is
// its real first screen (issue 12), so a phone shows it while app.wasm is
// still on its way: the screen's heading inside <main>, never "Memuat…",
// Beranda's profile, quick calculator and presets in the current year, and
// go-app's loader as a thin line instead of a cover.
func TestPrerenderedFirstScreen(t *testing.T) {
	Register()
	h := Pages(NewHandler("uji-prerender"), "../web")
	for _, path := range Paths() {
		want, ok := firstScreenHeading[path]
		if !ok {
			t.Errorf("%s: no heading listed for this route in firstScreenHeading", path)
			continue
		}
		page := getBody(t, h, path)
		screen, _, found := strings.Cut(page, `<aside class="goapp-app-info" id="app-wasm-loader">`)
		if !found {
			t.Fatalf("%s: go-app's loader not found in the page", path)
		}
		_, main, ok := strings.Cut(screen, `<main id="isi"`)
		if !ok {
			t.Errorf("%s: no <main id=\"isi\"> pre-rendered", path)
			continue
		}
		if m := h1.FindStringSubmatch(main); m == nil || m[1] != want {
			t.Errorf("%s: pre-rendered heading %q, want %q", path, m, want)
		}
		if strings.Contains(screen, "Memuat") {
			t.Errorf("%s: the pre-rendered screen says it is loading:\n%s", path, screen)
		}
		if !strings.Contains(page, "#app-wasm-loader{position:fixed;top:0;left:0;width:100%;height:3px") {
			t.Errorf("%s: go-app's loader is not restyled as a thin line", path)
		}
	}

	page := getBody(t, h, "/")
	year := time.Now().Year()
	for _, want := range []string{
		`id="pilih-peran"`, `id="pilih-jenjang"`, `<option selected value="guru">`, // the profile
		`data-testid="quick-baik"`, `data-testid="quick-sangat_baik"`, `id="quick-bulan"`, // the quick calculator
		`data-testid="preset-seed001_guru_ahli_madya"`, // the presets
		fmt.Sprintf(`aria-current="true" class="tab on" data-tahun="%d" data-testid="tahun-%d"`, year, year),
	} {
		if !strings.Contains(page, want) {
			t.Errorf("/: pre-rendered Beranda lacks %s", want)
		}
	}
	if strings.Contains(page, `disabled="false"`) || strings.Contains(page, `selected="false"`) {
		t.Error(`/: a boolean attribute is written "false" (the browser reads it as true)`)
	}
}

// TestPageHTML: the tags go-app's server writes become what the browser
// shows once the wasm has set the same attributes through the DOM.
func TestPageHTML(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<button disabled="false" aria-pressed="false" type="button">Baik</button>`, `<button aria-pressed="false" type="button">Baik</button>`},
		{`<button type="button" aria-pressed="false" disabled="false">Baik</button>`, `<button aria-pressed="false" type="button">Baik</button>`},
		{`<button disabled type="button">x</button>`, `<button disabled type="button">x</button>`},
		{`<option value="guru" selected="false">Guru</option><option selected value="x">X</option>`, `<option value="guru">Guru</option><option selected value="x">X</option>`},
		{`<input checked="false" type="checkbox"><input type="checkbox" checked>`, `<input type="checkbox"><input checked type="checkbox">`},
		{`<a href="/" aria-current class="on">B</a>`, `<a aria-current="true" class="on" href="/">B</a>`},
		{`<img aria-hidden src="/i.svg">`, `<img aria-hidden="true" src="/i.svg">`},
		{`<h2 aria-label="Profil \"Draf 1\" > <b>">x > y</h2>`, `<h2 aria-label="Profil &#34;Draf 1&#34; &gt; &lt;b&gt;">x > y</h2>`},
		{"<p>disabled=\"false\" stays in text</p>", "<p>disabled=\"false\" stays in text</p>"},
		{`<!doctype html><meta charset="UTF-8"><br/>`, `<!doctype html><meta charset="UTF-8"><br/>`},
	} {
		if got := string(PageHTML([]byte(c.in))); got != c.want {
			t.Errorf("PageHTML(%s)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}
