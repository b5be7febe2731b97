package app

// The career chart is drawn here as plain SVG markup: no JavaScript chart
// library, so it renders offline, prints, and is tested as text. Positions
// are display only; every value shown comes from domain.Result and is
// formatted with AK.Display.
//
// Stable test hooks (data-testid inside the SVG):
//
//	karier-chart          the <svg> element (role="img", with <title> and <desc>)
//	chart-bar-<i>         bar of year i; data-value is the AK shown
//	chart-ambang-<k>      threshold segment k; data-value is its AK, data-label its target
//	chart-naik-<i>        promotion marker in year i
//	chart-catatan-<i>     a note over bar i (the plan's "SB" for a Sangat Baik year)
//	rencana-chart         the plan's chart (careerChartSVGID), same hooks inside

import (
	"fmt"
	"strings"

	"simkinerja/domain"
)

// chartBar is one year of the chart.
type chartBar struct {
	Label string    // year, e.g. "2027"
	Value domain.AK // AK within the jenjang reached in the year
	Mark  string    // promotion of the year, if any
}

// chartThreshold is a horizontal threshold line over the bars From..To.
type chartThreshold struct {
	Label    string
	Value    domain.AK
	From, To int
	Met      bool
}

// chartSize is the SVG coordinate system; the element scales to its box.
const (
	chartW, chartH             = 640, 300
	chartLeft, chartRight      = 52, 12
	chartTop, chartBottomSpace = 16, 44
)

// hundredths turns an AK into a number for positioning (display only).
func hundredths(a domain.AK) float64 { return float64(a.Round2()) / 100 }

// niceCeil rounds v up to 1, 2 or 5 × a power of ten, so axis ticks read well.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 10
	}
	p := 1.0
	for p*10 <= v {
		p *= 10
	}
	for p > v {
		p /= 10
	}
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

// careerChartSVG draws the bars of AK reached per year against the thresholds.
func careerChartSVG(title, desc string, bars []chartBar, ths []chartThreshold) string {
	return careerChartSVGID("karier-chart", title, desc, bars, ths, nil)
}

// careerChartSVGID is careerChartSVG for a chart with its own test id (its
// title and description ids derive from it, so two charts share a page) and
// short notes drawn over some bars (by index: the plan's "SB").
func careerChartSVGID(id, title, desc string, bars []chartBar, ths []chartThreshold, notes map[int]string) string {
	tid, did := "chart-title", "chart-desc"
	if id != "karier-chart" {
		tid, did = id+"-title", id+"-desc"
	}
	maxV := 0.0
	for _, b := range bars {
		maxV = max(maxV, hundredths(b.Value))
	}
	for _, t := range ths {
		maxV = max(maxV, hundredths(t.Value))
	}
	top := niceCeil(maxV * 1.05)
	plotW := float64(chartW - chartLeft - chartRight)
	plotH := float64(chartH - chartTop - chartBottomSpace)
	y := func(v float64) float64 { return float64(chartTop) + plotH - v/top*plotH }
	n := max(len(bars), 1)
	slot := plotW / float64(n)
	barW := slot * 0.6
	x := func(i int) float64 { return float64(chartLeft) + slot*float64(i) }

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-testid="%s" viewBox="0 0 %d %d" role="img" aria-labelledby="%s %s" preserveAspectRatio="xMidYMid meet">`, id, chartW, chartH, tid, did)
	fmt.Fprintf(&b, `<title id="%s">%s</title><desc id="%s">%s</desc>`, tid, htmlEscape(title), did, htmlEscape(desc))
	// Axis ticks: 0, ¼, ½, ¾ and the top.
	for k := 0; k <= 4; k++ {
		v := top * float64(k) / 4
		yy := y(v)
		fmt.Fprintf(&b, `<line class="grid" x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ccc" stroke-width="1"/>`, chartLeft, yy, chartW-chartRight, yy)
		fmt.Fprintf(&b, `<text class="tick" x="%d" y="%.1f" text-anchor="end" font-size="12" fill="#444">%s</text>`, chartLeft-6, yy+4, htmlEscape(axisLabel(v)))
	}
	for i, bar := range bars {
		v := hundredths(bar.Value)
		bx := x(i) + (slot-barW)/2
		fill := "#0b5d4b"
		if bar.Mark != "" {
			fill = "#b35c00"
		}
		fmt.Fprintf(&b, `<rect data-testid="chart-bar-%d" data-value="%s" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s: %s AK</title></rect>`,
			i, bar.Value.Display(), bx, y(v), barW, y(0)-y(v), fill, htmlEscape(bar.Label), bar.Value.Display())
		if step := (n + 15) / 16; i%step == 0 {
			fmt.Fprintf(&b, `<text class="year" x="%.1f" y="%d" text-anchor="middle" font-size="12" fill="#222">%s</text>`, x(i)+slot/2, chartH-chartBottomSpace+16, htmlEscape(shortYear(bar.Label, n)))
		}
		if note := notes[i]; note != "" {
			fmt.Fprintf(&b, `<text data-testid="chart-catatan-%d" x="%.1f" y="%.1f" text-anchor="middle" font-size="11" font-weight="700" fill="#6b21a8">%s</text>`,
				i, x(i)+slot/2, y(v)-4, htmlEscape(note))
		}
		if bar.Mark != "" {
			fmt.Fprintf(&b, `<text data-testid="chart-naik-%d" x="%.1f" y="%d" text-anchor="middle" font-size="14" fill="#b35c00">▲<title>%s</title></text>`,
				i, x(i)+slot/2, chartH-chartBottomSpace+34, htmlEscape(bar.Mark))
		}
	}
	for k, t := range ths {
		if t.From < 0 || t.To < t.From {
			continue
		}
		yy := y(hundredths(t.Value))
		x1, x2 := x(t.From)+2, x(t.To)+slot-2
		color := "#8a1c1c"
		if t.Met {
			color = "#1d4ed8"
		}
		fmt.Fprintf(&b, `<line data-testid="chart-ambang-%d" data-value="%s" data-label="%s" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="2" stroke-dasharray="6 4"/>`,
			k, t.Value.Display(), htmlEscape(t.Label), x1, yy, x2, yy, color)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-size="12" fill="%s">%s</text>`, x1, yy-5, color, htmlEscape(t.Label+" ≥ "+t.Value.Display()))
	}
	fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#222" stroke-width="1"/>`, chartLeft, y(0), chartW-chartRight, y(0))
	b.WriteString(`</svg>`)
	return b.String()
}

// axisLabel prints a tick value the Indonesian way (comma decimals).
func axisLabel(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return strings.Replace(s, ".", ",", 1)
}

// shortYear keeps long projections legible: "2031" → "'31" beyond 12 bars.
func shortYear(label string, n int) string {
	if n > 12 && len(label) == 4 {
		return "'" + label[2:]
	}
	return label
}

// htmlEscape escapes exactly as html.EscapeString (" as &#34;) without
// linking strings.NewReplacer (see escapeMarkup).
func htmlEscape(s string) string { return escapeMarkup(s, "&#34;") }
