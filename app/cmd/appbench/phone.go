//go:build !wasm

package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"simkinerja/app/internal/browser"
)

// The phone profile is Lighthouse's mobile one (slow 4G, mid-range phone),
// applied to the page's target through the DevTools Protocol: the network
// emulation throttles what the page fetches (the cold app.wasm), the CPU
// throttling everything the page's main thread runs (compile, Go, render).
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
// got no answer within a second is repeated.
const calcProbe = `window.__benchDone = new Promise((resolve, reject) => {
	let target = "", base = "", tapped = 0;
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

// phoneLoad is one load under the phone profile, in ms since navigation.
type phoneLoad struct {
	Done   float64 // the probe's answer
	Wasm   float64 // app.wasm requested → received
	Bytes  float64 // app.wasm bytes on the wire
	Worker bool    // app.wasm came through the service worker
}

// errUnthrottled marks a cold load the network emulation did not slow down.
var errUnthrottled = errors.New("phone profile not applied")

// mountProbe resolves window.__benchDone with the app's ready mark.
func mountProbe(mark string) string {
	return fmt.Sprintf(`window.__benchDone = new Promise(resolve => {
	const tick = () => { const e = performance.getEntriesByName(%q)[0]; e ? resolve(e.startTime) : setTimeout(tick, 10); };
	tick();
});`, mark+"-ready")
}

// phone loads the app under the phone profile in a fresh profile (cold),
// waits for the service worker to hold app.wasm, and loads it again (warm).
// Ours is done when its quick calculator answers a tap; the bare app when it
// is mounted (it has nothing to tap).
func (t *target) phone(parent context.Context, profile string) error {
	bctx, stop, err := browser.New(parent, profile)
	if err != nil {
		return err
	}
	defer stop()
	probe := mountProbe(t.mark)
	if t.name == "simkinerja" {
		probe = calcProbe
	}
	err = chromedp.Run(bctx,
		network.Enable(),
		network.EmulateNetworkConditions(false, phoneRTT, phoneDownload, phoneUpload),
		emulation.SetCPUThrottlingRate(phoneCPU),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(probe).Do(ctx)
			return err
		}))
	if err != nil {
		return err
	}
	load := func() (phoneLoad, error) {
		ctx, cancel := context.WithTimeout(bctx, phoneTimeout)
		defer cancel()
		var l phoneLoad
		err := chromedp.Run(ctx,
			chromedp.Navigate(t.url),
			chromedp.Evaluate(`window.__benchDone`, &l.Done, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
			chromedp.Evaluate(`(() => {
				const w = performance.getEntriesByType("resource").find(e => e.name.endsWith("/app.wasm")) || {};
				return {Wasm: (w.responseEnd || 0) - (w.startTime || 0), Bytes: w.transferSize || 0, Worker: (w.workerStart || 0) > 0};
			})()`, &l))
		return l, err
	}
	// Cold, the page's own requests bypass the service worker: go-app's
	// worker claims the page as soon as it is installed, and its fetches run
	// in a target of their own that the network emulation does not throttle,
	// so a quick install could hand the page an unthrottled app.wasm (seen:
	// one cold bare run of 1.1 s instead of 7.8 s).
	if err := chromedp.Run(bctx, network.SetBypassServiceWorker(true)); err != nil {
		return err
	}
	cold, err := load()
	if err != nil {
		return fmt.Errorf("cold: %w", err)
	}
	// A cold app.wasm that arrived faster than the emulated link allows was
	// not throttled: the run measures nothing and is refused.
	if least := cold.Bytes / phoneDownload * 1000; cold.Worker || cold.Wasm < 0.9*least {
		return fmt.Errorf("%w: cold app.wasm %.0f bytes in %.0f ms (service worker %v), the link allows no less than %.0f ms",
			errUnthrottled, cold.Bytes, cold.Wasm, cold.Worker, least)
	}
	if err := chromedp.Run(bctx, network.SetBypassServiceWorker(false)); err != nil {
		return err
	}
	if err := waitWorker(bctx); err != nil {
		return err
	}
	warm, err := load()
	if err != nil {
		return fmt.Errorf("warm: %w", err)
	}
	log.Printf("  phone %-10s cold %5.0f ms (app.wasm %.2f MB in %5.0f ms)   warm %5.0f ms", t.name, cold.Done, cold.Bytes/1e6, cold.Wasm, warm.Done)
	t.phoneCold, t.phoneWarm = append(t.phoneCold, cold.Done), append(t.phoneWarm, warm.Done)
	return nil
}
