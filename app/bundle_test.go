//go:build !wasm

package app

import (
	"regexp"
	"strings"
	"testing"
)

// Every route belongs to one wasm; the trainer's, print and sharing screens
// are in pelatih.wasm, the rest in app.wasm, and the server links them all.
func TestScreenBundles(t *testing.T) {
	pelatih := map[string]bool{"/presentasi": true, "/ringkasan": true, "/bagikan": true, ClassCodePattern: true}
	for _, s := range Screens {
		want := Guru
		if pelatih[s.Path] {
			want = Pelatih
		}
		if s.Bundle != want {
			t.Errorf("%s: bundle %d, want %d", s.Path, s.Bundle, want)
		}
		if s.Build() == nil {
			t.Errorf("%s: the server does not link the screen (every route is pre-rendered)", s.Path)
		}
	}
	for path, want := range map[string]Bundle{
		"/": Guru, "/simulasi": Guru, "/s/abc_DEF-1": Guru, "/bagikan": Pelatih, "/tidak-ada": Guru,
		"/presentasi": Pelatih, "/ringkasan": Pelatih, "/kelas/ABC123": Pelatih, "/kelas/": Guru,
	} {
		if got := BundleOf(path); got != want {
			t.Errorf("BundleOf(%q) = %d, want %d", path, got, want)
		}
	}
}

// The page script's choice of wasm agrees with BundleOf. The JavaScript
// literal is read here as a Go regular expression (the same syntax for
// these patterns); e2e's TestTrainerBundle runs it in Chromium.
func TestPelatihPathsJS(t *testing.T) {
	lit := PelatihPathsJS()
	if !strings.HasPrefix(lit, "/") || !strings.HasSuffix(lit, "/") {
		t.Fatalf("not a JavaScript regular expression literal: %s", lit)
	}
	re, err := regexp.Compile(strings.ReplaceAll(lit[1:len(lit)-1], `\/`, "/"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/presentasi", "/presentasi/", "/xpresentasi", "/ringkasan", "/kelas/ABC123",
		"/kelas/abc", "/kelas/", "/kelas/AB/C", "/s/x", "/draf", "/ringkasanx"} {
		if got, want := re.MatchString(path), BundleOf(path) == Pelatih; got != want {
			t.Errorf("%s: the page script picks pelatih.wasm %v, BundleOf says %v", path, got, want)
		}
	}
}

// BundleScript names app.wasm through skWasm and refuses a script that does
// not name it exactly once.
func TestBundleScript(t *testing.T) {
	js, err := BundleScript([]byte(`start("/web/app.wasm", x);`))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`start(skWasm("/web/app.wasm"), x);`, "function skWasm(guru, path)", `window.addEventListener("click", skOtherBundle, true);`, `"/web/pelatih.wasm"`, PelatihPathsJS()} {
		if !strings.Contains(string(js), want) {
			t.Errorf("script lacks %s:\n%s", want, js)
		}
	}
	for _, bad := range []string{`start();`, `a("/web/app.wasm"); b("/web/app.wasm");`} {
		if _, err := BundleScript([]byte(bad)); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}
