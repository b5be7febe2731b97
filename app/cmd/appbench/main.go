//go:build !wasm

// Command appbench is `make app-bench`: it builds simkinerja's app.wasm and a
// bare go-app v10.1.11 hello-world (testdata/app/bare, built in a module of
// its own against the stock go-app, not the patched copy in
// app/third_party/go-app) with the same flags, and prints for both, from the
// same run with the two apps alternating:
//
//   - app.wasm raw / gzip -9 / brotli sizes and the packages linked into it
//     (and the size of our second file, pelatih.wasm, which only a
//     trainer's page fetches);
//   - the time from navigation to the first mounted component in headless
//     Chromium, cold (fresh profile) and warm (service worker), split by phase;
//   - the phone profile (1.6 Mbps, 150 ms RTT, 4× slower CPU, set through the
//     Chrome DevTools Protocol): time to a working quick calculator (ours)
//     against the bare app's mount, cold and warm;
//   - Lighthouse mobile on "/" (performance, LCP, TBT, CLS, accessibility)
//     when -lighthouse names the lighthouse CLI (make installs it);
//
// each as the median of the runs with the spread (min–max).
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
	"strings"
	"time"

	"simkinerja/app/internal/browser"
	"simkinerja/app/internal/compress"
)

type target struct {
	name, dir, pkg, web, url, mark string
	goApp                          string // folder go-app was compiled from
	raw, gz, br                    int
	second                         *wasmSize // ours: pelatih.wasm, fetched by the trainer's, print and sharing pages only
	deps                           []string
	cold, warm                     []float64
	coldPhases, warmPhases         []phases
	transfer                       []float64 // bytes of app.wasm on the wire, cold
	phoneCold, phoneWarm           []float64 // ms: working calculator (ours), mount (bare)
	phoneColdAt, phoneWarmAt       []phoneMarks
	lh                             []lighthouse
}

func main() {
	runs := flag.Int("runs", 5, "start-up measurements per app and mode (desktop and phone profile)")
	lhBin := flag.String("lighthouse", "", "path of the lighthouse CLI; empty skips Lighthouse")
	lhRuns := flag.Int("lighthouse-runs", 3, "Lighthouse runs per app")
	gcflags := flag.String("gcflags", "", "replace the -gcflags of the release flags for both apps (to measure e.g. simkinerja/...=-l)")
	tags := flag.String("tags", "", `replace the -tags of the release flags for both apps; "none" drops them (to measure go-app's server side linked in)`)
	flag.Parse()
	log.SetFlags(0)
	override("-gcflags=", *gcflags)
	override("-tags=", *tags)
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Minute)
	defer cancel()
	if err := run(ctx, *runs, *lhBin, *lhRuns); err != nil {
		log.Fatal(err)
	}
}

// override replaces the release flag with prefix by prefix+value; value
// "none" removes it, "" keeps it.
func override(prefix, value string) {
	if value == "" {
		return
	}
	var flags []string
	for _, f := range browser.BuildFlags {
		if !strings.HasPrefix(f, prefix) {
			flags = append(flags, f)
		}
	}
	if value != "none" {
		flags = append(flags, prefix+value)
	}
	browser.BuildFlags = flags
}

