//go:build !wasm

package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	skapp "simkinerja/app"
)

// writeSite writes the static website for Workers static assets: go-app's
// pages (through PageHTML) and scripts (app.js through StartScript and
// BundleScript), then app.wasm, pelatih.wasm, app.css and the icons under
// web/. The compressed wasm variants
// are left out: the edge compresses by itself.
func writeSite(dir, webDir string, h *app.Handler) error {
	for _, wasm := range []string{"app.wasm", "pelatih.wasm"} {
		if _, err := os.Stat(filepath.Join(webDir, wasm)); err != nil {
			return fmt.Errorf("%s belum dibangun: %w", wasm, err)
		}
	}
	if err := app.GenerateStaticWebsite(dir, h, skapp.Paths()...); err != nil {
		return fmt.Errorf("membuat situs statis: %w", err)
	}
	// The pages as the local server sends them (see skapp.Pages), with
	// the style sheets inline.
	css, err := skapp.StyleText(h, webDir)
	if err != nil {
		return fmt.Errorf("style sheets: %w", err)
	}
	pages, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return err
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(p, skapp.InlineStyles(skapp.EarlyStart(skapp.PageHTML(b)), css), 0o644); err != nil {
			return err
		}
	}
	appJS := filepath.Join(dir, "app.js")
	js, err := os.ReadFile(appJS)
	if err != nil {
		return err
	}
	if js, err = skapp.StartScript(js); err != nil {
		return err
	}
	if js, err = skapp.BundleScript(js); err != nil {
		return err
	}
	if err := os.WriteFile(appJS, js, 0o644); err != nil {
		return err
	}
	entries, err := os.ReadDir(webDir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasSuffix(n, ".br") || strings.HasSuffix(n, ".gz") {
			continue
		}
		if err := copyFile(filepath.Join(webDir, n), filepath.Join(dir, "web", n)); err != nil {
			return err
		}
	}
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
