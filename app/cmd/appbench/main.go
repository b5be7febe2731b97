//go:build !wasm

// Command appbench is `make app-bench`: it builds simkinerja's app.wasm and a
// bare go-app v10.1.11 hello-world (testdata/app/bare) with the same flags and
// prints, for both, app.wasm raw / gzip -9 / brotli sizes, the packages linked
// into the wasm, and the time from navigation to the first mounted component
// in headless Chromium — cold (fresh profile, no cache) and warm (served by
// the service worker) — as the median of -runs runs, with ratios ours/bare.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"simkinerja/app/internal/browser"
	"simkinerja/app/internal/compress"
)

type target struct {
	name, pkg, web, url, mark string
	raw, gz, br               int
	deps                      []string
	cold, warm                []float64
	coldPhases, warmPhases    []phases
	transfer                  []float64 // bytes of app.wasm on the wire, cold
}

// phases splits one start-up into what the browser and Go do, in ms since
// navigation: app.wasm requested (resource timing startTime: the page, its
// styles and scripts are loaded), app.wasm received (responseEnd; compiling
// overlaps the download, as go-app streams the instantiation), main entered
// (the "<mark>-main" performance mark: wasm compiled and instantiated, Go
// runtime and package initialisers done), first component mounted (the ready
// mark).
type phases struct{ Requested, Fetched, Main, Ready float64 }

