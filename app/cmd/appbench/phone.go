//go:build !wasm

package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/url"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"simkinerja/app/internal/browser"
)

// The phone profile is Lighthouse's mobile one (slow 4G, mid-range phone):
// the network is a slowLink in front of the app's server, so that every
// request — the page's, the worker that compiles app.wasm, the service
// worker's — shares the slow link; the CPU throttling (DevTools Protocol)
// slows everything the page's main thread runs (Go, render).
const (
	phoneRTT      = 150             // ms added per request
	phoneDownload = 1.6e6 / 8       // bytes per second (1.6 Mbps)
	phoneUpload   = 750e3 / 8       // bytes per second (750 kbps)
	phoneCPU      = 4               // times slower main thread
	phoneTimeout  = 3 * time.Minute // per page load
)

// calcProbe runs in every new document of ours: once the app says it is
// mounted (html[data-app=ready]), it taps a predikat the quick calculator
// does not show yet, and resolves window.__benchDone with the time (ms since
// navigation) at which the calculator shows that predikat pressed and a new
// AK: the first moment a user's tap gets an answer. Before mounting, the
// pre-rendered page may look the same but does not answer taps. A tap that
// got no answer within a second is repeated; the first is at once (a last
// tap "at 0" held every first tap until a second after navigation, a floor
// under every warm load).
const calcProbe = `window.__benchDone = new Promise((resolve, reject) => {
	let target = "", base = "", tapped = -Infinity;
	const ak = () => { const e = document.querySelector('[data-testid="quick-ak"]'); return e ? e.textContent : ""; };
	const tick = () => {
		const root = document.documentElement;
		if (root && root.getAttribute("data-app") === "ready") {
			if (!target) {
				const free = [...document.querySelectorAll('button[data-testid^="quick-"]')].filter(b => b.getAttribute("aria-pressed") !== "true" && !b.disabled);
				if (!free.length) { reject(new Error("quick calculator: no predikat button (button[data-testid^=quick-])")); return; }
				target = free[free.length - 1].getAttribute("data-testid");
				base = ak();
			}
			const b = document.querySelector('button[data-testid="' + target + '"]');
			if (b && b.getAttribute("aria-pressed") === "true" && ak() !== "" && ak() !== base) { resolve(performance.now()); return; }
			if (b && performance.now() - tapped > 1000) { tapped = performance.now(); b.click(); }
		}
		setTimeout(tick, 10);
	};
	tick();
});`

// phoneLoad is one load under the phone profile: ms since navigation, and
// the bytes the link carried to the browser meanwhile.
type phoneLoad struct {
	Done  float64 // the probe's answer
	Bytes int64   // through the slow link
	At    phoneMarks
}

// phoneMarks are the moments of one phone-profile load, ms since
// navigation: the page's response complete, DOMContentLoaded (the page
// parsed and its deferred scripts run), app.wasm requested and received
// (see wasmEntryJS), Go's main entered and the first screen mounted.
type phoneMarks struct{ Page, DCL, Requested, Fetched, Main, Ready float64 }

// phoneMarksJS reads phoneMarks; mark is the app's performance mark prefix.
func phoneMarksJS(mark string) string {
	return fmt.Sprintf(`(() => {
	const m = (n) => (performance.getEntriesByName(n)[0] || {}).startTime || 0;
	const nav = performance.getEntriesByType("navigation")[0] || {};
	const w = %s;
	return {Page: nav.responseEnd || 0, DCL: nav.domContentLoadedEventEnd || 0, Requested: w.startTime || 0, Fetched: w.responseEnd || 0, Main: m(%q), Ready: m(%q)};
})()`, wasmEntryJS, mark+"-main", mark+"-ready")
}

// errUnthrottled marks a cold load whose app.wasm did not come through the
// slow link.
var errUnthrottled = errors.New("phone profile not applied")

// mountProbe resolves window.__benchDone with the app's ready mark.
func mountProbe(mark string) string {
	return fmt.Sprintf(`window.__benchDone = new Promise(resolve => {
	const tick = () => { const e = performance.getEntriesByName(%q)[0]; e ? resolve(e.startTime) : setTimeout(tick, 10); };
	tick();
});`, mark+"-ready")
}

// phone loads the app under the phone profile in a fresh profile (cold),
// waits for the service worker to hold app.wasm, and loads it again in a new
// tab (warm).
// Ours is done when its quick calculator answers a tap; the bare app when it
// is mounted (it has nothing to tap).
func (t *target) phone(parent context.Context, profile string) error {
	u, err := url.Parse(t.url)
	if err != nil {
		return err
	}
	link, err := newSlowLink(u.Host)
	if err != nil {
		return err
	}
	defer link.Close()
	pageURL := "http://" + link.Addr() + u.Path
	bctx, stop, err := browser.New(parent, profile)
	if err != nil {
		return err
	}
	defer stop()
	probe := mountProbe(t.mark)
	if t.name == "simkinerja" {
		probe = calcProbe
	}
	phoneTab := func(tab context.Context) error {
		return chromedp.Run(tab,
			emulation.SetCPUThrottlingRate(phoneCPU),
			chromedp.ActionFunc(func(ctx context.Context) error {
				_, err := page.AddScriptToEvaluateOnNewDocument(probe).Do(ctx)
				return err
			}))
	}
	if err := phoneTab(bctx); err != nil {
		return err
	}
	tab := bctx
	load := func() (phoneLoad, error) {
		ctx, cancel := context.WithTimeout(tab, phoneTimeout)
		defer cancel()
		var l phoneLoad
		before := link.sent.Load()
		err := chromedp.Run(ctx,
			chromedp.Navigate(pageURL),
			chromedp.Evaluate(`window.__benchDone`, &l.Done, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
			chromedp.Evaluate(phoneMarksJS(t.mark), &l.At))
		l.Bytes = link.sent.Load() - before
		return l, err
	}
	cold, err := load()
	if err != nil {
		return fmt.Errorf("cold: %w", err)
	}
	// A cold load that did not bring app.wasm through the link measured
	// nothing and is refused.
	if cold.Bytes < int64(t.br) {
		return fmt.Errorf("%w: the cold load carried %d bytes, app.wasm alone is %d", errUnthrottled, cold.Bytes, t.br)
	}
	if err := waitWorker(bctx); err != nil {
		return err
	}
	// The warm load is a return visit: a new tab, the first one closed, so
	// the page runs in a renderer of its own, as when a teacher opens the
	// app again. In the same tab the renderer still holds the wasm code the
	// cold page compiled, and V8 reuses it instead of compiling lazily, on
	// the page's main thread, the functions Go's start calls.
	warmTab, closeTab := chromedp.NewContext(bctx)
	defer closeTab()
	if err := phoneTab(warmTab); err != nil {
		return err
	}
	if err := chromedp.Run(bctx, page.Close()); err != nil {
		return err
	}
	tab = warmTab
	warm, err := load()
	if err != nil {
		return fmt.Errorf("warm: %w", err)
	}
	log.Printf("  phone %-10s cold %5.0f ms (%.2f MB through the link)   warm %5.0f ms (%.2f MB)", t.name, cold.Done, float64(cold.Bytes)/1e6, warm.Done, float64(warm.Bytes)/1e6)
	t.phoneCold, t.phoneWarm = append(t.phoneCold, cold.Done), append(t.phoneWarm, warm.Done)
	t.phoneColdAt, t.phoneWarmAt = append(t.phoneColdAt, cold.At), append(t.phoneWarmAt, warm.At)
	return nil
}
