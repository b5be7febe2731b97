//go:build !wasm

// Package e2e drives the built PWA in real headless Chromium: the wasm and
// the server are built from the working tree, Chromium is installed with
// apt-get when missing, and one browser with a fresh profile runs the steps
// in order (later steps rely on the service worker installed by earlier ones).
package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"simkinerja/app/store"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"simkinerja/app/internal/browser"
)

// step is the time one browser action may take.
const step = 20 * time.Second

type env struct {
	t       *testing.T
	app     *browser.App
	srv     *browser.Server
	addr    string
	browser context.Context
}

func TestE2E(t *testing.T) {
	if testing.Short() {
		t.Skip("e2e: skipped with -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dir := tempDir(t)
	a, err := browser.BuildApp(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	addr, err := browser.FreeAddr()
	if err != nil {
		t.Fatal(err)
	}
	srv, err := a.Start(addr, "e2e-v1")
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, app: a, srv: srv, addr: addr}
	// e.srv, not srv: a later step replaces the server with a new version.
	defer func() { e.srv.Stop() }()
	bctx, stop, err := browser.New(ctx, filepath.Join(dir, "profile"))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	// Written for a 2024 draft: the device says mid-2024, so a first visit
	// opens 2024 under its own rules (years_test.go covers other dates).
	if err := browser.SetDate(bctx, time.Date(2024, 6, 15, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	e.browser = bctx

	steps := []e2eStep{
		{"wasm_compiled_in_worker", (*env).compiledInWorker},
		{"only_link_clicks_reach_go", (*env).linkClicksOnly},
		{"ahli_muda_di_atas_setahun", (*env).ahliMudaDiAtas},
		{"reload_keeps_draft", (*env).reloadKeepsDraft},
		{"fits_360px", func(e *env) error {
			for _, p := range []string{"/", "/simulasi", "/draf"} {
				if err := e.narrow(p); err != nil {
					return err
				}
			}
			return nil
		}},
		{"keyboard", (*env).keyboard},
		{"preset_pak_hendrawan", (*env).presetHendrawan},
		{"corrupt_draft_is_backed_up", (*env).corruptDraft},
		{"import_bad_field", (*env).importBadField},
		{"two_tabs_keep_each_others_drafts", (*env).twoTabs},
		{"offline_from_service_worker", (*env).offline},
		{"update_banner_on_new_version", (*env).updateBanner},
	}
	runSteps(t, e, steps)
}

// e2eStep is one named step of a browser journey.
type e2eStep struct {
	name string
	fn   func(*env) error
}

// runSteps runs the steps in order as subtests, with a screenshot and the
// server log on failure; it stops at the first failure because later steps
// build on the state earlier ones left.
func runSteps(t *testing.T, e *env, steps []e2eStep) {
	for _, s := range steps {
		ok := t.Run(s.name, func(t *testing.T) {
			e.t = t
			if err := s.fn(e); err != nil {
				e.shot(s.name)
				t.Fatalf("%v\nserver log:\n%s", err, e.srv.Log())
			}
		})
		if !ok {
			break
		}
	}
}

// run executes actions in the browser's tab with a per-step timeout.
func (e *env) run(actions ...chromedp.Action) error {
	ctx, cancel := context.WithTimeout(e.browser, step)
	defer cancel()
	return chromedp.Run(ctx, actions...)
}

// open navigates and waits until the wasm app has mounted its first component.
func (e *env) open(path string) error {
	return e.run(chromedp.Navigate("http://"+e.addr+path), waitApp())
}

func waitApp() chromedp.Action {
	return chromedp.WaitReady(`html[data-app="ready"]`, chromedp.ByQuery)
}

// text returns the text of the element with a data-testid, waiting for it.
func (e *env) text(testid string) (string, error) {
	var s string
	err := e.run(chromedp.Text(`[data-testid="`+testid+`"]`, &s, chromedp.ByQuery))
	return strings.TrimSpace(s), err
}

// waitText waits until the element shows want.
func (e *env) waitText(testid, want string) error {
	return e.waitTextThat(testid, fmt.Sprintf("%q", want), func(got string) bool { return got == want })
}

// waitTextThat polls the element's trimmed text until ok accepts it; what
// describes the expectation in the error.
func (e *env) waitTextThat(testid, what string, ok func(string) bool) error {
	ctx, cancel := context.WithTimeout(e.browser, step)
	defer cancel()
	var got string
	for {
		err := chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf(
			`(document.querySelector('[data-testid="%s"]')||{}).textContent||""`, testid), &got))
		if err != nil {
			return fmt.Errorf("%s: want %s, last %q: %w", testid, what, strings.TrimSpace(got), err)
		}
		if ok(strings.TrimSpace(got)) {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s: want %s, got %q", testid, what, strings.TrimSpace(got))
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func (e *env) click(testid string) error {
	return e.run(chromedp.Click(`[data-testid="`+testid+`"]`, chromedp.ByQuery))
}

// choose sets a select and fires the change event go-app listens to.
func (e *env) choose(id, value string) error {
	var ok bool
	err := e.run(chromedp.Evaluate(fmt.Sprintf(`(() => {
		const s = document.getElementById(%q);
		if (!s) return false;
		s.value = %q;
		s.dispatchEvent(new Event("change", {bubbles: true}));
		return s.value === %q;
	})()`, id, value, value), &ok))
	if err == nil && !ok {
		err = fmt.Errorf("select #%s has no option %q", id, value)
	}
	return err
}

func (e *env) eval(js string, out any) error {
	return e.run(chromedp.Evaluate(js, out, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
}

func (e *env) storage(key string) (string, error) {
	var s string
	err := e.eval(fmt.Sprintf(`localStorage.getItem(%q) || ""`, key), &s)
	return s, err
}

// shot saves a screenshot when E2E_SHOTS names a folder (debugging aid).
// tempDir is t.TempDir for folders holding Chromium profiles: Chromium's
// helper processes can still write into a profile for a moment after the
// browser has closed, and t.TempDir fails the test when its removal meets a
// file created meanwhile ("directory not empty"). Here removal is retried and
// a folder that still cannot be removed is only logged: it is under os.TempDir.
func tempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "simkinerja-e2e-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for i := 0; ; i++ {
			err := os.RemoveAll(dir)
			if err == nil {
				return
			}
			if i == 20 {
				t.Logf("leaving %s: %v", dir, err)
				return
			}
			time.Sleep(250 * time.Millisecond)
		}
	})
	return dir
}

func (e *env) shot(name string) {
	dir := os.Getenv("E2E_SHOTS")
	if dir == "" {
		return
	}
	var buf []byte
	if err := e.run(chromedp.FullScreenshot(&buf, 100)); err == nil {
		os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644)
	}
}

func (e *env) ahliMudaDiAtas() error {
	if err := e.open("/"); err != nil {
		return err
	}
	if err := e.choose("pilih-jenjang", "ahli_muda"); err != nil {
		return err
	}
	e.shot("beranda")
	// Client-side navigation through the shared nav.
	if err := e.run(chromedp.Click(`nav a[href="/simulasi"]`, chromedp.ByQuery), chromedp.WaitVisible(`[data-testid="p0-praktik-di_atas"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	for _, id := range []string{"p0-praktik-di_atas", "p0-perilaku-di_atas", "p1-praktik-di_atas", "p1-perilaku-di_atas"} {
		if err := e.click(id); err != nil {
			return fmt.Errorf("click %s: %w", id, err)
		}
	}
	if err := e.waitText("ak-total", "37,5"); err != nil {
		return err
	}
	for i, want := range map[string]string{"predikat-0": "Sangat Baik", "predikat-1": "Sangat Baik", "ak-0": "18,75", "ak-1": "18,75"} {
		if err := e.waitText(i, want); err != nil {
			return err
		}
	}
	// The matrix marks the Di Atas × Di Atas cell.
	chosen, err := e.text("p0-matriks-chosen")
	if err != nil {
		return err
	}
	if !strings.HasPrefix(chosen, "Sangat Baik") {
		return fmt.Errorf("matrix cell: %q", chosen)
	}
	e.shot("simulasi")
	// The first install of the service worker is not an update.
	if err := e.waitCached(); err != nil {
		return err
	}
	time.Sleep(300 * time.Millisecond)
	var banner bool
	if err := e.eval(`document.querySelector('[data-testid="update-banner"]') !== null`, &banner); err != nil {
		return err
	}
	if banner {
		return fmt.Errorf("update banner shown on the first visit")
	}
	// Chromium finds the PWA installable (manifest, icons, service worker).
	var problems []*page.InstallabilityError
	if err := e.run(chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		problems, err = page.GetInstallabilityErrors().Do(ctx)
		return err
	})); err != nil {
		return err
	}
	for _, p := range problems {
		return fmt.Errorf("not installable: %s %v", p.ErrorID, p.ErrorArguments)
	}
	return nil
}

func (e *env) reloadKeepsDraft() error {
	if err := e.run(chromedp.Reload(), waitApp()); err != nil {
		return err
	}
	if err := e.waitText("ak-total", "37,5"); err != nil {
		return err
	}
	if err := e.waitText("predikat-0", "Sangat Baik"); err != nil {
		return err
	}
	// The stored document is the versioned envelope with a valid record.
	raw, err := e.storage(store.StorageKey)
	if err != nil {
		return err
	}
	var env struct {
		Version int `json:"version"`
		Drafts  []struct {
			Tahun  int `json:"tahun"`
			Record struct {
				Profil struct {
					Jenjang string `json:"jenjang"`
				} `json:"profil"`
			} `json:"record"`
		} `json:"drafts"`
	}
	if err := json.Unmarshal([]byte(raw), &env); err != nil {
		return fmt.Errorf("stored drafts: %w (%s)", err, raw)
	}
	if env.Version != 2 || len(env.Drafts) != 1 || env.Drafts[0].Record.Profil.Jenjang != "ahli_muda" || env.Drafts[0].Tahun != 2024 {
		return fmt.Errorf("stored drafts: %s", raw)
	}
	return nil
}

func (e *env) presetHendrawan() error {
	if err := e.open("/"); err != nil {
		return err
	}
	if err := e.click("preset-seed001_pak_hendrawan"); err != nil {
		return err
	}
	if err := e.waitText("ak-total", "37,5"); err != nil {
		return err
	}
	if err := e.waitText("predikat-0", "Sangat Baik"); err != nil {
		return err
	}
	// Read-only: the rating buttons are disabled until copied.
	var disabled bool
	if err := e.eval(`document.querySelector('[data-testid="p0-praktik-di_atas"]').disabled`, &disabled); err != nil {
		return err
	}
	if !disabled {
		return fmt.Errorf("preset is editable")
	}
	return nil
}

func (e *env) corruptDraft() error {
	const garbage = `{"version":1,"drafts":[{"id":"x","scenario":` // cut off: not JSON
	if err := e.eval(fmt.Sprintf(`localStorage.setItem(%q, %q), true`, store.StorageKey, garbage), new(bool)); err != nil {
		return err
	}
	if err := e.run(chromedp.Reload(), waitApp(), chromedp.WaitVisible(`[data-testid="draft-error"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	// The garbage is kept verbatim in a backup key.
	var backups []string
	if err := e.eval(fmt.Sprintf(`Object.keys(localStorage).filter(k => k.startsWith(%q)).map(k => localStorage.getItem(k))`, store.BackupPrefix), &backups); err != nil {
		return err
	}
	if len(backups) != 1 {
		return fmt.Errorf("want 1 backup, got %d", len(backups))
	}
	var b store.Backup
	if err := json.Unmarshal([]byte(backups[0]), &b); err != nil {
		return err
	}
	if b.Raw != garbage {
		return fmt.Errorf("backup holds %q, want %q", b.Raw, garbage)
	}
	e.shot("corrupt")
	// The link offers the backup; the app still works with a fresh draft.
	var href string
	if err := e.eval(`document.querySelector('[data-testid="draft-backup-download"]').getAttribute("href")`, &href); err != nil {
		return err
	}
	if !strings.HasPrefix(href, "data:application/json") {
		return fmt.Errorf("backup download link: %q", href)
	}
	if err := e.open("/simulasi"); err != nil {
		return err
	}
	if err := e.click("p0-praktik-sesuai"); err != nil {
		return err
	}
	if err := e.run(chromedp.WaitReady(`[data-testid="p0-praktik-sesuai"][aria-pressed="true"]`, chromedp.ByQuery)); err != nil {
		return fmt.Errorf("fresh draft not editable: %w", err)
	}
	return nil
}

func (e *env) importBadField() error {
	if err := e.open("/draf"); err != nil {
		return err
	}
	before, err := e.storage(store.StorageKey)
	if err != nil {
		return err
	}
	var countBefore int
	if err := e.eval(`document.querySelectorAll('[data-testid="draft-item"]').length`, &countBefore); err != nil {
		return err
	}
	bad := filepath.Join(e.app.Dir, "rusak.json")
	doc := `{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":9}]}`
	if err := os.WriteFile(bad, []byte(doc), 0o644); err != nil {
		return err
	}
	if err := e.run(chromedp.SetUploadFiles(`[data-testid="import-file"]`, []string{bad}, chromedp.ByQuery),
		chromedp.WaitVisible(`[data-testid="import-errors"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	var paths []string
	if err := e.eval(`[...document.querySelectorAll('[data-testid="import-error"]')].map(li => li.dataset.path + " | " + li.textContent)`, &paths); err != nil {
		return err
	}
	found := false
	for _, p := range paths {
		if strings.HasPrefix(p, "periods[0].months | ") && strings.Contains(p, "bulan") {
			found = true
		}
	}
	if !found {
		return fmt.Errorf("import errors do not name periods[0].months: %q", paths)
	}
	e.shot("import-errors")
	after, err := e.storage(store.StorageKey)
	if err != nil {
		return err
	}
	var countAfter int
	if err := e.eval(`document.querySelectorAll('[data-testid="draft-item"]').length`, &countAfter); err != nil {
		return err
	}
	if after != before || countAfter != countBefore {
		return fmt.Errorf("drafts changed by a refused import: %d → %d", countBefore, countAfter)
	}
	// A good file is imported as one more draft.
	good := filepath.Join(e.app.Dir, "baik.json")
	if err := os.WriteFile(good, []byte(strings.Replace(doc, `"months":9`, `"months":6`, 1)), 0o644); err != nil {
		return err
	}
	if err := e.run(chromedp.SetUploadFiles(`[data-testid="import-file"]`, []string{good}, chromedp.ByQuery),
		chromedp.WaitVisible(`[data-testid="import-ok"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	if err := e.eval(`document.querySelectorAll('[data-testid="draft-item"]').length`, &countAfter); err != nil {
		return err
	}
	if countAfter != countBefore+1 {
		return fmt.Errorf("good import: %d drafts, want %d", countAfter, countBefore+1)
	}
	return nil
}

// waitCached waits until the service worker controls the page and its cache
// holds every route and the wasm.
func (e *env) waitCached() error {
	deadline := time.Now().Add(step)
	var last string
	for time.Now().Before(deadline) {
		err := e.eval(`(async () => {
			if (!navigator.serviceWorker.controller) return "no controller";
			const names = await caches.keys();
			let urls = [];
			for (const n of names) {
				const c = await caches.open(n);
				urls = urls.concat((await c.keys()).map(r => new URL(r.url).pathname));
			}
			for (const p of ["/", "/simulasi", "/draf", "/web/app.wasm", "/app.js", "/wasm_exec.js"]) {
				if (!urls.includes(p)) return "missing " + p;
			}
			return "ok";
		})()`, &last)
		if err != nil {
			return err
		}
		if last == "ok" {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("service worker cache: %s", last)
}

func (e *env) offline() error {
	if err := e.open("/simulasi"); err != nil {
		return err
	}
	if err := e.waitCached(); err != nil {
		return err
	}
	want, err := e.text("ak-total")
	if err != nil {
		return err
	}
	e.srv.Stop()
	// Reload and a deep link with a query both come from the service worker.
	if err := e.run(chromedp.Reload(), waitApp()); err != nil {
		return fmt.Errorf("offline reload: %w", err)
	}
	if err := e.waitText("ak-total", want); err != nil {
		return err
	}
	// The compile worker's fetch went through the service worker too: the
	// worker started from its file, which the service worker answered.
	if err := e.compiledBy("worker"); err != nil {
		return fmt.Errorf("offline: %w", err)
	}
	var from string
	if err := e.run(chromedp.Evaluate(`document.documentElement.getAttribute("data-wasm-worker") || ""`, &from)); err != nil {
		return err
	}
	if from != "file" {
		return fmt.Errorf("offline: compile worker started from %q, want the file", from)
	}
	if err := e.open("/simulasi?contoh=seed001_guru_ahli_madya"); err != nil {
		return fmt.Errorf("offline deep link: %w", err)
	}
	return e.waitText("predikat-0", "Baik")
}

func (e *env) updateBanner() error {
	// The open page must be the old version. It is loaded from the old worker
	// while the server is still down (after the offline step): loading it once
	// the new server is up would race the browser's own update check, which
	// can install the new worker first and serve the new page (no banner, and
	// rightly so).
	if err := e.open("/"); err != nil {
		return err
	}
	srv, err := e.app.Start(e.addr, "e2e-v2")
	if err != nil {
		return err
	}
	e.srv = srv
	// The browser (or go-app's periodic check, nudged below) fetches the new
	// worker, which installs while the old page is open.
	deadline := time.Now().Add(2 * step)
	nudged := false
	for {
		var shown bool
		if err := e.eval(`document.querySelector('[data-testid="update-banner"]') !== null`, &shown); err != nil {
			return err
		}
		if shown {
			return nil
		}
		if time.Now().After(deadline) {
			var diag string
			e.eval(`(async () => {
				const r = await navigator.serviceWorker.getRegistration();
				const st = w => w ? w.state : "-";
				return JSON.stringify({page: goappEnv.GOAPP_VERSION, caches: await caches.keys(), active: st(r && r.active), waiting: st(r && r.waiting),
					installing: st(r && r.installing), updatedBeforeWasm: window.goappUpdatedBeforeWasmLoaded});
			})()`, &diag)
			return fmt.Errorf("no update banner after %s: %s", 2*step, diag)
		}
		if !nudged {
			// Ask for the update check as go-app's own periodic check
			// (goappTryUpdate) would; the page's navigation happened offline.
			nudged = true
			if err := e.eval(`navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`, new(bool)); err != nil {
				return err
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// narrow checks that a page fits a 360 px wide phone without sideways scrolling.
func (e *env) narrow(path string) error {
	if err := e.run(chromedp.EmulateViewport(360, 740)); err != nil {
		return err
	}
	defer e.run(chromedp.EmulateViewport(390, 900))
	if err := e.open(path); err != nil {
		return err
	}
	var wide []string
	if err := e.eval(`(() => {
		const w = document.documentElement.clientWidth;
		const out = [];
		if (document.documentElement.scrollWidth > w) out.push("page " + document.documentElement.scrollWidth + " > " + w);
		for (const el of document.querySelectorAll("main *")) {
			const r = el.getBoundingClientRect();
			if (r.right > w + 1 && getComputedStyle(el).position !== "absolute") out.push(el.tagName + "." + el.className + " right=" + Math.round(r.right));
		}
		return out.slice(0, 10);
	})()`, &wide); err != nil {
		return err
	}
	if len(wide) > 0 {
		return fmt.Errorf("%s wider than 360 px: %v", path, wide)
	}
	return nil
}

// twoTabs: a draft created in a second tab survives a save in the first one.
func (e *env) twoTabs() error {
	if err := e.open("/draf"); err != nil {
		return err
	}
	count := func(ctx context.Context) (int, error) {
		var n int
		err := chromedp.Run(ctx, chromedp.Evaluate(`document.querySelectorAll('[data-testid="draft-item"]').length`, &n))
		return n, err
	}
	n, err := count(e.browser)
	if err != nil {
		return err
	}
	tab, closeTab := chromedp.NewContext(e.browser)
	defer closeTab()
	tctx, cancel := context.WithTimeout(tab, step)
	defer cancel()
	if err := chromedp.Run(tctx, chromedp.Navigate("http://"+e.addr+"/draf"), waitApp(),
		chromedp.Click(`[data-testid="draft-new"]`, chromedp.ByQuery)); err != nil {
		return fmt.Errorf("second tab: %w", err)
	}
	// The first tab shows the new draft without a reload…
	deadline := time.Now().Add(step)
	for {
		got, err := count(e.browser)
		if err != nil {
			return err
		}
		if got == n+1 {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("first tab shows %d drafts, want %d", got, n+1)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// …and its next save keeps it.
	if err := e.run(chromedp.Click(`[data-testid="draft-duplicate"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	raw, err := e.storage(store.StorageKey)
	if err != nil {
		return err
	}
	var env struct {
		Drafts []json.RawMessage `json:"drafts"`
	}
	if err := json.Unmarshal([]byte(raw), &env); err != nil {
		return err
	}
	if len(env.Drafts) != n+2 {
		return fmt.Errorf("stored %d drafts, want %d", len(env.Drafts), n+2)
	}
	return nil
}

// keyboard: Tab reaches the skip link first, and a rating is chosen with the
// keyboard alone (focus, Enter).
func (e *env) keyboard() error {
	if err := e.open("/simulasi"); err != nil {
		return err
	}
	var first string
	if err := e.run(chromedp.KeyEvent(kb.Tab), chromedp.Evaluate(`document.activeElement.textContent`, &first)); err != nil {
		return err
	}
	if first != "Lewati ke isi" {
		return fmt.Errorf("first Tab stop: %q", first)
	}
	if err := e.run(chromedp.Focus(`[data-testid="p1-perilaku-sesuai"]`, chromedp.ByQuery), chromedp.KeyEvent(kb.Enter),
		chromedp.WaitReady(`[data-testid="p1-perilaku-sesuai"][aria-pressed="true"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	// Di Atas × Sesuai is Baik in the second semester; put it back afterwards.
	if err := e.waitText("predikat-1", "Baik"); err != nil {
		return err
	}
	if err := e.run(chromedp.Focus(`[data-testid="p1-perilaku-di_atas"]`, chromedp.ByQuery), chromedp.KeyEvent(" ")); err != nil {
		return err
	}
	return e.waitText("ak-total", "37,5")
}

// compiledInWorker: app.wasm is compiled by web/wasm-compile.js off the main
// thread, not by the page's fallback (app/startscript.go), on a first visit
// and again through the service worker; the worker is the one the page's
// head started (app/earlystart.go), which the CSP admitted.
func (e *env) compiledInWorker() error {
	rehearsed := false
	for i := 0; i < 3 && !rehearsed; i++ {
		if err := e.open("/"); err != nil {
			return err
		}
		if err := e.compiledBy("worker"); err != nil {
			return fmt.Errorf("load %d: %w", i+1, err)
		}
		// …from the page's copy of its script on a first visit (no service
		// worker answers for the page), from the file only when one does
		// (the service worker may also take the page over later).
		var start string
		if err := e.run(chromedp.Evaluate(`document.documentElement.getAttribute("data-wasm-start") + " " + document.documentElement.getAttribute("data-wasm-worker") + " " + !!navigator.serviceWorker.controller`, &start)); err != nil {
			return err
		}
		if f := strings.Fields(start); len(f) != 3 || f[0] != "head" || i == 0 && f[1] != "blob" || f[1] == "file" && f[2] != "true" || f[1] != "file" && f[1] != "blob" {
			return fmt.Errorf("load %d: compile worker started by, from, page controlled = %q", i+1, start)
		}
		// A page the service worker controls has the worker rehearse the
		// start on its make-believe page up to the mounted screen and a tap,
		// without Go stopping on something the stage lacks
		// (web/wasm-compile.js); a first visit has it compile only.
		if strings.Fields(start)[1] == "blob" {
			var none bool
			if err := e.run(chromedp.Sleep(time.Second), chromedp.Evaluate(`!document.documentElement.hasAttribute("data-wasm-rehearsal")`, &none)); err != nil {
				return err
			}
			if !none {
				return fmt.Errorf("load %d: a first visit rehearsed", i+1)
			}
			continue
		}
		var rehearsal string
		if err := e.run(chromedp.Poll(`document.documentElement.getAttribute("data-wasm-rehearsal")`, &rehearsal, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			return fmt.Errorf("load %d: no rehearsal report: %w", i+1, err)
		}
		if rehearsal != "ready" {
			return fmt.Errorf("load %d: rehearsal %q, want ready", i+1, rehearsal)
		}
		rehearsed = true
	}
	if !rehearsed {
		return errors.New("no load rehearsed the start: the service worker never took the page over")
	}
	return nil
}

// linkClicksOnly: once the screen works, go-app's click handler on window
// (Go) is wrapped so that only a click inside a link reaches it
// (skLinkClicksOnly), and a link on the page is still followed inside the
// page, without a new document.
func (e *env) linkClicksOnly() error {
	if err := e.open("/"); err != nil {
		return err
	}
	var wrapped bool
	if err := e.run(chromedp.Poll(`String(window.onclick).includes('closest("a")')`, &wrapped, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		return fmt.Errorf("window.onclick not wrapped: %w", err)
	}
	if err := e.mark(); err != nil {
		return err
	}
	if err := e.clickLink("/draf"); err != nil {
		return err
	}
	return e.waitPage("/draf", "draft-list", true)
}

// compiledBy checks who compiled the page's wasm (data-wasm-compile).
func (e *env) compiledBy(want string) error {
	var how string
	if err := e.run(chromedp.Evaluate(`document.documentElement.getAttribute("data-wasm-compile") || ""`, &how)); err != nil {
		return err
	}
	if how != want {
		return fmt.Errorf("wasm compiled by %q, want %q", how, want)
	}
	return nil
}
