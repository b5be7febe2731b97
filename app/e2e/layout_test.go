//go:build !wasm

package e2e

// TestLayout opens every route on a phone (360×780) and a projector
// (1366×768), empty and filled (a preset, a three-year record, a class with
// 40 submissions), and checks what issue 13 asks of each: no page wider than
// the screen, every interactive element at least 44×44 px (or inside such a
// target), axe clean. It writes a screenshot of every route at both sizes to
// build/screens/ (SCREENS_DIR overrides). One browser, one tab per size, the
// two sizes run at the same time.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	skapp "simkinerja/app"
	"simkinerja/app/internal/browser"
	"simkinerja/app/store"
	"simkinerja/domain"
	"simkinerja/domain/wire"
)

// screenSize is one device the layout is checked on.
type screenSize struct {
	name   string
	w, h   int64
	mobile bool
}

var layoutSizes = []screenSize{{"hp", 360, 780, true}, {"proyektor", 1366, 768, false}}

// layoutState is the data a pass over the routes runs with.
type layoutState struct {
	name  string
	setup func(e *env) error // writes local storage (runs in one tab)
}

func TestLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("e2e: skipped with -short")
	}
	script := axeScript(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	a, srv, addr := startApp(t, ctx, "e2e-layout")
	bctx, stop, err := browser.New(ctx, filepath.Join(a.Dir, "profile-layout"))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if err := browser.SetDate(bctx, time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	dir := screensDir(t)
	share, class := layoutData(t, addr)

	// One tab per size; the first is the browser's own tab.
	tabs := make([]*env, len(layoutSizes))
	for i, s := range layoutSizes {
		tctx := bctx
		if i > 0 {
			tctx, _ = chromedp.NewContext(bctx)
			if err := browser.SetDate(tctx, time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)); err != nil {
				t.Fatal(err)
			}
		}
		if err := chromedp.Run(tctx, emulation.SetDeviceMetricsOverride(s.w, s.h, 1, s.mobile)); err != nil {
			t.Fatal(err)
		}
		tabs[i] = &env{t: t, app: a, srv: srv, addr: addr, browser: tctx}
	}

	routes := layoutRoutes(share.URL, class.Code)
	states := []layoutState{
		{"kosong", func(e *env) error {
			return e.eval(`localStorage.clear(), true`, new(bool))
		}},
		{"preset", func(e *env) error {
			return e.storeDraft("Preset", json.RawMessage(mustEncode(t, domain.Presets()[0].Scenario)), "", 0)
		}},
		{"tiga-tahun", func(e *env) error {
			if err := e.storeDraft("Tiga tahun", json.RawMessage(threeYearRecord), "", 2026); err != nil {
				return err
			}
			saved, _ := json.Marshal([]store.SavedClass{{Code: class.Code, Token: class.Token}})
			return e.eval(fmt.Sprintf(`localStorage.setItem(%q, %q), true`, store.ClassesKey, saved), new(bool))
		}},
	}
	for _, st := range states {
		t.Run(st.name, func(t *testing.T) {
			if err := tabs[0].open("/"); err != nil {
				t.Fatal(err)
			}
			if err := st.setup(tabs[0]); err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			for i, s := range layoutSizes {
				wg.Add(1)
				go func() {
					defer wg.Done()
					e := tabs[i]
					for _, r := range routes {
						if err := e.checkRoute(r, s, st.name, dir, script); err != nil {
							t.Errorf("%s %s %s: %v", st.name, s.name, r.name, err)
						}
					}
				}()
			}
			wg.Wait()
		})
	}
	t.Run("isyarat_geser_360", func(t *testing.T) {
		for _, p := range []string{"/berubah", "/karier", "/ringkasan"} {
			if err := tabs[0].scrollCue(p); err != nil {
				t.Error(err)
			}
		}
	})
	t.Run("presentasi_1366x768", func(t *testing.T) {
		if err := tabs[1].slidesFit(dir); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("aula_1366x768", func(t *testing.T) {
		if err := tabs[1].hallFits(dir, class.Code, class.Token); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("kode_tidak_dikenal", func(t *testing.T) {
		if err := tabs[0].unknownClass(dir); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("luring", func(t *testing.T) {
		if err := tabs[0].offlineNotices(srv, dir, share.URL, class.Code); err != nil {
			t.Fatal(err)
		}
	})
}

// layoutRoute is one page to check: its path and what says it is ready.
type layoutRoute struct {
	name, path string
	ready      string // a CSS selector present once the screen is filled
}

func layoutRoutes(shareURL, code string) []layoutRoute {
	var out []layoutRoute
	for _, s := range skapp.Screens {
		if skapp.IsPattern(s.Path) {
			continue
		}
		name := strings.Trim(s.Path, "/")
		if name == "" {
			name = "beranda"
		}
		out = append(out, layoutRoute{name: name, path: s.Path, ready: "main#isi"})
	}
	return append(out,
		layoutRoute{name: "s-id", path: shareURL, ready: `[data-testid="shared-ak"]`},
		layoutRoute{name: "kelas-code", path: "/kelas/" + code, ready: "main#isi"},
	)
}

// layoutData creates a share and a class with 40 submissions through the API.
func layoutData(t *testing.T, addr string) (wire.ShareCreated, wire.ClassCreated) {
	t.Helper()
	var share wire.ShareCreated
	if err := apiPost(addr, "/api/shares", "", mustEncode(t, domain.Presets()[0].Scenario), &share); err != nil {
		t.Fatal(err)
	}
	var class wire.ClassCreated
	if err := apiPost(addr, "/api/classes", "", []byte("{}"), &class); err != nil {
		t.Fatal(err)
	}
	presets := domain.Presets()
	ratings := []domain.Rating{domain.DiBawah, domain.Sesuai, domain.DiAtas}
	for i := 0; i < 40; i++ {
		sc := presets[i%len(presets)].Scenario
		if i%3 != 0 {
			// Vary the predikat: the ratings of every period.
			for k := range sc.Periods {
				sc.Periods[k].Predikat = ""
				sc.Periods[k].Praktik = &domain.Nilai{Rating: ratings[(i/3)%3]}
				// Semesters that differ: the class view says which one counts.
				sc.Periods[k].Perilaku = &domain.Nilai{Rating: ratings[(i+k)%3]}
			}
		}
		body := fmt.Sprintf(`{"name":"Peserta %02d","scenario":%s}`, i+1, mustEncode(t, sc))
		if err := apiPost(addr, "/api/classes/"+class.Code+"/submissions", "", []byte(body), nil); err != nil {
			t.Fatal(err)
		}
	}
	return share, class
}

func mustEncode(t *testing.T, sc domain.Scenario) []byte {
	t.Helper()
	doc, err := domain.Encode(sc)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// threeYearRecord is a guru's 2024–2026 record (schema 2).
const threeYearRecord = `{"schema": 2,
 "profil": {"role": "guru", "jenjang": "ahli_pertama", "golongan": "III/a", "status": "pns",
            "jenis_satuan": "negeri", "tmt": "2019-03", "tugas_tambahan": false,
            "ak_awal": "20", "tahun_dalam_pangkat": 1},
 "tahun": [
   {"tahun": 2024, "rules": "2024", "periods": [{"name": "semester_1", "months": 6, "predikat": "baik", "dokumen": {"K3": true, "K5": true}},
                                                {"name": "semester_2", "months": 6, "predikat": "baik", "dokumen": {"K3": true, "K5": true}}]},
   {"tahun": 2025, "rules": "2025", "periods": [{"name": "tahunan", "months": 12, "predikat": "sangat_baik", "dokumen": {"5M": true}}]},
   {"tahun": 2026, "rules": "2026", "skp": {"disetujui": true},
    "periods": [{"name": "tahunan", "months": 12, "praktik": {"rating": "di_atas"}, "perilaku": {"rating": "sesuai"},
                 "dokumen": {"dokumen_tersedia": true}}]}],
 "rencana": {"proyeksi": ["baik"], "ulangi": true, "tahun_proyeksi": 10}}`

// storeDraft replaces the drafts with one (a record when tahun > 0, else a
// schema-1 scenario), the way the store keeps them.
func (e *env) storeDraft(name string, doc json.RawMessage, _ string, tahun int) error {
	d := map[string]any{"id": "uji1", "name": name}
	if tahun > 0 {
		d["record"], d["tahun"] = doc, tahun
	} else {
		d["scenario"] = doc
	}
	env, err := json.Marshal(map[string]any{"version": 2, "current": "uji1", "drafts": []any{d}})
	if err != nil {
		return err
	}
	return e.eval(fmt.Sprintf(`localStorage.removeItem(%q), localStorage.setItem(%q, %q), true`, store.ClassesKey, store.StorageKey, env), new(bool))
}

// screensDir is where the screenshots go: build/screens at the module root.
func screensDir(t *testing.T) string {
	dir := os.Getenv("SCREENS_DIR")
	if dir == "" {
		root, err := browser.Root()
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(root, "build", "screens")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// layoutJS opens every <details> (a state a user reaches) and reports the
// page width against the window and every visible interactive element
// smaller than 44×44 px that is not inside a target of that size.
const layoutJS = `(() => {
  document.querySelectorAll("details").forEach(d => d.open = true);
  const sel = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex='-1'])";
  const big = r => r.width >= 43.5 && r.height >= 43.5;
  const small = [];
  for (const el of document.querySelectorAll(sel)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right <= 0 || r.bottom <= -window.scrollY - 10) continue; // off screen (skip link)
    if (getComputedStyle(el).visibility === "hidden") continue;
    if (big(r)) continue;
    let ok = false;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (p.matches("label, li, .target, .check, td, th") && big(p.getBoundingClientRect()) && p.querySelectorAll(sel).length === 1) { ok = true; break; }
    }
    if (!ok) small.push((el.dataset.testid || el.id || el.tagName.toLowerCase() + ":" + (el.textContent || el.value || "").trim().slice(0, 24)) + " " + Math.round(r.width) + "×" + Math.round(r.height));
  }
  // Wider than the window and not inside a box that scrolls by itself.
  const vw = document.documentElement.clientWidth, wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= vw + 0.5 || r.left >= vw) continue;
    let boxed = false;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox === "auto" || ox === "scroll") { boxed = p.getBoundingClientRect().right <= vw + 0.5; break; }
    }
    if (!boxed) wide.push((el.dataset.testid || el.id || el.tagName.toLowerCase() + "." + el.className) + "[" + (el.textContent || "").trim().slice(0, 20) + "] →" + Math.round(r.right));
  }
  return {scroll: document.documentElement.scrollWidth, client: vw, inner: window.innerWidth,
    small: small.slice(0, 12), nsmall: small.length, wide: wide.slice(0, 6), nwide: wide.length};
})()`

type layoutReport struct {
	Scroll int64    `json:"scroll"`
	Client int64    `json:"client"`
	Inner  int64    `json:"inner"`
	Wide   []string `json:"wide"`
	NWide  int      `json:"nwide"`
	Small  []string `json:"small"`
	NSmall int      `json:"nsmall"`
}

// checkRoute opens the route, checks width, targets and axe, and saves the
// screenshot.
func (e *env) checkRoute(r layoutRoute, s screenSize, state, dir, script string) error {
	if err := e.open(r.path); err != nil {
		return err
	}
	if err := e.run(chromedp.WaitReady(r.ready, chromedp.ByQuery)); err != nil {
		return fmt.Errorf("not ready (%s): %w", r.ready, err)
	}
	time.Sleep(250 * time.Millisecond) // the store's first render settles
	var rep layoutReport
	if err := e.eval(layoutJS, &rep); err != nil {
		return err
	}
	var buf []byte
	if err := e.run(chromedp.FullScreenshot(&buf, 100)); err == nil {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%s-%dx%d.png", state, r.name, s.w, s.h)), buf, 0o644)
	}
	var errs []string
	// On the phone scrollbars overlay the page, so scrollWidth must equal
	// innerWidth; on the projector profile Chromium draws a classic
	// scrollbar (15 px) inside innerWidth, so the page must fit clientWidth.
	if want := map[bool]int64{true: rep.Inner, false: rep.Client}[s.mobile]; rep.Scroll != want {
		errs = append(errs, fmt.Sprintf("scrollWidth %d ≠ %d (innerWidth %d)", rep.Scroll, want, rep.Inner))
	}
	if rep.NWide > 0 {
		errs = append(errs, fmt.Sprintf("%d elements wider than the screen: %s", rep.NWide, strings.Join(rep.Wide, ", ")))
	}
	if rep.NSmall > 0 {
		errs = append(errs, fmt.Sprintf("%d targets < 44×44 px: %s", rep.NSmall, strings.Join(rep.Small, ", ")))
	}
	vs, err := e.axe(script)
	if err != nil {
		return err
	}
	if len(vs) > 0 {
		errs = append(errs, fmt.Sprintf("%d axe violations:%s", len(vs), report(vs)))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return nil
}

// slidesFit steps through the deck at the tab's size (1366×768): every slide
// fits the window without full screen, and no site navigation shows.
func (e *env) slidesFit(dir string) error {
	if err := e.open("/presentasi"); err != nil {
		return err
	}
	for i := 1; ; i++ {
		if err := e.waitJS(attrJS("slide", "data-index"), fmt.Sprint(i)); err != nil {
			return err
		}
		time.Sleep(100 * time.Millisecond)
		var m struct {
			ScrollH, InnerH, ScrollW, InnerW int64
			Nav                              bool
			Last                             bool
			Key                              string
		}
		if err := e.eval(`({ScrollH: document.documentElement.scrollHeight, InnerH: innerHeight,
			ScrollW: document.documentElement.scrollWidth, InnerW: document.documentElement.clientWidth,
			Nav: !!document.querySelector("header.top") && getComputedStyle(document.querySelector("header.top")).display !== "none",
			Last: document.querySelector('[data-testid="slide-next"]').disabled,
			Key: document.querySelector('[data-testid="slide"]').dataset.slide})`, &m); err != nil {
			return err
		}
		var buf []byte
		if err := e.run(chromedp.CaptureScreenshot(&buf)); err == nil {
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("presentasi-%02d-%s-1366x768.png", i, m.Key)), buf, 0o644)
		}
		if m.ScrollH > m.InnerH || m.ScrollW > m.InnerW {
			return fmt.Errorf("slide %d (%s) is %d×%d px in a %d×%d window", i, m.Key, m.ScrollW, m.ScrollH, m.InnerW, m.InnerH)
		}
		if m.Nav {
			return fmt.Errorf("slide %d (%s): the site navigation shows in presentation mode", i, m.Key)
		}
		if m.Last {
			return nil
		}
		if err := e.click("slide-next"); err != nil {
			return err
		}
	}
}

// offlineNotices stops the server: a share opened before is still readable,
// an unknown share and the class page render the app with the "perlu
// internet" notice instead of the browser's error page.
func (e *env) offlineNotices(srv *browser.Server, dir, shareURL, code string) error {
	if err := e.waitCached(); err != nil {
		return err
	}
	srv.Stop()
	if err := e.open(shareURL); err != nil {
		return fmt.Errorf("share opened before, offline: %w", err)
	}
	if err := e.waitText("shared-ak", "37,5"); err != nil {
		return fmt.Errorf("share opened before, offline: %w", err)
	}
	for _, p := range []string{"/s/belumpernahdibuka", "/kelas/" + code} {
		if err := e.open(p); err != nil {
			return fmt.Errorf("%s offline: %w", p, err)
		}
		if err := e.waitContains("perlu-internet", "perlu internet"); err != nil {
			return fmt.Errorf("%s offline: %w", p, err)
		}
		var buf []byte
		if err := e.run(chromedp.CaptureScreenshot(&buf)); err == nil {
			name := map[bool]string{true: "kelas", false: "s"}[strings.HasPrefix(p, "/kelas/")]
			os.WriteFile(filepath.Join(dir, "luring-"+name+"-360x780.png"), buf, 0o644)
		}
	}
	return nil
}

// hallFits opens the class's hall view through the trainer's private link
// (token in the fragment): code, QR, chart and count on one 1366×768 screen,
// no site navigation, and the token gone from the address bar.
func (e *env) hallFits(dir, code, token string) error {
	if err := e.eval(fmt.Sprintf(`localStorage.removeItem(%q), true`, store.ClassesKey), new(bool)); err != nil {
		return err
	}
	if err := e.open("/kelas/" + code + "?aula=1#token=" + token); err != nil {
		return err
	}
	if err := e.waitText("kelas-count", "40"); err != nil {
		return err
	}
	var m struct {
		ScrollH, InnerH int64
		QR, Chart, Nav  bool
		Href            string
	}
	if err := e.eval(`({ScrollH: document.documentElement.scrollHeight, InnerH: innerHeight,
		QR: !!document.querySelector('[data-testid="kelas-join-qr"]'), Chart: !!document.querySelector('[data-testid="kelas-chart"]'),
		Nav: !!document.querySelector("header.top"), Href: location.href})`, &m); err != nil {
		return err
	}
	var buf []byte
	if err := e.run(chromedp.CaptureScreenshot(&buf)); err == nil {
		os.WriteFile(filepath.Join(dir, "kelas-aula-1366x768.png"), buf, 0o644)
	}
	switch {
	case m.ScrollH > m.InnerH:
		return fmt.Errorf("hall view is %d px high in a %d px window", m.ScrollH, m.InnerH)
	case !m.QR || !m.Chart || m.Nav:
		return fmt.Errorf("hall view: QR %v, chart %v, site nav %v", m.QR, m.Chart, m.Nav)
	case strings.Contains(m.Href, token):
		return fmt.Errorf("the token stays in the address bar: %s", m.Href)
	}
	// The full class view says how a participant with two different
	// semester predikat (and no annual one) was counted.
	if err := e.open("/kelas/" + code); err != nil {
		return err
	}
	if err := e.waitContains("kelas-predikat-asal", "periode terakhir"); err != nil {
		return err
	}
	return e.waitContains("kelas-aturan-predikat", "predikat tahunan bila diisi")
}

// unknownClass: a code the worker refuses (unknown, or the token is wrong:
// the same 403) says so and shows no QR to join it.
func (e *env) unknownClass(dir string) error {
	if err := e.open("/kelas/ZZZZZZ#token=tidak-ada"); err != nil {
		return err
	}
	if err := e.waitContains("kelas-error", "Kode tidak dikenal atau token salah"); err != nil {
		return err
	}
	var qr bool
	if err := e.eval(`!!document.querySelector('[data-testid="kelas-join-qr"]')`, &qr); err != nil || qr {
		return fmt.Errorf("a QR code for an unknown class (%v)", err)
	}
	var buf []byte
	if err := e.run(chromedp.FullScreenshot(&buf, 100)); err == nil {
		os.WriteFile(filepath.Join(dir, "kelas-tidak-dikenal-360x780.png"), buf, 0o644)
	}
	return nil
}

// scrollCue: on the phone every table box that scrolls sideways shows the
// cue "Tabel lebar: geser ke samping…" (CSS cannot tell whether a box
// overflows, so a narrow table's box shows it too).
func (e *env) scrollCue(path string) error {
	if err := e.open(path); err != nil {
		return err
	}
	time.Sleep(250 * time.Millisecond)
	var bad []string
	if err := e.eval(`[...document.querySelectorAll(".table-wrap")].filter(w => w.getClientRects().length > 0).map(w => {
		const scrolls = w.scrollWidth > w.clientWidth + 1;
		const shown = parseFloat(getComputedStyle(w, "::before").fontSize) > 0;
		return !scrolls || shown ? "" : (w.getAttribute("aria-label") || "table-wrap") + ": scrolls without the cue";
	}).filter(x => x)`, &bad); err != nil {
		return err
	}
	if len(bad) > 0 {
		return fmt.Errorf("%s: %s", path, strings.Join(bad, "; "))
	}
	return nil
}
