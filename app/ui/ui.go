// Package ui holds the reusable pieces the screens are built from: labelled
// fields, one-tap choice buttons, field errors, source chips, badges and the
// scrolling table box. They render plain elements and take their handlers as
// arguments; no state of their own.
//
// Plain elements are built with app.Elem(tag) rather than go-app's typed
// constructors (app.P(), app.Div()…): every typed element type used links its
// own set of methods into app.wasm, 3–12 KB each; for the ~35 plain tags of
// the screens that was 0.5 MB raw, 25 KB brotli. Typed constructors stay
// where their methods carry meaning (A, Button, Input, Select, Option,
// Textarea, Progress, Img). app's elem_test.go keeps it so.
package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/domain"
)

// Option is one choice of a select or a button group.
type Option struct {
	Value, Label string
	Disabled     bool
}

// SelectField is a labelled select; onPick gets the chosen value.
func SelectField(id, label string, opts []Option, value string, disabled bool, onPick func(ctx app.Context, v string)) app.UI {
	return app.Elem("div").Class("field").Body(
		app.Elem("label").Attr("for", id).Text(label),
		app.Select().ID(id).Disabled(disabled).OnChange(func(ctx app.Context, e app.Event) {
			onPick(ctx, ctx.JSSrc().Get("value").String())
		}).Body(
			app.Range(opts).Slice(func(i int) app.UI {
				o := opts[i]
				return app.Option().Value(o.Value).Selected(o.Value == value).Disabled(o.Disabled).Text(o.Label)
			}),
		),
	)
}

// ChoiceButtons is a one-tap group of toggle buttons (aria-pressed), used for
// ratings and predikat so a phone user answers with one tap.
func ChoiceButtons(testid, label string, opts []Option, value string, disabled bool, onPick func(ctx app.Context, v string)) app.UI {
	return app.Elem("div").Class("choices").Attr("role", "group").Aria("label", label).Body(
		app.Range(opts).Slice(func(i int) app.UI {
			o := opts[i]
			pressed := o.Value == value
			b := app.Button().Type("button").Class("choice").Aria("pressed", strconv.FormatBool(pressed)).
				Attr("data-testid", testid+"-"+o.Value).Disabled(disabled || o.Disabled).Text(o.Label).
				OnClick(func(ctx app.Context, e app.Event) { onPick(ctx, o.Value) })
			if pressed {
				b = b.Class("on")
			}
			return b
		}),
	)
}

// FieldError renders the message of one field, if any.
func FieldError(id, msg string) app.UI {
	if msg == "" {
		return nil
	}
	return app.Elem("p").ID(id).Class("field-error").Attr("role", "alert").Text(msg)
}

// StatusLine is an always-present alert line (empty until there is a message),
// so screen readers announce a message that appears in it.
func StatusLine(id, testid, msg string) app.UI {
	p := app.Elem("p").ID(id).Attr("role", "alert").Attr("data-testid", testid)
	if msg == "" {
		return p.Class("field-error empty")
	}
	return p.Class("field-error").Text(msg)
}

// SourceLinks renders the legal sources of a rule or trace step as chips.
func SourceLinks(keys []string) app.UI {
	return app.Elem("span").Class("sources").Body(
		app.Range(keys).Slice(func(i int) app.UI {
			k := keys[i]
			src, ok := domain.SourceByKey(k)
			if !ok {
				return app.Elem("span").Class("src").Text(k)
			}
			// A tap on the chip opens the full source (a title on hover is
			// unreachable by touch): its title, grade and link.
			grade := ""
			if src.Grade != "" && src.Grade != "-" {
				grade = "Keandalan " + src.Grade + "."
			}
			return app.Elem("details").Class("src").Body(
				app.Elem("summary").Aria("label", "Sumber "+k+": "+src.Title).Text(k),
				app.Elem("p").Body(app.Elem("strong").Text(src.Title)),
				app.If(grade != "", func() app.UI { return app.Elem("p").Text(grade) }),
				app.If(src.URL != "", func() app.UI {
					return app.Elem("p").Body(app.A().Href(src.URL).Attr("rel", "noopener").Attr("target", "_blank").Text("Buka sumber"))
				}),
			)
		}),
	)
}

// Badge is a small status label; the status text stays readable without
// colour (colour only repeats it).
func Badge(testid, class, text string) app.UI {
	return app.Elem("span").Class("badge "+class).Attr("data-testid", testid).Text(text)
}

// TableWrap holds a wide table that scrolls sideways on a phone; being
// scrollable, it is focusable and named so keyboard users can scroll it.
func TableWrap(label string) app.HTMLElem {
	return app.Elem("div").Class("table-wrap").Attr("tabindex", 0).Attr("role", "region").Aria("label", label)
}

// Card is a titled section; the heading names the region.
func Card(id, title string, body ...app.UI) app.UI {
	return app.Elem("section").Class("card").Aria("labelledby", id).Body(
		append([]app.UI{app.Elem("h2").ID(id).Text(title)}, body...)...,
	)
}

// HeadRow is a table's header: one column heading per label.
func HeadRow(labels ...string) app.UI {
	cells := make([]app.UI, len(labels))
	for i, l := range labels {
		cells[i] = app.Elem("th").Attr("scope", "col").Text(l)
	}
	return app.Elem("thead").Body(app.Elem("tr").Body(cells...))
}