func run(ctx context.Context, runs int, lhBin string, lhRuns int) error {
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
	bareMod, bareServer := filepath.Join(bareDir, "mod"), filepath.Join(bareDir, "server")
	if err := buildBare(ctx, root, bareMod, filepath.Join(bareWeb, "app.wasm"), bareServer); err != nil {
		return err
	}
	for _, icon := range []string{"icon-192.png", "icon-512.png", "icon.svg"} {
		if err := copyFile(filepath.Join(ours.Web, icon), filepath.Join(bareWeb, icon)); err != nil {
			return err
		}
	}

	a := &target{name: "simkinerja", dir: root, pkg: "./app/cmd/simkinerja", web: ours.Web, mark: "simkinerja"}
	b := &target{name: "bare", dir: bareMod, pkg: ".", web: bareWeb, mark: "bare"}
	if err := describe(ctx, a, b); err != nil {
		return err
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

	if err := measureStartup(ctx, tmp, runs, a, b); err != nil {
		return err
	}
	if err := measurePhone(ctx, tmp, runs, a, b); err != nil {
		return err
	}
	lhNote, err := measureLighthouse(ctx, tmp, lhBin, lhRuns, a, b)
	if err != nil {
		return err
	}
	report(a, b, runs, lhNote)
	return nil
}

// describe reads each app's wasm sizes, linked packages and go-app copy.
func describe(ctx context.Context, ts ...*target) error {
	var err error
	for _, t := range ts {
		if err = t.sizes(); err != nil {
			return err
		}
		if t.deps, err = wasmDeps(ctx, t.dir, t.pkg); err != nil {
			return err
		}
		if t.goApp, err = goAppDir(ctx, t.dir); err != nil {
			return err
		}
	}
	return nil
}

// measureStartup times navigation → first mounted component, cold and warm.
func measureStartup(ctx context.Context, tmp string, runs int, a, b *target) error {
	log.Printf("measuring start-up: %d runs × cold/warm × 2 apps in headless Chromium…", runs)
	for i := 0; i < runs; i++ {
		for _, t := range []*target{a, b} {
			if err := t.measure(ctx, filepath.Join(tmp, fmt.Sprintf("profile-%s-%d", t.name, i))); err != nil {
				return fmt.Errorf("%s run %d: %w", t.name, i+1, err)
			}
		}
	}
	return nil
}

// measurePhone times a working calculator under the phone profile. A run the
// emulation did not throttle is refused and done again in a fresh profile
// (at most twice).
func measurePhone(ctx context.Context, tmp string, runs int, a, b *target) error {
	log.Printf("measuring the phone profile: %d runs × cold/warm × 2 apps…", runs)
	for i := 0; i < runs; i++ {
		for _, t := range []*target{a, b} {
			for try := 0; ; try++ {
				err := t.phone(ctx, filepath.Join(tmp, fmt.Sprintf("phone-%s-%d-%d", t.name, i, try)))
				if err == nil {
					break
				}
				if !errors.Is(err, errUnthrottled) || try == 2 {
					return fmt.Errorf("%s phone run %d: %w", t.name, i+1, err)
				}
				log.Printf("  phone %s run %d again: %v", t.name, i+1, err)
			}
		}
	}
	return nil
}

// measureLighthouse runs Lighthouse mobile on "/" of both apps; without the
// Lighthouse binary it says why it skipped.
func measureLighthouse(ctx context.Context, tmp, lhBin string, lhRuns int, a, b *target) (string, error) {
	if lhBin == "" {
		return "skipped: no -lighthouse (make app-bench installs it)", nil
	}
	if _, err := os.Stat(lhBin); err != nil {
		return fmt.Sprintf("skipped: %v", err), nil
	}
	log.Printf("Lighthouse mobile on /: %d runs × 2 apps…", lhRuns)
	for i := 0; i < lhRuns; i++ {
		for _, t := range []*target{a, b} {
			r, err := runLighthouse(ctx, lhBin, t.url, filepath.Join(tmp, fmt.Sprintf("lh-%s-%d", t.name, i)))
			if err != nil {
				return "", fmt.Errorf("%s lighthouse run %d: %w", t.name, i+1, err)
			}
			t.lh = append(t.lh, r)
		}
	}
	return "", nil
}

// wasmSize is a wasm file's size raw, gzip -9 and brotli (bytes).
type wasmSize struct{ raw, gz, br int }

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
	// The trainer's and print screens are in a second file (app/bundle.go).
	raw, err = os.ReadFile(filepath.Join(t.web, "pelatih.wasm"))
	if err != nil {
		return err
	}
	if gz, err = compress.Gzip(raw); err != nil {
		return err
	}
	if br, err = compress.Brotli(raw); err != nil {
		return err
	}
	t.second = &wasmSize{len(raw), len(gz), len(br)}
	return nil
}

// wasmDeps lists the packages linked into the js/wasm build of pkg in module
// dir, with the build tags of the release flags.
func wasmDeps(ctx context.Context, dir, pkg string) ([]string, error) {
	args := []string{"list", "-deps"}
	for _, f := range browser.BuildFlags {
		if strings.HasPrefix(f, "-tags=") {
			args = append(args, f)
		}
	}
	out, err := goCmd(ctx, dir, []string{"GOOS=js", "GOARCH=wasm"}, append(args, pkg)...)
	if err != nil {
		return nil, err
	}
	return strings.Fields(out), nil
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

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}
