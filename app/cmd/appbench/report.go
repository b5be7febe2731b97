//go:build !wasm

package main

import (
	"fmt"
	"sort"
	"strings"
)

// report prints every measurement, ours against the bare app.
func report(a, b *target, runs int, lhNote string) {
	reportSizes(a, b)
	reportStartup(a, b, runs)
	reportLighthouse(a, b, lhNote)
	reportDeps(a, b)
}

func reportSizes(a, b *target) {
	fmt.Println()
	fmt.Println("== app.wasm size (bytes; MB = 10^6 bytes) ==")
	fmt.Printf("%-12s %14s %14s %14s\n", "", "raw", "gzip -9", "brotli q11")
	for _, t := range []*target{a, b} {
		fmt.Printf("%-12s %14s %14s %14s\n", t.name, fmt.Sprintf("%d (%s)", t.raw, mb(t.raw)), mb(t.gz), mb(t.br))
	}
	fmt.Printf("%-12s %14.3f %14.3f %14.3f\n", "ours/bare", ratio(a.raw, b.raw), ratio(a.gz, b.gz), ratio(a.br, b.br))
	if s := a.second; s != nil {
		fmt.Printf("%-12s %14s %14s %14s   (%s's pelatih.wasm: /presentasi, /kelas/…, /ringkasan, /bagikan; not in the first download)\n",
			"pelatih", fmt.Sprintf("%d (%s)", s.raw, mb(s.raw)), mb(s.gz), mb(s.br), a.name)
	}
	for _, t := range []*target{a, b} {
		fmt.Printf("go-app of %s: %s\n", t.name, t.goApp)
	}
}

func reportStartup(a, b *target, runs int) {
	fmt.Println()
	fmt.Printf("== navigation → first mounted component, ms, median (min–max) of %d (headless Chromium, no throttling) ==\n", runs)
	fmt.Printf("%-12s %16s %16s %18s\n", "", "cold", "warm (SW)", "wasm on the wire")
	for _, t := range []*target{a, b} {
		fmt.Printf("%-12s %16s %16s %18s\n", t.name, spread(t.cold), spread(t.warm), mb(int(median(t.transfer))))
	}
	fmt.Printf("%-12s %16.2f %16.2f\n", "ours/bare", median(a.cold)/median(b.cold), median(a.warm)/median(b.warm))

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
	fmt.Printf("== phone profile (%.1f Mbps, %d ms RTT, %d× CPU): ms to a working quick calculator (ours) / mount (bare), median (min–max) of %d ==\n",
		phoneDownload*8/1e6, phoneRTT, phoneCPU, runs)
	fmt.Printf("%-12s %18s %18s\n", "", "cold", "warm (SW)")
	for _, t := range []*target{a, b} {
		fmt.Printf("%-12s %18s %18s\n", t.name, spread(t.phoneCold), spread(t.phoneWarm))
	}
	fmt.Printf("%-12s %18.2f %18.2f\n", "ours/bare", median(a.phoneCold)/median(b.phoneCold), median(a.phoneWarm)/median(b.phoneWarm))
	// The same yardstick on both sides, for reading the line above: ours
	// mounted (the moment before the probe taps), the bare app mounted.
	fmt.Printf("%-12s %18.2f %18.2f   (ours mounted, before its tap, / bare mounted)\n", "mount/mount",
		median(readyTimes(a.phoneColdAt))/median(b.phoneCold), median(readyTimes(a.phoneWarmAt))/median(b.phoneWarm))
	fmt.Println()
	fmt.Println("where the phone start-up goes, ms, median of each phase's own duration: page = navigation →")
	fmt.Println("page received; parse = → DOMContentLoaded; req = → app.wasm requested (from the page's")
	fmt.Println("response); wasm = → received; init = → main(); mount = → mounted; tap = → the calculator's")
	fmt.Println("answer (ours; the bare app is done when mounted)")
	fmt.Printf("%-12s %s   %s\n", "", "cold: page parse  req  wasm init mount  tap", "warm: page parse  req  wasm init mount  tap")
	for _, t := range []*target{a, b} {
		fmt.Printf("%-12s %s   %s\n", t.name, phoneSplit(t.phoneColdAt, t.phoneCold), phoneSplit(t.phoneWarmAt, t.phoneWarm))
	}
}

