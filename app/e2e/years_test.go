//go:build !wasm

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"simkinerja/app/internal/browser"
	"simkinerja/app/store"
)

// TestYears walks a teacher's years on screen with the device's clock in
// March 2026: the first visit opens 2026 under its own rules, a three-year
// record survives reload and offline, the year tabs never lose input
// (switch, reload, undo), 2026's Siklus and Kompetensi forms save, the SKP
// deadline warns, and a draft saved by the first release opens intact.
func TestYears(t *testing.T) {
	if testing.Short() {
		t.Skip("e2e: skipped with -short")
	}
	e, done := datedEnv(t, "years", time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC))
	defer done()
	runSteps(t, e, []e2eStep{
		{"first_visit_shows_2026", (*env).firstVisit2026},
		{"three_years_survive_reload", (*env).threeYears},
		{"tabs_never_lose_input", (*env).tabsKeepInput},
		{"siklus_2026_saves", (*env).siklus2026},
		{"kompetensi_2026_saves", (*env).kompetensi2026},
		{"skp_deadline_2026", (*env).skp2026},
		{"three_years_offline", (*env).yearsOffline},
		{"release_draft_opens_intact", (*env).releaseDraft},
	})
}

// datedEnv starts the app and a browser whose clock reads when, with axe
// loaded for the screens' accessibility checks; done stops both.
func datedEnv(t *testing.T, name string, when time.Time) (e *env, done func()) {
	t.Helper()
	screensAxe = axeScript(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	a, srv, addr := startApp(t, ctx, "e2e-"+name)
	bctx, stop, err := browser.New(ctx, filepath.Join(a.Dir, "profile-"+name))
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if err := browser.SetDate(bctx, when); err != nil {
		stop()
		cancel()
		t.Fatal(err)
	}
	return &env{t: t, app: a, srv: srv, addr: addr, browser: bctx}, func() { stop(); cancel() }
}

// current waits until the tab of year y is the one shown.
func (e *env) current(y int) error {
	return e.waitAttr(fmt.Sprintf("tahun-%d", y), "aria-current", "true")
}

// pressed waits until a one-tap choice button is pressed.
func (e *env) pressed(testid string) error { return e.waitAttr(testid, "aria-pressed", "true") }

// shots takes the page at a phone's and a projector's size.
func (e *env) shots(name string) {
	for _, s := range []struct{ w, h int64 }{{360, 780}, {1366, 768}} {
		if e.run(emulation.SetDeviceMetricsOverride(s.w, s.h, 1, s.w < 800)) == nil {
			e.shot(fmt.Sprintf("%s-%dx%d", name, s.w, s.h))
		}
	}
	e.run(emulation.ClearDeviceMetricsOverride())
}

func (e *env) firstVisit2026() error {
	if err := e.open("/"); err != nil {
		return err
	}
	if err := e.current(2026); err != nil {
		return err
	}
	if err := e.waitContains("tahun-aturan", "Tahun 2026 mengikuti aturan 2026"); err != nil {
		return err
	}
	var picker bool
	if err := e.eval(`!!document.getElementById("pilih-aturan")`, &picker); err != nil || picker {
		return fmt.Errorf("the rule year must not be a choice on Beranda (%v)", err)
	}
	e.shots("tahun-beranda-2026")
	return e.axeFilled("beranda 2026")
}

// rate gives the shown year's first period a Di Atas / Sesuai rating.
func (e *env) rate() error {
	if err := e.click("p0-praktik-di_atas"); err != nil {
		return err
	}
	if err := e.pressed("p0-praktik-di_atas"); err != nil {
		return err
	}
	if err := e.click("p0-perilaku-sesuai"); err != nil {
		return err
	}
	return e.pressed("p0-perilaku-sesuai")
}

func (e *env) threeYears() error {
	if err := e.open("/simulasi"); err != nil {
		return err
	}
	if err := e.rate(); err != nil {
		return fmt.Errorf("2026: %w", err)
	}
	for _, y := range []int{2025, 2024} {
		if err := e.click(fmt.Sprintf("tahun-tambah-%d", y)); err != nil {
			return err
		}
		if err := e.current(y); err != nil {
			return err
		}
		// A new year copies the profile, never the ratings.
		if err := e.waitAttr("p0-praktik-di_atas", "aria-pressed", "false"); err != nil {
			return fmt.Errorf("%d starts rated: %w", y, err)
		}
		if err := e.rate(); err != nil {
			return fmt.Errorf("%d: %w", y, err)
		}
	}
	if err := e.waitContains("tahun-aturan", "Tahun 2024 mengikuti aturan 2024"); err != nil {
		return err
	}
	if err := e.run(chromedp.Reload(), waitApp()); err != nil {
		return err
	}
	if err := e.current(2024); err != nil {
		return err
	}
	for _, y := range []int{2024, 2025, 2026} {
		if err := e.click(fmt.Sprintf("tahun-%d", y)); err != nil {
			return err
		}
		if err := e.current(y); err != nil {
			return err
		}
		if err := e.pressed("p0-praktik-di_atas"); err != nil {
			return fmt.Errorf("%d lost its rating after reload: %w", y, err)
		}
	}
	e.shots("tahun-simulasi-3-tahun")
	if err := e.axeFilled("simulasi 3 tahun"); err != nil {
		return err
	}
	// Karier starts from the record: the three years' AK, then the projection.
	if err := e.open("/karier"); err != nil {
		return err
	}
	for _, y := range []string{"2024", "2025", "2026"} {
		if err := e.run(chromedp.WaitVisible(`[data-testid="tercatat-`+y+`"]`, chromedp.ByQuery)); err != nil {
			return fmt.Errorf("karier: recorded year %s not shown: %w", y, err)
		}
	}
	e.shots("tahun-karier-3-tahun")
	return e.axeFilled("karier 3 tahun")
}

func (e *env) tabsKeepInput() error {
	if err := e.open("/simulasi"); err != nil {
		return err
	}
	if err := e.click("tahun-2025"); err != nil {
		return err
	}
	if err := e.current(2025); err != nil {
		return err
	}
	if err := e.click("tahun-hapus"); err != nil {
		return err
	}
	if err := e.run(chromedp.WaitVisible(`[data-testid="undo-notice"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	var tabs int
	if err := e.eval(`document.querySelectorAll('[data-testid^="tahun-20"]').length`, &tabs); err != nil {
		return err
	}
	if tabs != 2 {
		return fmt.Errorf("%d year tabs after removing 2025, want 2", tabs)
	}
	if err := e.click("undo"); err != nil {
		return err
	}
	if err := e.click("tahun-2025"); err != nil {
		return fmt.Errorf("2025 not back after undo: %w", err)
	}
	if err := e.current(2025); err != nil {
		return err
	}
	if err := e.pressed("p0-praktik-di_atas"); err != nil {
		return fmt.Errorf("undo did not bring 2025's rating back: %w", err)
	}
	if err := e.run(chromedp.Reload(), waitApp()); err != nil {
		return err
	}
	if err := e.current(2025); err != nil {
		return err
	}
	return e.pressed("p0-perilaku-sesuai")
}

func (e *env) siklus2026() error {
	if err := e.open("/siklus"); err != nil {
		return err
	}
	if err := e.click("tahun-2026"); err != nil {
		return err
	}
	if err := e.current(2026); err != nil {
		return err
	}
	if err := e.waitContains("tahap-A-dokumen", "Dokumen Persiapan"); err != nil {
		return err
	}
	if err := e.set("tahap-A-target_perilaku", "Umpan balik tertulis untuk setiap murid"); err != nil {
		return err
	}
	if err := e.set("tahap-A-upaya_perilaku", "Lembar umpan balik mingguan"); err != nil {
		return err
	}
	if err := e.run(chromedp.Reload(), waitApp(), chromedp.WaitReady("#tahap-A-target_perilaku", chromedp.ByID)); err != nil {
		return err
	}
	var got string
	if err := e.run(chromedp.Value("#tahap-A-target_perilaku", &got, chromedp.ByID)); err != nil {
		return err
	}
	if got != "Umpan balik tertulis untuk setiap murid" {
		return fmt.Errorf("Target Perilaku after reload: %q", got)
	}
	for _, step := range []string{"Persiapan Observasi", "Observasi Kinerja", "Diskusi Tindak Lanjut", "Upaya Tindak Lanjut", "Refleksi"} {
		var ok bool
		if err := e.eval(fmt.Sprintf(`[...document.querySelectorAll('section.stage h2')].some(h => h.textContent.includes(%q))`, step), &ok); err != nil || !ok {
			return fmt.Errorf("2026 step %q missing (%v)", step, err)
		}
	}
	e.shots("tahun-siklus-2026")
	return e.axeFilled("siklus 2026")
}

func (e *env) kompetensi2026() error {
	if err := e.open("/kompetensi"); err != nil {
		return err
	}
	if err := e.current(2026); err != nil {
		return err
	}
	if err := e.click("katalog-tambah"); err != nil {
		return err
	}
	if err := e.set("keg-0-done", "1"); err != nil {
		return err
	}
	if err := e.set("keg-0-refleksi", "Saya mencoba asesmen formatif di kelas 5."); err != nil {
		return err
	}
	if err := e.run(chromedp.Reload(), waitApp(), chromedp.WaitReady("#keg-0-refleksi", chromedp.ByID)); err != nil {
		return err
	}
	var got string
	var points bool
	if err := e.run(chromedp.Value("#keg-0-refleksi", &got, chromedp.ByID)); err != nil {
		return err
	}
	if err := e.eval(`!!document.querySelector('[data-testid="keg-0-poin"], [data-testid^="katalog-"]:not([data-testid="katalog-tambah"]):not([data-testid="katalog-pilih"])')`, &points); err != nil {
		return err
	}
	if got != "Saya mencoba asesmen formatif di kelas 5." || points {
		return fmt.Errorf("2026 competence: reflection %q, points shown %v", got, points)
	}
	e.shots("tahun-kompetensi-2026")
	return e.axeFilled("kompetensi 2026")
}

func (e *env) skp2026() error {
	if err := e.open("/linimasa"); err != nil {
		return err
	}
	if err := e.waitContains("skp-batas", "31 Januari 2026"); err != nil {
		return err
	}
	// 10 March 2026 is past the deadline and no SKP was approved.
	if err := e.run(chromedp.WaitVisible(`[data-testid="skp-lockout"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	e.shots("tahun-linimasa-2026")
	// A DOM click on the checkbox itself: the page was just resized for the
	// screenshots, and a click by coordinates could land on whatever the
	// resize moved over it.
	var checked bool
	if err := e.eval(`(() => { const c = document.getElementById("skp-disetujui"); if (!c) return false; c.scrollIntoView({block: "center"}); c.click(); return c.checked; })()`, &checked); err != nil || !checked {
		return fmt.Errorf("tick SKP approval: %v (checked %v)", err, checked)
	}
	return e.run(chromedp.WaitNotPresent(`[data-testid="skp-lockout"]`, chromedp.ByQuery))
}

func (e *env) yearsOffline() error {
	if err := e.open("/simulasi"); err != nil {
		return err
	}
	if err := e.waitCached(); err != nil {
		return err
	}
	e.srv.Stop()
	if err := e.run(chromedp.Reload(), waitApp()); err != nil {
		return fmt.Errorf("offline reload: %w", err)
	}
	for _, y := range []int{2024, 2025, 2026} {
		if err := e.click(fmt.Sprintf("tahun-%d", y)); err != nil {
			return fmt.Errorf("offline, year %d: %w", y, err)
		}
		if err := e.pressed("p0-praktik-di_atas"); err != nil {
			return fmt.Errorf("offline, year %d lost its rating: %w", y, err)
		}
	}
	return nil
}

// releaseDraft puts a draft exactly as the first release stored it under its
// literal key (and nothing under the new one), reloads, and checks it opens
// as a one-year record with its name, ratings and identity.
func (e *env) releaseDraft() error {
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "app", "draf-v1", "guru-2024-lengkap.json"))
	if err != nil {
		return err
	}
	js := fmt.Sprintf(`localStorage.removeItem(%q); localStorage.setItem("simkinerja.draf.v1", %q); true`, store.StorageKey, strings.TrimSpace(string(raw)))
	if err := e.eval(js, new(bool)); err != nil {
		return err
	}
	if err := e.run(chromedp.Reload(), waitApp()); err != nil {
		return err
	}
	if err := e.open("/simulasi"); err != nil {
		return err
	}
	if err := e.current(2024); err != nil {
		return err
	}
	var tabs int
	if err := e.eval(`document.querySelectorAll('[data-testid^="tahun-20"]').length`, &tabs); err != nil || tabs != 1 {
		return fmt.Errorf("a schema-1 draft opens as %d years (%v), want 1", tabs, err)
	}
	var h1 string
	if err := e.run(chromedp.Text("h1", &h1, chromedp.ByQuery)); err != nil {
		return err
	}
	if !strings.Contains(h1, `Semester saya — "2024"`) {
		return fmt.Errorf("draft name %q", h1)
	}
	for _, id := range []string{"p0-praktik-di_atas", "p1-praktik-di_atas"} {
		if err := e.pressed(id); err != nil {
			return err
		}
	}
	if err := e.open("/karier"); err != nil {
		return err
	}
	var ak string
	if err := e.run(chromedp.Value("#karier-ak", &ak, chromedp.ByID)); err != nil {
		return err
	}
	if ak != "12,5" {
		return fmt.Errorf("AK in jenjang %q, want 12,5", ak)
	}
	legacy, err := e.storage("simkinerja.draf.v1")
	if err != nil || legacy != strings.TrimSpace(string(raw)) {
		return fmt.Errorf("the release's copy under simkinerja.draf.v1 changed (%v)", err)
	}
	return nil
}
