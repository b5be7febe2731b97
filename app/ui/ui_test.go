package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestChoiceButtonsPressOnlyTheChosen(t *testing.T) {
	html := app.HTMLString(ChoiceButtons("r", "Rating", []Option{{Value: "a", Label: "A"}, {Value: "b", Label: "B", Disabled: true}}, "a", false, nil))
	// go-app's HTML writer prints aria-pressed="true" as a bare attribute and
	// the attributes in no fixed order, so each button's tag is read whole.
	a, b := tagWith(html, `data-testid="r-a"`), tagWith(html, `data-testid="r-b"`)
	if !strings.Contains(a, `class="choice on"`) || !strings.Contains(a, "aria-pressed ") && !strings.Contains(a, "aria-pressed>") {
		t.Fatalf("chosen button: %s", a)
	}
	if !strings.Contains(b, `aria-pressed="false"`) || strings.Contains(b, " on") {
		t.Fatalf("other button: %s", b)
	}
	if !strings.Contains(html, `data-testid="r-b"`) || !strings.Contains(html, "disabled") {
		t.Fatalf("disabled option: %s", html)
	}
}

func TestSourceLinksNameTheSource(t *testing.T) {
	html := app.HTMLString(SourceLinks([]string{"SEED1", "TIDAK-ADA"}))
	// The chip is a disclosure: a tap shows the source's title and grade as
	// text (a title attribute is unreachable by touch).
	if !strings.Contains(html, "<details") || !strings.Contains(html, ">SEED1</summary>") || strings.Contains(html, `title="`) ||
		!strings.Contains(html, "<strong>Panduan Substansi") || !strings.Contains(html, "Keandalan A.") || !strings.Contains(html, ">TIDAK-ADA<") {
		t.Fatalf("chips: %s", html)
	}
}

func TestFieldErrorOnlyWithAMessage(t *testing.T) {
	if FieldError("x", "") != nil {
		t.Fatal("an empty message renders nothing")
	}
	if html := app.HTMLString(FieldError("x", "isi jumlah bulan")); !strings.Contains(html, `role="alert"`) {
		t.Fatalf("%s", html)
	}
}

// tagWith returns the opening tag that holds attr.
func tagWith(html, attr string) string {
	i := strings.Index(html, attr)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(html[:i], "<")
	end := strings.Index(html[i:], ">")
	return html[start : i+end+1]
}