func main() {
	runs := flag.Int("runs", 5, "start-up measurements per app and mode")
	flag.Parse()
	log.SetFlags(0)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	if err := run(ctx, *runs); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, runs int) error {
	tmp, err := os.MkdirTemp("", "appbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	root, err := browser.Root()
	if err != nil {
		return err
	}

	log.Printf("building simkinerja and the bare hello-world (flags %s)…", strings.Join(browser.BuildFlags, " "))
	defer browser.Cleanup()
	ours, err := browser.BuildApp(ctx, filepath.Join(tmp, "ours"))
	if err != nil {
		return err
	}
	bareDir := filepath.Join(tmp, "bare")
	bareWeb := filepath.Join(bareDir, "web")
	if err := os.MkdirAll(bareWeb, 0o755); err != nil {
		return err
	}
	if err := browser.BuildWasm(ctx, root, "./testdata/app/bare", filepath.Join(bareWeb, "app.wasm")); err != nil {
		return err
	}
	bareServer := filepath.Join(bareDir, "server")
	if err := browser.GoBuild(ctx, root, nil, "-o", bareServer, "./testdata/app/bare"); err != nil {
		return err
	}
	for _, icon := range []string{"icon-192.png", "icon-512.png", "icon.svg"} {
		if err := copyFile(filepath.Join(ours.Web, icon), filepath.Join(bareWeb, icon)); err != nil {
			return err
		}
	}

	a := &target{name: "simkinerja", pkg: "./app/cmd/simkinerja", web: ours.Web, mark: "simkinerja"}
	b := &target{name: "bare", pkg: "./testdata/app/bare", web: bareWeb, mark: "bare"}
	for _, t := range []*target{a, b} {
		if err := t.sizes(); err != nil {
			return err
		}
		if t.deps, err = wasmDeps(ctx, root, t.pkg); err != nil {
			return err
		}
	}

	addrA, err := browser.FreeAddr()
	if err != nil {
		return err
	}
	srv, err := ours.Start(addrA, "bench")
	if err != nil {
		return err
	}
	defer srv.Stop()
	a.url = srv.URL + "/"
	addrB, err := browser.FreeAddr()
	if err != nil {
		return err
	}
	bare := exec.Command(bareServer, "-addr", addrB, "-web", bareWeb)
	if err := bare.Start(); err != nil {
		return err
	}
	defer func() { bare.Process.Kill(); bare.Wait() }()
	b.url = "http://" + addrB + "/"
	if err := waitHTTP(ctx, b.url); err != nil {
		return err
	}

	log.Printf("measuring start-up: %d runs × cold/warm × 2 apps in headless Chromium…", runs)
	for i := 0; i < runs; i++ {
		for _, t := range []*target{a, b} {
			if err := t.measure(ctx, filepath.Join(tmp, fmt.Sprintf("profile-%s-%d", t.name, i))); err != nil {
				return fmt.Errorf("%s run %d: %w", t.name, i+1, err)
			}
		}
	}
	report(a, b, runs)
	return nil
}

func (t *target) sizes() error {
	raw, err := os.ReadFile(filepath.Join(t.web, "app.wasm"))
	if err != nil {
		return err
	}
	gz, err := compress.Gzip(raw)
	if err != nil {
		return err
	}
	br, err := compress.Brotli(raw)
	if err != nil {
		return err
	}
	t.raw, t.gz, t.br = len(raw), len(gz), len(br)
	if t.name == "bare" {
		return os.WriteFile(filepath.Join(t.web, "app.wasm.br"), br, 0o644)
	}
	return nil
}

// wasmDeps lists the packages linked into the js/wasm build of pkg.
func wasmDeps(ctx context.Context, root, pkg string) ([]string, error) {
	cmd := exec.CommandContext(ctx, "go", "list", "-deps", pkg)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -deps %s: %w", pkg, err)
	}
	return strings.Fields(string(out)), nil
}

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
				const wasm = performance.getEntriesByType("resource").find(e => e.name.endsWith("/app.wasm")) || {};
				return {Requested: wasm.startTime || 0, Fetched: wasm.responseEnd || 0, Main: mark(%q), Ready: mark(%q)};
			})()`, t.mark+"-main", t.mark+"-ready"), &p))
		return p, err
	}
	coldP, err := load()
	if err != nil {
		return fmt.Errorf("cold: %w", err)
	}
	var transfer float64
	if err := chromedp.Run(bctx, chromedp.Evaluate(`(performance.getEntriesByType("resource").find(e => e.name.endsWith("/app.wasm")) || {}).transferSize || 0`, &transfer)); err != nil {
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

func waitHTTP(ctx context.Context, url string) error {
	for i := 0; i < 200 && ctx.Err() == nil; i++ {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("%s does not answer", url)
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func mb(n int) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }

func report(a, b *target, runs int) {
	fmt.Println()
	fmt.Println("== app.wasm size (bytes; MB = 10^6 bytes) ==")
	fmt.Printf("%-12s %14s %14s %14s\n", "", "raw", "gzip -9", "brotli q11")
	for _, t := range []*target{a, b} {
		fmt.Printf("%-12s %14s %14s %14s\n", t.name, fmt.Sprintf("%d (%s)", t.raw, mb(t.raw)), mb(t.gz), mb(t.br))
	}
	fmt.Printf("%-12s %14.2f %14.2f %14.2f\n", "ours/bare", ratio(a.raw, b.raw), ratio(a.gz, b.gz), ratio(a.br, b.br))

	fmt.Println()
	fmt.Printf("== navigation → first mounted component, ms, median of %d (headless Chromium) ==\n", runs)
	fmt.Printf("%-12s %10s %10s %18s\n", "", "cold", "warm (SW)", "wasm on the wire")
	for _, t := range []*target{a, b} {
		fmt.Printf("%-12s %10.0f %10.0f %18s\n", t.name, median(t.cold), median(t.warm), mb(int(median(t.transfer))))
	}
	fmt.Printf("%-12s %10.2f %10.2f\n", "ours/bare", median(a.cold)/median(b.cold), median(a.warm)/median(b.warm))
	fmt.Printf("samples cold %s: %v\nsamples warm %s: %v\nsamples cold %s: %v\nsamples warm %s: %v\n",
		a.name, rounded(a.cold), a.name, rounded(a.warm), b.name, rounded(b.cold), b.name, rounded(b.warm))

	fmt.Println()
	fmt.Printf("== where start-up goes, ms, median of %d per phase ==\n", runs)
	fmt.Println("page = navigation → app.wasm requested; fetch = → app.wasm received (download and")
	fmt.Println("streaming compile); init = → main() entered (rest of compile, instantiate, Go runtime and")
	fmt.Println("package initialisers); mount = main() → first component mounted")
	fmt.Printf("%-12s %7s %7s %7s %7s   %7s %7s %7s %7s\n", "", "cold:", "", "", "", "warm:", "", "", "")
	fmt.Printf("%-12s %7s %7s %7s %7s   %7s %7s %7s %7s\n", "", "page", "fetch", "init", "mount", "page", "fetch", "init", "mount")
	for _, t := range []*target{a, b} {
		c, w := split(t.coldPhases), split(t.warmPhases)
		fmt.Printf("%-12s %7.0f %7.0f %7.0f %7.0f   %7.0f %7.0f %7.0f %7.0f\n", t.name, c[0], c[1], c[2], c[3], w[0], w[1], w[2], w[3])
	}

	fmt.Println()
	fmt.Println("== packages linked into the wasm (GOOS=js GOARCH=wasm go list -deps) ==")
	bare := map[string]bool{}
	for _, p := range b.deps {
		bare[p] = true
	}
	var extra []string
	for _, p := range a.deps {
		if !bare[p] {
			extra = append(extra, p)
		}
	}
	fmt.Printf("simkinerja %d packages, bare %d; added by simkinerja: %s\n", len(a.deps), len(b.deps), strings.Join(extra, " "))
	for _, heavy := range []string{"net/http", "database/sql", "modernc.org/sqlite", "simkinerja/worker", "github.com/goccy/go-json", "github.com/chromedp/chromedp", "rsc.io/qr", "crypto/tls"} {
		in, inBare := contains(a.deps, heavy), bare[heavy]
		note := ""
		if in && inBare {
			note = " (also in bare: go-app imports it; the linker drops what main does not reach)"
		}
		fmt.Printf("  %-30s %v%s\n", heavy, in, note)
	}
}

// split gives the median of each phase's own duration over the runs.
func split(ps []phases) [4]float64 {
	var r, f, i, m []float64
	for _, p := range ps {
		r, f = append(r, p.Requested), append(f, p.Fetched-p.Requested)
		i, m = append(i, p.Main-p.Fetched), append(m, p.Ready-p.Main)
	}
	return [4]float64{median(r), median(f), median(i), median(m)}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func ratio(a, b int) float64 { return float64(a) / float64(b) }

func rounded(xs []float64) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = int(x + 0.5)
	}
	return out
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}
