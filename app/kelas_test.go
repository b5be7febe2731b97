package app

import (
	"encoding/xml"
	"strconv"
	"strings"
	"testing"

	"simkinerja/domain"
)

func TestPredikatChartSVG(t *testing.T) {
	counts := map[domain.Predikat]int{domain.SangatBaik: 1, domain.Baik: 4, domain.Kurang: 2}
	svg := PredikatChartSVG(counts)
	var doc struct {
		Label string `xml:"aria-label,attr"`
		Role  string `xml:"role,attr"`
		G     []struct {
			Predikat string `xml:"data-predikat,attr"`
			Count    int    `xml:"data-count,attr"`
			Rect     struct {
				Width int `xml:"width,attr"`
			} `xml:"rect"`
			Text []string `xml:"text"`
		} `xml:"g"`
	}
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
		t.Fatalf("chart is not well-formed XML: %v\n%s", err, svg)
	}
	if doc.Role != "img" || !strings.Contains(doc.Label, "Baik 4") {
		t.Errorf("text alternative missing: role=%q label=%q", doc.Role, doc.Label)
	}
	if len(doc.G) != len(domain.Predikats) {
		t.Fatalf("%d bars, want one per predikat", len(doc.G))
	}
	widest := 0
	for i, g := range doc.G {
		p := domain.Predikats[i]
		if g.Predikat != string(p) || g.Count != counts[p] {
			t.Errorf("bar %d = %s/%d, want %s/%d", i, g.Predikat, g.Count, p, counts[p])
		}
		if g.Text[0] != p.Label() || g.Text[1] != strconv.Itoa(counts[p]) {
			t.Errorf("bar %d labels %q", i, g.Text)
		}
		widest = max(widest, g.Rect.Width)
		// Bars are proportional to the counts.
		if got, want := g.Rect.Width*4, doc.G[1].Rect.Width*counts[p]; got != want {
			t.Errorf("bar %s width %d not proportional (×4 = %d, want %d)", p, g.Rect.Width, got, want)
		}
	}
	if widest == 0 {
		t.Fatal("no bar drawn")
	}
	empty := PredikatChartSVG(nil)
	if err := xml.Unmarshal([]byte(empty), new(struct{})); err != nil || strings.Contains(empty, "NaN") {
		t.Errorf("empty class chart broken: %v %s", err, empty)
	}
}

func TestClassCodeFromPath(t *testing.T) {
	if got := classCodeFromPath("/kelas/abc234"); got != "ABC234" {
		t.Errorf("classCodeFromPath = %q", got)
	}
}
