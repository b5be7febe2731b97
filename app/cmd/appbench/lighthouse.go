//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"simkinerja/app/internal/browser"
)

// lighthouse is what one Lighthouse mobile run reports: scores 0–100, times
// in ms (simulated slow 4G and 4× CPU, Lighthouse's default mobile profile).
type lighthouse struct {
	Version                    string // of Lighthouse
	Performance, Accessibility float64
	FCP, LCP, TBT, SI, CLS     float64
}

// chromeFlags are the project's Chromium flags (GUIDE.md); Lighthouse's
// launcher adds its own profile folder and debugging port.
var chromeFlags = []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"}

// runLighthouse runs the lighthouse CLI (bin) on url with Debian's chromium,
// the mobile form factor and simulated throttling (Lighthouse's defaults),
// keeping the JSON report in dir.
func runLighthouse(ctx context.Context, bin, url, dir string) (lighthouse, error) {
	chromium, err := browser.Chromium()
	if err != nil {
		return lighthouse{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return lighthouse{}, err
	}
	out := filepath.Join(dir, "report.json")
	cmd := exec.CommandContext(ctx, bin, url,
		"--output=json", "--output-path="+out, "--quiet",
		"--form-factor=mobile", "--throttling-method=simulate",
		"--only-categories=performance,accessibility",
		"--chrome-flags="+strings.Join(chromeFlags, " "))
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chromium, "TMPDIR="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		return lighthouse{}, fmt.Errorf("lighthouse: %w\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return lighthouse{}, err
	}
	return parseLighthouse(b)
}

// parseLighthouse reads the figures of a Lighthouse JSON report.
func parseLighthouse(b []byte) (lighthouse, error) {
	var rep struct {
		Version      string                          `json:"lighthouseVersion"`
		RuntimeError *struct{ Code, Message string } `json:"runtimeError"`
		Categories   map[string]struct {
			Score *float64 `json:"score"`
		} `json:"categories"`
		Audits map[string]struct {
			NumericValue *float64 `json:"numericValue"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		return lighthouse{}, fmt.Errorf("lighthouse report: %w", err)
	}
	if rep.RuntimeError != nil && rep.RuntimeError.Code != "" {
		return lighthouse{}, fmt.Errorf("lighthouse: %s: %s", rep.RuntimeError.Code, rep.RuntimeError.Message)
	}
	r := lighthouse{Version: rep.Version}
	var missing []string
	score := func(cat string, dst *float64) {
		if c, ok := rep.Categories[cat]; ok && c.Score != nil {
			*dst = *c.Score * 100
			return
		}
		missing = append(missing, cat)
	}
	audit := func(id string, dst *float64) {
		if a, ok := rep.Audits[id]; ok && a.NumericValue != nil {
			*dst = *a.NumericValue
			return
		}
		missing = append(missing, id)
	}
	score("performance", &r.Performance)
	score("accessibility", &r.Accessibility)
	audit("first-contentful-paint", &r.FCP)
	audit("largest-contentful-paint", &r.LCP)
	audit("total-blocking-time", &r.TBT)
	audit("speed-index", &r.SI)
	audit("cumulative-layout-shift", &r.CLS)
	if len(missing) > 0 {
		return r, fmt.Errorf("lighthouse report lacks %s", strings.Join(missing, ", "))
	}
	return r, nil
}
