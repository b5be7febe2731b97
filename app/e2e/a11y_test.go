//go:build !wasm

package e2e

// TestAccessibility runs axe-core in headless Chromium on every route of
// skapp.Screens, plus /s/{id} and /kelas/{code} with real data, the /bagikan
// screen with a share link shown and every slide of /presentasi; it fails on
// any serious or critical violation, naming the rule and the selectors.
// axe-core is installed with npm into build/axe (gitignored) when missing.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"simkinerja/app/store"
	"simkinerja/domain/wire"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	skapp "simkinerja/app"
	"simkinerja/app/internal/browser"
	"simkinerja/domain"
)

// axeVersion is the pinned axe-core release.
const axeVersion = "4.14.1"

// axeScript returns axe.min.js, installing axe-core@axeVersion into
// build/axe with npm when it is not there yet.
func axeScript(t *testing.T) string {
	t.Helper()
	root, err := browser.Root()
	if err != nil {
		t.Fatal(err)
	}
	prefix := filepath.Join(root, "build", "axe")
	file := filepath.Join(prefix, "node_modules", "axe-core", "axe.min.js")
	pkg := filepath.Join(prefix, "node_modules", "axe-core", "package.json")
	if b, err := os.ReadFile(pkg); err != nil || !bytes.Contains(b, []byte(`"version": "`+axeVersion+`"`)) {
		cmd := exec.Command("npm", "install", "--no-audit", "--no-fund", "--prefix", prefix, "axe-core@"+axeVersion)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("npm install axe-core@%s: %v\n%s", axeVersion, err, out)
		}
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// violation is what axe reports for one rule.
type violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// axeImpacts are the impacts that fail the test; AXE_IMPACTS (comma
// separated, e.g. "minor,moderate,serious,critical") widens it for a review.
func axeImpacts() string {
	v := os.Getenv("AXE_IMPACTS")
	if v == "" {
		v = "serious,critical"
	}
	b, _ := json.Marshal(strings.Split(v, ","))
	return string(b)
}

// axe injects axe-core into the page (once) and returns the violations of
// axeImpacts (serious and critical by default).
func (e *env) axe(script string) ([]violation, error) {
	var loaded bool
	if err := e.eval(`typeof window.axe !== "undefined"`, &loaded); err != nil {
		return nil, err
	}
	if !loaded {
		if err := e.run(chromedp.Evaluate(script+";true", &loaded)); err != nil {
			return nil, fmt.Errorf("inject axe: %w", err)
		}
	}
	var out []violation
	err := e.eval(`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations
		.filter(v => `+axeImpacts()+`.includes(v.impact))
		.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(" "))})))`, &out)
	return out, err
}

func report(vs []violation) string {
	var b strings.Builder
	for _, v := range vs {
		fmt.Fprintf(&b, "\n  %s (%s): %s\n    %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n    "))
	}
	return b.String()
}

// apiPost calls the real API from Go, to set up data for a page.
func apiPost(addr, path, token string, body []byte, out any) error {
	req, err := http.NewRequest("POST", "http://"+addr+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("POST %s: %d %s", path, resp.StatusCode, data)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(data, out)
}

func TestAccessibility(t *testing.T) {
	if testing.Short() {
		t.Skip("e2e: skipped with -short")
	}
	script := axeScript(t)
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	a, srv, addr := startApp(t, ctx, "e2e-a11y")
	e := profile(t, ctx, a, srv, addr, "a11y")

	pages := a11yPages(t, e, addr)
	for _, p := range pages {
		t.Run(strings.ReplaceAll(p.name, "/", "_"), func(t *testing.T) {
			e.t = t
			if err := e.open(p.path); err != nil {
				t.Fatal(err)
			}
			if err := p.ready(); err != nil {
				t.Fatal(err)
			}
			vs, err := e.axe(script)
			if err != nil {
				t.Fatal(err)
			}
			if len(vs) > 0 {
				e.shot("a11y" + strings.ReplaceAll(p.name, "/", "_"))
				t.Errorf("%s: %d axe violations:%s", p.name, len(vs), report(vs))
			}
		})
	}
	t.Run("_presentasi_slides", func(t *testing.T) { e.t = t; axeSlides(t, e, script) })
}

// a11yPage is one state of a route that axe checks.
type a11yPage struct {
	name, path string
	ready      func() error // waits for the state to check
}

// a11yPages lists every route, plus the routes with a parameter filled with
// real data (a share, a class with submissions) and the share just created.
func a11yPages(t *testing.T, e *env, addr string) []a11yPage {
	doc, _ := domain.Encode(domain.Presets()[0].Scenario)
	var share wire.ShareCreated
	if err := apiPost(addr, "/api/shares", "", doc, &share); err != nil {
		t.Fatal(err)
	}
	var class wire.ClassCreated
	if err := apiPost(addr, "/api/classes", "", []byte("{}"), &class); err != nil {
		t.Fatal(err)
	}
	for i, p := range domain.Presets() {
		pdoc, _ := domain.Encode(p.Scenario)
		body := fmt.Sprintf(`{"name":"Peserta uji %d","scenario":%s}`, i+1, pdoc)
		if err := apiPost(addr, "/api/classes/"+class.Code+"/submissions", "", []byte(body), nil); err != nil {
			t.Fatal(err)
		}
	}
	settle := func() error { time.Sleep(300 * time.Millisecond); return nil }
	var pages []a11yPage
	for _, s := range skapp.Screens {
		if !skapp.IsPattern(s.Path) {
			pages = append(pages, a11yPage{name: s.Path, path: s.Path, ready: settle})
		}
	}
	return append(pages,
		a11yPage{name: "/s/{id}", path: share.URL, ready: func() error { return e.waitText("shared-ak", "37,5") }},
		a11yPage{name: "/kelas/{code}", path: "/kelas/" + class.Code, ready: func() error {
			saved, _ := json.Marshal([]store.SavedClass{{Code: class.Code, Token: class.Token}})
			if err := e.eval(fmt.Sprintf(`localStorage.setItem(%q, %q), true`, store.ClassesKey, saved), new(bool)); err != nil {
				return err
			}
			if err := e.run(chromedp.Reload(), waitApp()); err != nil {
				return err
			}
			return e.waitText("kelas-count", "2")
		}},
		a11yPage{name: "/bagikan (tautan dibuat)", path: "/bagikan", ready: func() error {
			if err := e.click("share-create"); err != nil {
				return err
			}
			return e.run(chromedp.WaitVisible(`[data-testid="share-qr"]`, chromedp.ByQuery))
		}},
	)
}

// axeSlides checks every slide of the presentation.
func axeSlides(t *testing.T, e *env, script string) {
	if err := e.open("/presentasi"); err != nil {
		t.Fatal(err)
	}
	for i := 1; ; i++ {
		if err := e.waitJS(attrJS("slide", "data-index"), fmt.Sprint(i)); err != nil {
			t.Fatal(err)
		}
		vs, err := e.axe(script)
		if err != nil {
			t.Fatal(err)
		}
		if len(vs) > 0 {
			t.Errorf("slide %d: %d axe violations:%s", i, len(vs), report(vs))
		}
		var last bool
		if err := e.eval(`document.querySelector('[data-testid="slide-next"]').disabled`, &last); err != nil {
			t.Fatal(err)
		}
		if last {
			return
		}
		if err := e.run(chromedp.KeyEvent(kb.ArrowRight)); err != nil {
			t.Fatal(err)
		}
	}
}
