package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestChoiceButtonsPressOnlyTheChosen(t *testing.T) {
	html := app.HTMLString(ChoiceButtons("r", "Rating", []Option{{Value: "a", Label: "A"}, {Value: "b", Label: "B", Disabled: true}}, "a", false, nil))
	// go-app's HTML writer prints aria-pressed="true" as a bare attribute.
	if !strings.Contains(html, `class="choice on" aria-pressed data-testid="r-a"`) || strings.Count(html, `aria-pressed="false"`) != 1 {
		t.Fatalf("pressed state: %s", html)
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
