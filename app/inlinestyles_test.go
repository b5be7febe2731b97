//go:build !wasm

package app

import (
	"os"
	"strings"
	"testing"
)

// Every page carries go-app's style sheet and ours inline, in cascade order
// and before the loader's style, and links no style sheet.
func TestInlineStyles(t *testing.T) {
	Register()
	ours, err := os.ReadFile("../web/app.css")
	if err != nil {
		t.Fatal(err)
	}
	screens, err := os.ReadFile("../web/screens.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/karier", "/presentasi"} {
		page := getBody(t, Pages(NewHandler("uji-css"), "../web"), path)
		if strings.Contains(page, `rel="stylesheet"`) {
			t.Errorf("%s still links a style sheet", path)
		}
		goApp := strings.Index(page, ".goapp-app-info {")
		app := strings.Index(page, strings.TrimSpace(string(ours)))
		scr := strings.Index(page, strings.TrimSpace(string(screens)))
		loader := strings.Index(page, "#app-wasm-loader{")
		head := strings.Index(page, "</head>")
		if goApp < 0 || app < goApp || scr < app || loader < scr || head < loader {
			t.Errorf("%s: go-app's sheet at %d, app.css at %d, screens.css at %d, the loader's style at %d, </head> at %d", path, goApp, app, scr, loader, head)
		}
	}
	// A page without the links gets the sheets at the end of its head.
	if got := string(InlineStyles([]byte("<html><head><title>x</title></head></html>"), []byte("p{}"))); got != "<html><head><title>x</title><style>p{}</style></head></html>" {
		t.Errorf("got %s", got)
	}
	// A foreign sheet stays linked.
	in := `<head><link href="https://contoh.id/a.css" rel="stylesheet" type="text/css"><link href="/app.css" rel="stylesheet" type="text/css"></head>`
	if got := string(InlineStyles([]byte(in), []byte("p{}"))); got != `<head><link href="https://contoh.id/a.css" rel="stylesheet" type="text/css"><style>p{}</style></head>` {
		t.Errorf("got %s", got)
	}
	if _, err := StyleText(NewHandler("uji-css"), t.TempDir()); err == nil {
		t.Error("StyleText without the web folder's sheets gave no error")
	}
}
