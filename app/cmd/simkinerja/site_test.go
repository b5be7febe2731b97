//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	skapp "simkinerja/app"
)

func TestWriteSite(t *testing.T) {
	skapp.Register()
	web, out := t.TempDir(), filepath.Join(t.TempDir(), "site")
	for name, body := range map[string]string{"app.wasm": "WASM", "pelatih.wasm": "PWASM", "app.wasm.br": "BR", "app.css": ".kartu{color:red}", "screens.css": ".layar{color:blue}", "icon-192.png": "png"} {
		if err := os.WriteFile(filepath.Join(web, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := writeSite(out, web, skapp.NewHandler("situs-1")); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "simulasi.html", "draf.html", "app.js", "app-worker.js", "manifest.webmanifest", "wasm_exec.js", "web/app.wasm", "web/pelatih.wasm", "web/app.css", "web/icon-192.png"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
	// The pages carry the style sheets inline, go-app's first, and link none.
	page, _ := os.ReadFile(filepath.Join(out, "simulasi.html"))
	if s := string(page); !strings.Contains(s, ".kartu{color:red}\n.layar{color:blue}\n</style>") || strings.Contains(s, `rel="stylesheet"`) || strings.Index(s, "<style>") > strings.Index(s, ".kartu") {
		t.Errorf("simulasi.html does not carry the style sheets inline:\n%.2000s", s)
	}
	if _, err := os.Stat(filepath.Join(out, "web", "app.wasm.br")); err == nil {
		t.Error("compressed variant copied; the edge compresses by itself")
	}
	sw, _ := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if !strings.Contains(string(sw), "situs-1") {
		t.Error("site worker lacks the build version")
	}
	if js, _ := os.ReadFile(filepath.Join(out, "app.js")); !strings.Contains(string(js), `skWasm("/web/app.wasm")`) {
		t.Error("site's app.js does not pick the wasm of the page's route")
	}
	if err := writeSite(filepath.Join(t.TempDir(), "x"), t.TempDir(), skapp.NewHandler("v")); err == nil {
		t.Error("site written without app.wasm")
	}
	noPelatih := t.TempDir()
	os.WriteFile(filepath.Join(noPelatih, "app.wasm"), []byte("WASM"), 0o644)
	if err := writeSite(filepath.Join(t.TempDir(), "y"), noPelatih, skapp.NewHandler("v")); err == nil {
		t.Error("site written without pelatih.wasm")
	}
}
