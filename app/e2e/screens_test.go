//go:build !wasm

package e2e

// End-to-end tests of the planning screens (siklus, kompetensi, linimasa,
// karier, sekolah, bandingkan) and of the printed summary, in real headless
// Chromium on a fresh profile. The steps share one draft and run in order.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"simkinerja/app/internal/browser"
)

func TestScreens(t *testing.T) {
	if testing.Short() {
		t.Skip("e2e: skipped with -short")
	}
	screensAxe = axeScript(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	a, srv, addr := startApp(t, ctx, "e2e-screens")
	bctx, stop, err := browser.New(ctx, filepath.Join(a.Dir, "profile"))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	// Written for a 2024 draft: the device says mid-2024, so a first visit
	// opens 2024 under its own rules (years_test.go covers other dates).
	if err := browser.SetDate(bctx, time.Date(2024, 6, 15, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, app: a, srv: srv, addr: addr, browser: bctx}

	steps := []e2eStep{
		{"kompetensi_32_poin", (*env).kompetensi32},
		{"siklus_tahap_a", (*env).siklusTahapA},
		{"linimasa_tmt_oktober", (*env).linimasaOktober},
		{"karier_iii_a_baik_4_tahun", (*env).karierIIIa},
		{"sekolah_distribusi", (*env).sekolahDistribusi},
		{"bandingkan_dupak", (*env).bandingkanDupak},
		{"cetak_satu_halaman", (*env).cetakSatuHalaman},
		{"lebar_360_px_dan_proyektor", (*env).lebar360},
		{"luring", (*env).screensOffline},
	}
	runSteps(t, e, steps) // later steps build on the draft of earlier ones
}

// screensAxe is axe-core's script, loaded once by TestScreens.
var screensAxe string

// axeFilled runs axe-core on the screen's filled state, outside the shared
// header (TestAccessibility covers the layout), and fails on serious or
// critical violations (AXE_IMPACTS widens it).
func (e *env) axeFilled(name string) error {
	var loaded bool
	if err := e.eval(`typeof window.axe !== "undefined"`, &loaded); err != nil {
		return err
	}
	if !loaded {
		if err := e.run(chromedp.Evaluate(screensAxe+";true", &loaded)); err != nil {
			return fmt.Errorf("inject axe: %w", err)
		}
	}
	var vs []violation
	err := e.eval(`axe.run({exclude: [["header.top"]]}, {resultTypes: ["violations"]}).then(r => r.violations
		.filter(v => `+axeImpacts()+`.includes(v.impact))
		.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(" "))})))`, &vs)
	if err != nil {
		return err
	}
	if len(vs) > 0 {
		return fmt.Errorf("%s: %d axe violations:%s", name, len(vs), report(vs))
	}
	return nil
}

// waitAttr waits until the element with a data-testid has attr = want.
func (e *env) waitAttr(testid, attr, want string) error {
	ctx, cancel := context.WithTimeout(e.browser, step)
	defer cancel()
	var got string
	for {
		err := chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf(
			`((document.querySelector('[data-testid="%s"]')||{getAttribute(){return ""}}).getAttribute(%q))||""`, testid, attr), &got))
		if err != nil {
			return fmt.Errorf("%s[%s]: want %q, last %q: %w", testid, attr, want, got, err)
		}
		if got == want {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s[%s]: want %q, got %q", testid, attr, want, got)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// waitContains waits until the element's text contains want.
func (e *env) waitContains(testid, want string) error {
	return e.waitTextThat(testid, fmt.Sprintf("text containing %q", want), func(got string) bool { return strings.Contains(got, want) })
}

// waitID waits until an element with the id is in the page.
func (e *env) waitID(id string) error {
	return e.run(chromedp.WaitReady("#"+id, chromedp.ByID))
}

// set types a value into an input or textarea by id (firing change), after
// the element appeared.
func (e *env) set(id, value string) error {
	if err := e.waitID(id); err != nil {
		return fmt.Errorf("#%s: %w", id, err)
	}
	return e.choose(id, value)
}

func (e *env) kompetensi32() error {
	if err := e.open("/kompetensi"); err != nil {
		return err
	}
	for k, code := range []string{"pelatihan_mandiri", "observasi_rekan_sejawat"} {
		if err := e.choose("katalog-pilih", code); err != nil {
			return err
		}
		if err := e.click("katalog-tambah"); err != nil {
			return err
		}
		for _, f := range []string{"planned", "done"} {
			if err := e.set(fmt.Sprintf("keg-%d-%s", k, f), "2"); err != nil {
				return err
			}
		}
		if err := e.waitText(fmt.Sprintf("keg-%d-poin", k), "16"); err != nil {
			return err
		}
		if k == 0 {
			if err := e.waitText("kompetensi-kurang", "16"); err != nil {
				return err
			}
		}
	}
	if err := e.waitText("kompetensi-total", "32"); err != nil {
		return err
	}
	if err := e.waitText("kompetensi-status", "Sudah memenuhi ekspektasi"); err != nil {
		return err
	}
	var progress []float64
	if err := e.eval(`(b => [b.value, b.max])(document.querySelector('[data-testid="kompetensi-bar"]'))`, &progress); err != nil {
		return err
	}
	if len(progress) != 2 || progress[0] != progress[1] {
		return fmt.Errorf("progress bar value/max = %v, want full", progress)
	}
	// Keyboard only: Tab from the catalog select to "Tambah", Enter adds a
	// line; Enter on its "Hapus" removes it again.
	if err := e.choose("katalog-pilih", "penggerak_komunitas_belajar"); err != nil {
		return err
	}
	if err := e.run(chromedp.Focus("#katalog-pilih", chromedp.ByQuery), chromedp.KeyEvent(kb.Tab)); err != nil {
		return err
	}
	var focused string
	if err := e.eval(`document.activeElement.dataset.testid || ""`, &focused); err != nil {
		return err
	}
	if focused != "katalog-tambah" {
		return fmt.Errorf("Tab from the catalog select reaches %q, want katalog-tambah", focused)
	}
	if err := e.run(chromedp.KeyEvent(kb.Enter)); err != nil {
		return err
	}
	if err := e.waitText("keg-2-poin", "0"); err != nil {
		return err
	}
	if err := e.run(chromedp.Focus(`[data-testid="keg-2-hapus"]`, chromedp.ByQuery), chromedp.KeyEvent(kb.Enter)); err != nil {
		return err
	}
	if err := e.run(chromedp.WaitNotPresent(`[data-testid="keg-2"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	if err := e.waitText("kompetensi-total", "32"); err != nil {
		return err
	}
	e.shot("kompetensi")
	if err := e.axeFilled("kompetensi"); err != nil {
		return err
	}
	return nil
}

func (e *env) siklusTahapA() error {
	if err := e.open("/siklus"); err != nil {
		return err
	}
	if err := e.waitAttr("tahap-A-status", "data-status", "belum"); err != nil {
		return err
	}
	if err := e.set("tahap-A-fokus_perilaku", "Kolaboratif: membuka kelas untuk observasi rekan"); err != nil {
		return err
	}
	if err := e.waitAttr("tahap-A-status", "data-status", "sedang"); err != nil {
		return err
	}
	if err := e.waitContains("tahap-A-kurang", "Jadwal observasi"); err != nil {
		return err
	}
	if err := e.set("tahap-A-upaya_mempelajari", "Modul pelatihan mandiri tentang umpan balik"); err != nil {
		return err
	}
	if err := e.set("tahap-A-jadwal_observasi", "Minggu kedua Maret"); err != nil {
		return err
	}
	if err := e.waitContains("tahap-A-kurang", "Semua isian terisi"); err != nil {
		return err
	}
	if err := e.run(chromedp.Click("#tahap-A-selesai", chromedp.ByQuery)); err != nil {
		return err
	}
	if err := e.waitAttr("tahap-A-status", "data-status", "selesai"); err != nil {
		return err
	}
	if err := e.waitText("siklus-ringkas", "1 dari 7 tahap selesai"); err != nil {
		return err
	}
	// Stage D lists the competency plan of the previous step.
	if err := e.waitContains("tahap-D", "Peserta pelatihan mandiri"); err != nil {
		return err
	}
	// Stored: a reload shows the same status.
	if err := e.run(chromedp.Reload(), waitApp()); err != nil {
		return err
	}
	if err := e.waitAttr("tahap-A-status", "data-status", "selesai"); err != nil {
		return err
	}
	e.shot("siklus")
	if err := e.axeFilled("siklus"); err != nil {
		return err
	}
	return nil
}

func (e *env) linimasaOktober() error {
	if err := e.open("/linimasa"); err != nil {
		return err
	}
	if err := e.choose("linimasa-tahun", "2024"); err != nil {
		return err
	}
	// May: semester 1 auto-completed, no assumption.
	if err := e.choose("linimasa-tmt", "5"); err != nil {
		return err
	}
	if err := e.waitAttr("tl-semester_1", "data-status", "otomatis"); err != nil {
		return err
	}
	var marks int
	if err := e.eval(`document.querySelectorAll('[data-testid$="-asumsi"][data-testid^="tl-"]').length`, &marks); err != nil {
		return err
	}
	if marks != 0 {
		return fmt.Errorf("TMT Mei shows %d assumption markers, want 0", marks)
	}
	// October: not in the source, marked as an assumption.
	if err := e.choose("linimasa-tmt", "10"); err != nil {
		return err
	}
	if err := e.waitAttr("tl-semester_1", "data-status", "tidak_berlaku"); err != nil {
		return err
	}
	if err := e.waitAttr("tl-semester_2", "data-status", "penuh"); err != nil {
		return err
	}
	if err := e.waitText("tl-semester_2-asumsi", "Asumsi"); err != nil {
		return err
	}
	if err := e.waitText("tl-semester_2-bulan", "3"); err != nil {
		return err
	}
	var visible bool
	if err := e.eval(`(el => !!el && el.offsetParent !== null)(document.querySelector('[data-testid="tl-semester_2-asumsi"]'))`, &visible); err != nil {
		return err
	}
	if !visible {
		return fmt.Errorf("assumption marker not visible")
	}
	// The calendar has twelve months.
	var months int
	if err := e.eval(`document.querySelectorAll('[data-testid^="bulan-"]:not([data-testid$="-asumsi"])').length`, &months); err != nil {
		return err
	}
	if months != 12 {
		return fmt.Errorf("calendar has %d months", months)
	}
	e.shot("linimasa")
	if err := e.axeFilled("linimasa"); err != nil {
		return err
	}
	// Applying writes the TMT into the draft; removing restores it.
	if err := e.click("tmt-terapkan"); err != nil {
		return err
	}
	if err := e.waitText("tmt-draf", "2024-10"); err != nil {
		return err
	}
	if err := e.click("tmt-hapus"); err != nil {
		return err
	}
	return e.waitText("tmt-draf", "tidak ada")
}

func (e *env) karierIIIa() error {
	if err := e.open("/karier"); err != nil {
		return err
	}
	if err := e.choose("karier-golongan", "III/a"); err != nil {
		return err
	}
	// A bad AK is refused field by field and stays in the input to correct.
	if err := e.set("karier-ak", "dua puluh"); err != nil {
		return err
	}
	var msg, kept string
	if err := e.run(chromedp.WaitVisible("#karier-ak-error", chromedp.ByQuery),
		chromedp.Text("#karier-ak-error", &msg, chromedp.ByQuery),
		chromedp.Value("#karier-ak", &kept, chromedp.ByQuery)); err != nil {
		return err
	}
	if !strings.Contains(msg, "bukan angka") || kept != "dua puluh" {
		return fmt.Errorf("bad AK: message %q, input %q", msg, kept)
	}
	if err := e.set("karier-ak", "0"); err != nil {
		return err
	}
	if err := e.run(chromedp.WaitNotPresent("#karier-ak-error", chromedp.ByQuery)); err != nil {
		return err
	}
	if err := e.click("isi-baik"); err != nil {
		return err
	}
	if err := e.set("karier-jumlah-tahun", "4"); err != nil {
		return err
	}
	if err := e.click("karier-isi"); err != nil {
		return err
	}
	if err := e.waitText("langkah-0-verdict", "dapat dipertimbangkan"); err != nil {
		return err
	}
	// The draft records 2024 (not yet rated); the projection starts after the
	// last recorded year, so the 4th projected year is 2028.
	if err := e.waitContains("karier-kapan", "III/a → III/b"); err != nil {
		return err
	}
	if err := e.waitContains("karier-kapan", "tahun 2028"); err != nil {
		return err
	}
	// Row 0 is the recorded 2024; rows 1–4 the projected years.
	if err := e.waitContains("karier-tahun-4", "Naik pangkat ke III/b"); err != nil {
		return err
	}
	if err := e.waitAttr("langkah-0-syarat-masa_pangkat", "data-terpenuhi", "1"); err != nil {
		return err
	}
	if err := e.karierChart(); err != nil {
		return err
	}
	// Two years Sangat Baik are not enough: the verdict turns.
	if err := e.click("isi-sangat_baik"); err != nil {
		return err
	}
	if err := e.set("karier-jumlah-tahun", "2"); err != nil {
		return err
	}
	if err := e.click("karier-isi"); err != nil {
		return err
	}
	if err := e.waitText("langkah-0-verdict", "belum dapat dipertimbangkan"); err != nil {
		return err
	}
	e.shot("karier")
	if err := e.axeFilled("karier"); err != nil {
		return err
	}
	return nil
}

func (e *env) sekolahDistribusi() error {
	if err := e.open("/sekolah"); err != nil {
		return err
	}
	if err := e.choose("sekolah-predikat", "baik"); err != nil {
		return err
	}
	if err := e.set("jumlah-baik", "8"); err != nil {
		return err
	}
	if err := e.set("jumlah-sangat_baik", "2"); err != nil {
		return err
	}
	if err := e.waitText("sekolah-total", "10"); err != nil {
		return err
	}
	if err := e.waitText("distribusi-jumlah-peringatan", "2"); err != nil {
		return err
	}
	if err := e.waitAttr("klausul-maks_baik", "data-terpenuhi", "0"); err != nil {
		return err
	}
	if err := e.waitAttr("klausul-ada_butuh_perbaikan_kurang", "data-terpenuhi", "0"); err != nil {
		return err
	}
	e.shot("sekolah")
	if err := e.axeFilled("sekolah"); err != nil {
		return err
	}
	// 7 Baik + 2 Sangat Baik + 1 Butuh Perbaikan conforms.
	if err := e.set("jumlah-baik", "7"); err != nil {
		return err
	}
	if err := e.set("jumlah-butuh_perbaikan", "1"); err != nil {
		return err
	}
	return e.run(chromedp.WaitVisible(`[data-testid="distribusi-sesuai"]`, chromedp.ByQuery))
}

func (e *env) bandingkanDupak() error {
	// Pak Hendrawan (Ahli Muda, Sangat Baik) is the seed's new-model example.
	if err := e.open("/simulasi?contoh=seed001_pak_hendrawan"); err != nil {
		return err
	}
	if err := e.click("copy-preset"); err != nil {
		return err
	}
	if err := e.waitText("ak-total", "37,5"); err != nil {
		return err
	}
	if err := e.open("/bandingkan"); err != nil {
		return err
	}
	if err := e.click("dupak-contoh"); err != nil {
		return err
	}
	if err := e.waitText("dupak-total", "35,5"); err != nil {
		return err
	}
	if err := e.waitText("konversi-total", "37,5"); err != nil {
		return err
	}
	if err := e.waitText("dupak-selisih", "+2"); err != nil {
		return err
	}
	if err := e.waitText("dupak-4-total", "4"); err != nil {
		return err
	}
	// Side by side: the draft against itself rated Baik for the year.
	if err := e.choose("kolom-1", "predikat:baik"); err != nil {
		return err
	}
	if err := e.waitText("banding-0-ak", "37,5"); err != nil {
		return err
	}
	if err := e.waitText("banding-1-ak", "25"); err != nil {
		return err
	}
	if err := e.waitAttr("banding-row-ak", "data-beda", "1"); err != nil {
		return err
	}
	// A third column with the other rule year.
	if err := e.click("kolom-tambah"); err != nil {
		return err
	}
	if err := e.waitContains("banding-2-aturan", "aturan 2025"); err != nil {
		return err
	}
	e.shot("bandingkan")
	if err := e.axeFilled("bandingkan"); err != nil {
		return err
	}
	return nil
}

// pdfPages counts the page objects of a PDF ("/Type /Page", not "/Pages").
var (
	pdfPage  = regexp.MustCompile(`/Type\s*/Page[^s]`)
	pdfCount = regexp.MustCompile(`/Count\s+(\d+)`)
)

func (e *env) printPDF(path string) (int, error) {
	if err := e.open(path); err != nil {
		return 0, err
	}
	var pdf []byte
	err := e.run(chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		pdf, _, err = page.PrintToPDF().WithPreferCSSPageSize(true).Do(ctx)
		return err
	}))
	if err != nil {
		return 0, err
	}
	if dir := os.Getenv("E2E_SHOTS"); dir != "" {
		os.WriteFile(filepath.Join(dir, strings.Trim(strings.ReplaceAll(path, "/", "_"), "_")+".pdf"), pdf, 0o644)
	}
	if !strings.HasPrefix(string(pdf), "%PDF") {
		return 0, fmt.Errorf("print of %s is not a PDF", path)
	}
	n := len(pdfPage.FindAll(pdf, -1))
	// The page tree's root states the same number (/Count of the largest node).
	root := 0
	for _, m := range pdfCount.FindAllSubmatch(pdf, -1) {
		if c, _ := strconv.Atoi(string(m[1])); c > root {
			root = c
		}
	}
	if root != n {
		return 0, fmt.Errorf("print of %s: %d page objects but the page tree counts %d", path, n, root)
	}
	return n, nil
}

// printShot saves a screenshot in print media when E2E_SHOTS names a folder
// (debugging aid: what the PDF shows, at the window's width).
func (e *env) printShot(name string) {
	dir := os.Getenv("E2E_SHOTS")
	if dir == "" {
		return
	}
	var buf []byte
	err := e.run(emulation.SetEmulatedMedia().WithMedia("print"), chromedp.FullScreenshot(&buf, 100), emulation.SetEmulatedMedia().WithMedia(""))
	if err == nil {
		os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644)
	}
}

func (e *env) cetakSatuHalaman() error {
	// A heavy summary: the Hendrawan draft with DUPAK lines and a 10-year projection.
	if err := e.open("/karier"); err != nil {
		return err
	}
	if err := e.choose("karier-golongan", "III/c"); err != nil {
		return err
	}
	if err := e.set("karier-jumlah-tahun", "10"); err != nil {
		return err
	}
	if err := e.click("karier-isi"); err != nil {
		return err
	}
	if err := e.run(chromedp.WaitReady(`[data-testid="karier-tahun-9"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	// The counter sees several pages where there are several.
	long, err := e.printPDF("/karier")
	if err != nil {
		return err
	}
	if long < 2 {
		return fmt.Errorf("/karier printed on %d page(s); the page counter or the fixture is wrong", long)
	}
	n, err := e.printPDF("/ringkasan")
	if err != nil {
		return err
	}
	if err := e.waitText("ringkasan-ak", "37,5"); err != nil {
		return err
	}
	if err := e.waitContains("ringkasan-karier", "dapat dipertimbangkan"); err != nil {
		return err
	}
	e.shot("ringkasan")
	e.printShot("ringkasan-cetak")
	if err := e.axeFilled("ringkasan"); err != nil {
		return err
	}
	if n != 1 {
		return fmt.Errorf("/ringkasan printed on %d pages, want 1", n)
	}
	// The Cetak button calls window.print.
	var called bool
	if err := e.eval(`window.__printed = false; window.print = () => { window.__printed = true; }; true`, &called); err != nil {
		return err
	}
	if err := e.click("cetak"); err != nil {
		return err
	}
	if err := e.eval(`new Promise(r => setTimeout(() => r(window.__printed), 300))`, &called); err != nil {
		return err
	}
	if !called {
		return fmt.Errorf("Cetak did not call window.print")
	}
	return nil
}

// lebar360 opens every planning screen, filled by the steps before, on a
// 360 px wide phone and on a 1920 px projector and checks that nothing needs
// sideways scrolling of the page (wide tables scroll inside their own region).
func (e *env) lebar360() error {
	defer e.run(emulation.ClearDeviceMetricsOverride())
	for _, screen := range []struct {
		w, h   int64
		mobile bool
	}{{360, 740, true}, {1920, 1080, false}} {
		if err := e.run(emulation.SetDeviceMetricsOverride(screen.w, screen.h, 1, screen.mobile)); err != nil {
			return err
		}
		for _, path := range []string{"/siklus", "/kompetensi", "/linimasa", "/karier", "/bandingkan", "/sekolah", "/ringkasan"} {
			if err := e.open(path); err != nil {
				return err
			}
			var w []int64
			if err := e.eval(`[document.documentElement.scrollWidth, window.innerWidth]`, &w); err != nil {
				return err
			}
			if len(w) != 2 || w[1] != screen.w || w[0] > w[1] {
				return fmt.Errorf("%s at %d px: page width %v (scrollWidth, innerWidth)", path, screen.w, w)
			}
		}
	}
	return nil
}

// screensOffline stops the server and opens every planning screen from the
// service worker's cache, with the draft from local storage.
func (e *env) screensOffline() error {
	if err := e.open("/ringkasan"); err != nil {
		return err
	}
	deadline := time.Now().Add(step)
	var last string
	for time.Now().Before(deadline) {
		err := e.eval(`(async () => {
			if (!navigator.serviceWorker.controller) return "no controller";
			let urls = [];
			for (const n of await caches.keys()) {
				const c = await caches.open(n);
				urls = urls.concat((await c.keys()).map(r => new URL(r.url).pathname));
			}
			for (const p of ["/siklus", "/kompetensi", "/linimasa", "/karier", "/bandingkan", "/sekolah", "/ringkasan"]) {
				if (!urls.includes(p)) return "missing " + p;
			}
			return "ok";
		})()`, &last)
		if err != nil {
			return err
		}
		if last == "ok" {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if last != "ok" {
		return fmt.Errorf("service worker cache: %s", last)
	}
	e.srv.Stop()
	// The current draft is the copied Hendrawan preset of the later steps.
	checks := []struct{ path, testid, want string }{
		{"/kompetensi", "kompetensi-total", "64"},
		{"/siklus", "siklus-ringkas", "2 dari 7 tahap selesai"},
		{"/karier", "langkah-0-verdict", "dapat dipertimbangkan"},
		{"/sekolah", "sekolah-total", "0"},
		{"/bandingkan", "dupak-total", "35,5"},
		{"/ringkasan", "ringkasan-ak", "37,5"},
		{"/linimasa", "tmt-draf", "tidak ada"},
	}
	for _, c := range checks {
		if err := e.open(c.path); err != nil {
			return fmt.Errorf("offline %s: %w", c.path, err)
		}
		if err := e.waitText(c.testid, c.want); err != nil {
			return fmt.Errorf("offline %s: %w", c.path, err)
		}
	}
	// The screens' styles came with the cached page (inline, see
	// app/inlinestyles.go).
	var styled bool
	if err := e.eval(`getComputedStyle(document.querySelector(".calendar")).display === "grid"`, &styled); err != nil {
		return err
	}
	if !styled {
		return fmt.Errorf("offline: the screens' styles (screens.css, inline) not applied")
	}
	return nil
}

// karierChart checks the SVG chart: 2024 recorded and 4 projected years, the
// promotion mark in 2028 and the III/b threshold.
func (e *env) karierChart() error {
	var chart struct {
		Bars   int    `json:"bars"`
		Mark   bool   `json:"mark"`
		Ambang string `json:"ambang"`
	}
	if err := e.eval(`(s => ({bars: s.querySelectorAll('rect[data-testid^="chart-bar-"]').length,
		mark: !!s.querySelector('[data-testid="chart-naik-4"]'),
		ambang: (s.querySelector('[data-testid="chart-ambang-0"]')||{getAttribute(){return ""}}).getAttribute("data-value")}))(document.querySelector('svg[data-testid="karier-chart"]'))`, &chart); err != nil {
		return err
	}
	if chart.Bars != 5 || !chart.Mark || chart.Ambang != "50" {
		return fmt.Errorf("chart: %+v, want 5 bars (2024 recorded, 4 projected), a promotion mark in 2028 and the III/b threshold 50", chart)
	}
	return nil
}