// readyTimes are the runs' mounted marks, ms since navigation.
func readyTimes(at []phoneMarks) []float64 {
	out := make([]float64, len(at))
	for i, m := range at {
		out[i] = m.Ready
	}
	return out
}

// phoneSplit formats the medians of each phase's duration over the runs.
func phoneSplit(at []phoneMarks, done []float64) string {
	cols := make([][]float64, 7)
	for i, m := range at {
		for j, d := range []float64{m.Page, m.DCL - m.Page, m.Requested - m.Page, m.Fetched - m.Requested, m.Main - m.Fetched, m.Ready - m.Main, done[i] - m.Ready} {
			cols[j] = append(cols[j], d)
		}
	}
	out := "     "
	for _, c := range cols {
		out += fmt.Sprintf(" %5.0f", median(c))
	}
	return out
}

func reportLighthouse(a, b *target, lhNote string) {
	fmt.Println()
	if lhNote != "" {
		fmt.Println("== Lighthouse mobile, / ==")
		fmt.Println(lhNote)
	} else {
		fmt.Printf("== Lighthouse %s mobile, / (simulated slow 4G, 4× CPU), median (min–max) of %d ==\n", a.lh[0].Version, len(a.lh))
		fmt.Printf("%-16s %22s %22s\n", "", a.name, b.name)
		rows := []struct {
			name string
			f    func(lighthouse) float64
			fmt  func([]float64) string
		}{
			{"performance", func(r lighthouse) float64 { return r.Performance }, spread},
			{"FCP ms", func(r lighthouse) float64 { return r.FCP }, spread},
			{"LCP ms", func(r lighthouse) float64 { return r.LCP }, spread},
			{"TBT ms", func(r lighthouse) float64 { return r.TBT }, spread},
			{"CLS", func(r lighthouse) float64 { return r.CLS }, spread3},
			{"speed index ms", func(r lighthouse) float64 { return r.SI }, spread},
			{"accessibility", func(r lighthouse) float64 { return r.Accessibility }, spread},
		}
		for _, row := range rows {
			col := func(t *target) string {
				var xs []float64
				for _, r := range t.lh {
					xs = append(xs, row.f(r))
				}
				return row.fmt(xs)
			}
			fmt.Printf("%-16s %22s %22s\n", row.name, col(a), col(b))
		}
	}
}

func reportDeps(a, b *target) {
	fmt.Println()
	fmt.Println("== packages linked into the wasm (GOOS=js GOARCH=wasm go list -deps, release tags) ==")
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
	fmt.Printf("  %-30s %-10s %s\n", "", "simkinerja", "bare")
	for _, heavy := range []string{"net/http", "crypto/tls", "crypto/x509", "net", "database/sql", "modernc.org/sqlite", "simkinerja/worker", "github.com/goccy/go-json", "github.com/chromedp/chromedp", "rsc.io/qr"} {
		fmt.Printf("  %-30s %-10v %v\n", heavy, contains(a.deps, heavy), bare[heavy])
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

// spread is "median (min–max)" rounded to whole units.
func spread(xs []float64) string {
	if len(xs) == 0 {
		return "-"
	}
	lo, hi := minMax(xs)
	return fmt.Sprintf("%.0f (%.0f–%.0f)", median(xs), lo, hi)
}

// spread3 is spread with three decimals (CLS).
func spread3(xs []float64) string {
	if len(xs) == 0 {
		return "-"
	}
	lo, hi := minMax(xs)
	return fmt.Sprintf("%.3f (%.3f–%.3f)", median(xs), lo, hi)
}

func minMax(xs []float64) (float64, float64) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

func mb(n int) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func ratio(a, b int) float64 { return float64(a) / float64(b) }
