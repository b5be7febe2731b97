//go:build !wasm

package e2e

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"simkinerja/app/internal/browser"
)

// TestTrainerBundle: the teacher's pages run app.wasm and never fetch
// pelatih.wasm; a link from Beranda to /presentasi is a full page load that
// runs pelatih.wasm, the trainer's screens link to each other inside that
// page, and the links back load app.wasm again. After one visit the
// service worker holds pelatih.wasm, and the way there and back works
// offline; before that visit, a pelatih page opened offline says it needs
// the network once.
func TestTrainerBundle(t *testing.T) {
	if testing.Short() {
		t.Skip("e2e: skipped with -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	a, srv, addr := startApp(t, ctx, "e2e-bundle")
	bctx, stop, err := browser.New(ctx, filepath.Join(a.Dir, "profile"))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if err := browser.SetDate(bctx, time.Date(2024, 6, 15, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, app: a, srv: srv, addr: addr, browser: bctx}
	// A second person who has opened only Beranda before going offline.
	bctx2, stop2, err := browser.New(ctx, filepath.Join(a.Dir, "profile-2"))
	if err != nil {
		t.Fatal(err)
	}
	defer stop2()
	other := &env{t: t, app: a, srv: srv, addr: addr, browser: bctx2}
	runSteps(t, e, []e2eStep{
		{"another_profile_opens_beranda", func(e *env) error {
			other.t = e.t
			if err := other.open("/"); err != nil {
				return err
			}
			return other.waitCached()
		}},
		{"beranda_runs_app_wasm", func(e *env) error {
			if err := e.open("/"); err != nil {
				return err
			}
			if err := e.waitCached(); err != nil {
				return err
			}
			return e.wasmIs("/", "/web/app.wasm")
		}},
		{"beranda_to_presentasi_and_back", (*env).toPresentasiAndBack},
		{"navigate_from_go_loads_the_page", func(e *env) error {
			// go-app's own navigation (ctx.Navigate, history) to a route of
			// the other wasm reloads the page from the new address.
			if err := e.open("/"); err != nil {
				return err
			}
			if err := e.mark(); err != nil {
				return err
			}
			if err := e.eval(`goappNav("/ringkasan"), true`, nil); err != nil {
				return err
			}
			if err := e.waitPage("/ringkasan", "ringkasan", false); err != nil {
				return err
			}
			if err := e.loadedBy("reload"); err != nil {
				return err
			}
			return e.wasmIs("/ringkasan", "/web/pelatih.wasm")
		}},
		{"offline_after_one_visit", func(e *env) error {
			if err := e.waitCachedOnUse("/web/pelatih.wasm"); err != nil {
				return err
			}
			e.srv.Stop()
			if err := e.open("/"); err != nil {
				return fmt.Errorf("offline /: %w", err)
			}
			if err := e.toPresentasiAndBack(); err != nil {
				return fmt.Errorf("offline: %w", err)
			}
			// A class page is answered offline by the app's shell; it still
			// starts pelatih.wasm, whose class screen says it needs the network.
			if err := e.open("/kelas/ABC123"); err != nil {
				return fmt.Errorf("offline /kelas: %w", err)
			}
			return e.wasmIs("/kelas/ABC123", "/web/pelatih.wasm")
		}},
		{"pelatih_page_offline_before_first_visit", func(e *env) error {
			// The service worker keeps /bagikan as a page from its install,
			// pelatih.wasm only once used: offline before that, the page
			// says why its buttons do not answer and how to get them.
			other.t = e.t
			if err := other.run(chromedp.Navigate("http://"+other.addr+"/bagikan"),
				chromedp.WaitVisible(`[data-testid="wasm-gagal"]`, chromedp.ByQuery)); err != nil {
				return err
			}
			var got string
			if err := other.eval(`document.querySelector('[data-testid="wasm-gagal"]').textContent + "|" + document.documentElement.getAttribute("data-wasm-compile") + "|" + !!document.getElementById("app-wasm-loader")`, &got); err != nil {
				return err
			}
			if !strings.Contains(got, "Sambungkan ke internet") || !strings.HasSuffix(got, "|failed|false") {
				return fmt.Errorf("notice | compile state | loader present = %q", got)
			}
			return nil
		}},
	})
}

// toPresentasiAndBack follows the nav from Beranda to /presentasi (a new
// page running pelatih.wasm) and its "Keluar" link back to Beranda (a new
// page running app.wasm); then from Beranda to /ringkasan, on to
// /presentasi inside that page, and back.
func (e *env) toPresentasiAndBack() error {
	for _, via := range []string{"", "/ringkasan"} {
		if err := e.mark(); err != nil {
			return err
		}
		if via != "" {
			if err := e.clickLink(via); err != nil {
				return err
			}
			if err := e.waitPage(via, "ringkasan", false); err != nil {
				return err
			}
			if err := e.mark(); err != nil {
				return err
			}
		}
		if err := e.clickLink("/presentasi"); err != nil {
			return err
		}
		if err := e.waitPage("/presentasi", "slide", via != ""); err != nil {
			return err
		}
		if err := e.wasmIs("/presentasi", "/web/pelatih.wasm"); err != nil {
			return err
		}
		if err := e.loadedBy("navigate"); err != nil {
			return err
		}
		if err := e.clickLink("/"); err != nil {
			return err
		}
		if err := e.waitPage("/", "preset-", false); err != nil {
			return err
		}
		if err := e.wasmIs("/", "/web/app.wasm"); err != nil {
			return err
		}
	}
	return nil
}

// mark sets a value on the page's window: it survives a navigation inside
// the page and is gone after a page load.
func (e *env) mark() error { return e.eval(`window.skMark = 1`, nil) }

// clickLink clicks the first link to href, as a person would (it may sit
// in the closed "Lainnya" menu, so the click is dispatched to it).
func (e *env) clickLink(href string) error {
	var ok bool
	if err := e.eval(fmt.Sprintf(`(() => {
		const a = document.querySelector('a[href=%q]');
		if (!a) return false;
		a.click();
		return true;
	})()`, href), &ok); err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("no link to %s on %s", href, "the page")
	}
	return nil
}

// waitPage waits until the app shows path with the element of data-testid
// testid (a prefix, so "preset-" is any preset), in the same page
// (samePage) or in a page loaded afresh.
func (e *env) waitPage(path, testid string, samePage bool) error {
	deadline := time.Now().Add(step)
	var last string
	for time.Now().Before(deadline) {
		err := e.eval(fmt.Sprintf(`(() => {
			if (location.pathname !== %q) return "at " + location.pathname;
			if ((window.skMark === 1) !== %v) return "page mark " + window.skMark;
			if (document.documentElement.getAttribute("data-app") !== "ready") return "app not ready (wasm " + document.documentElement.getAttribute("data-wasm") + ", compiled in " + document.documentElement.getAttribute("data-wasm-compile") + ", loader: " + ((document.getElementById("app-wasm-loader-label") || {}).textContent || "-") + ")";
			if (!document.querySelector('[data-testid^=%q]')) return "no %s";
			return "ok";
		})()`, path, samePage, testid, testid), &last)
		if err != nil && !strings.Contains(err.Error(), "context") {
			last = err.Error() // the page is being replaced
		} else if err != nil {
			return err
		}
		if last == "ok" {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	how := map[bool]string{true: "in the same page", false: "in a new page"}[samePage]
	return fmt.Errorf("%s %s: %s", path, how, last)
}

// loadedBy checks how the page was loaded: "navigate" (the browser
// followed the link itself, nothing was drawn in between) or "reload" (go-app
// navigated inside the page first).
func (e *env) loadedBy(want string) error {
	var got string
	if err := e.eval(`performance.getEntriesByType("navigation")[0].type`, &got); err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("page loaded by %q, want %q", got, want)
	}
	return nil
}

// wasmIs checks that the page at path fetched wasm and no other wasm file.
func (e *env) wasmIs(path, wasm string) error {
	// The compile worker fetches the wasm (app/startscript.go); the page
	// says which one it runs, and fetches none itself unless the worker
	// failed.
	var got struct {
		Runs    string
		Fetched []string
	}
	if err := e.eval(`({Runs: document.documentElement.getAttribute("data-wasm") || "",
		Fetched: performance.getEntriesByType("resource").map(r => new URL(r.name).pathname).filter(p => p.endsWith(".wasm"))})`, &got); err != nil {
		return err
	}
	if got.Runs != wasm || len(got.Fetched) > 1 || len(got.Fetched) == 1 && got.Fetched[0] != wasm {
		return fmt.Errorf("%s runs %q and fetched %v itself, want only %s", path, got.Runs, got.Fetched, wasm)
	}
	return nil
}

// waitCachedOnUse waits until the service worker's cache holds path.
func (e *env) waitCachedOnUse(path string) error {
	deadline := time.Now().Add(step)
	for time.Now().Before(deadline) {
		var ok bool
		if err := e.eval(fmt.Sprintf(`(async () => {
			for (const n of await caches.keys()) {
				if (await (await caches.open(n)).match(%q)) return true;
			}
			return false;
		})()`, path), &ok); err != nil {
			return err
		}
		if ok {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("the service worker never kept %s", path)
}
