//go:build !wasm

package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"simkinerja/app/internal/browser"
)

// wasmEntryJS is app.wasm's fetch as the page saw it: its resource timing
// entry when the page fetched it (the bare app), or the marks simkinerja's
// app.js sets from its compile worker's fetch (app/startscript.go), in the
// same shape.
const wasmEntryJS = `(performance.getEntriesByType("resource").find(e => e.name.endsWith("/app.wasm")) || (() => {
	const req = performance.getEntriesByName("wasm-requested")[0], got = performance.getEntriesByName("wasm-fetched")[0];
	return req && got ? {startTime: req.startTime, responseEnd: got.startTime, transferSize: (got.detail || {}).bytes || 0} : {};
})())`

// phases splits one start-up into what the browser and Go do, in ms since
// navigation: app.wasm requested (resource timing startTime: the page, its
// styles and scripts are loaded), app.wasm received (responseEnd; compiling
// overlaps the download, as go-app streams the instantiation), main entered
// (the "<mark>-main" performance mark: wasm compiled and instantiated, Go
// runtime and package initialisers done), first component mounted (the ready
// mark).
type phases struct{ Requested, Fetched, Main, Ready float64 }

// measure loads the app in a fresh profile (cold), waits for the service
// worker to hold app.wasm, and loads it again (warm).
func (t *target) measure(parent context.Context, profile string) error {
	bctx, stop, err := browser.New(parent, profile)
	if err != nil {
		return err
	}
	defer stop()
	load := func() (phases, error) {
		ctx, cancel := context.WithTimeout(bctx, 60*time.Second)
		defer cancel()
		var p phases
		err := chromedp.Run(ctx,
			chromedp.Navigate(t.url),
			chromedp.WaitReady(`html[data-app="ready"]`, chromedp.ByQuery),
			chromedp.Evaluate(fmt.Sprintf(`(() => {
				const mark = n => (performance.getEntriesByName(n)[0] || {}).startTime || 0;
				const wasm = %s;
				return {Requested: wasm.startTime || 0, Fetched: wasm.responseEnd || 0, Main: mark(%q), Ready: mark(%q)};
			})()`, wasmEntryJS, t.mark+"-main", t.mark+"-ready"), &p))
		return p, err
	}
	coldP, err := load()
	if err != nil {
		return fmt.Errorf("cold: %w", err)
	}
	var transfer float64
	if err := chromedp.Run(bctx, chromedp.Evaluate(`(`+wasmEntryJS+`).transferSize || 0`, &transfer)); err != nil {
		return err
	}
	if err := waitWorker(bctx); err != nil {
		return err
	}
	warmP, err := load()
	if err != nil {
		return fmt.Errorf("warm: %w", err)
	}
	t.cold, t.warm, t.transfer = append(t.cold, coldP.Ready), append(t.warm, warmP.Ready), append(t.transfer, transfer)
	t.coldPhases, t.warmPhases = append(t.coldPhases, coldP), append(t.warmPhases, warmP)
	return nil
}

func waitWorker(bctx context.Context) error {
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		var ok bool
		err := chromedp.Run(bctx, chromedp.Evaluate(`(async () => {
			if (!navigator.serviceWorker.controller) return false;
			for (const n of await caches.keys()) {
				const c = await caches.open(n);
				if (await c.match("/web/app.wasm")) return true;
			}
			return false;
		})()`, &ok, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return errors.New("service worker never cached app.wasm")
}
