package app

import (
	"errors"
	"fmt"
	"simkinerja/app/store"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/domain"
)

// Plain elements are built with app.Elem(tag) (app.Elem("p"), app.Elem("div")…)
// rather than go-app's typed constructors (app.P(), app.Div()…): every typed
// element type used links its own set of methods into app.wasm, 3–12 KB each;
// for the ~35 plain tags of these screens that was 0.5 MB raw, 25 KB brotli.
// The DOM is the same: go-app diffs app.Elem nodes by tag, and the two typed
// setters they needed are attributes (Label.For → Attr("for", …), Th.Scope →
// Attr("scope", …)). Typed constructors stay where their methods carry meaning
// (A, Button, Input, Select, Option, Textarea, Progress, the self-closing Img);
// converting those saved no brotli bytes. elem_test.go keeps it so.

// option is one choice of a select or a button group.
type option struct {
	Value, Label string
	Disabled     bool
}

// selectField is a labelled select; onPick gets the chosen value.
func selectField(id, label string, opts []option, value string, disabled bool, onPick func(ctx app.Context, v string)) app.UI {
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

// choiceButtons is a one-tap group of toggle buttons (aria-pressed), used for
// ratings and predikat so a phone user answers with one tap.
func choiceButtons(testid, label string, opts []option, value string, disabled bool, onPick func(ctx app.Context, v string)) app.UI {
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

func ratingOptions(withNone bool) []option {
	var out []option
	if withNone {
		out = append(out, option{"", "— belum dipilih —", false})
	}
	for i := len(domain.Ratings) - 1; i >= 0; i-- {
		r := domain.Ratings[i]
		out = append(out, option{string(r), r.Label(), false})
	}
	return out
}

func predikatOptions() []option {
	out := make([]option, len(domain.Predikats))
	for i, p := range domain.Predikats {
		out[i] = option{string(p), p.Label(), false}
	}
	return out
}

func ruleYearOptions() []option {
	var out []option
	for _, y := range domain.RuleYears() {
		out = append(out, option{string(y), "Aturan " + string(y), false})
	}
	return out
}

// roleFrom says from which rule year a role is admitted, read from the sets.
func roleFrom(r domain.Role) string {
	for _, y := range domain.RuleYears() {
		if rs, ok := domain.Rules(y); ok && rs.HasRole(r) {
			return "mulai aturan " + string(y)
		}
	}
	return "belum diatur"
}

func roleOptions(rules domain.RuleYear) []option {
	rs, _ := domain.Rules(rules)
	out := make([]option, 0, len(domain.Roles))
	for _, r := range domain.Roles {
		o := option{string(r), r.Label(), !rs.HasRole(r)}
		if o.Disabled {
			o.Label += " (" + roleFrom(r) + ")"
		}
		out = append(out, o)
	}
	return out
}

func jenjangOptions() []option {
	var out []option
	for _, j := range domain.Jenjangs() {
		if j.Kategori != "keahlian" {
			continue
		}
		out = append(out, option{string(j.Code), j.Label, false})
	}
	return out
}

// ParseMonths reads a whole number of months typed by the user; go-app's
// ValueTo would drop the parse error silently.
func ParseMonths(s string, max int) (int, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, errors.New("isi jumlah bulan")
	}
	n, err := strconv.Atoi(t)
	if err != nil {
		return 0, fmt.Errorf("%q bukan bilangan bulat", t)
	}
	if n < 1 || n > max {
		return 0, fmt.Errorf("jumlah bulan harus 1 sampai %d", max)
	}
	return n, nil
}

// ParseAKInput reads an AK typed as "37,5" or "37.5" and explains a failure
// in Indonesian.
func ParseAKInput(s string) (domain.AK, error) {
	a, err := domain.ParseAK(s)
	if err != nil {
		return domain.AK{}, fmt.Errorf("%q bukan angka; tulis misalnya 37,5 atau 37.5", strings.TrimSpace(s))
	}
	return a, nil
}

// fieldErrors maps field paths to messages from a validation error.
func fieldErrors(err error) (map[string]string, string) {
	// errors.AsType, not errors.As: As's reflection (internal/reflectlite)
	// added about 30 KB to app.wasm.
	ve, ok := errors.AsType[*domain.ValidationError](err)
	if !ok {
		if err == nil {
			return nil, ""
		}
		return nil, err.Error()
	}
	m := make(map[string]string, len(ve.Problems))
	var general []string
	for _, p := range ve.Problems {
		m[p.Path] = p.Message
		general = append(general, store.FieldProblem(p))
	}
	return m, strings.Join(general, "; ")
}

// fieldError renders the message of one field, if any.
func fieldError(id, msg string) app.UI {
	if msg == "" {
		return nil
	}
	return app.Elem("p").ID(id).Class("field-error").Attr("role", "alert").Text(msg)
}

// sourceLinks renders the legal sources of a trace step.
func sourceLinks(keys []string) app.UI {
	return app.Elem("span").Class("sources").Body(
		app.Range(keys).Slice(func(i int) app.UI {
			k := keys[i]
			src, ok := domain.SourceByKey(k)
			if !ok {
				return app.Elem("span").Class("src").Text(k)
			}
			title := src.Title
			if src.Grade != "" && src.Grade != "-" {
				title += " (keandalan " + src.Grade + ")"
			}
			if src.URL != "" {
				return app.A().Class("src").Href(src.URL).Title(title).Attr("rel", "noopener").Attr("target", "_blank").Text(k)
			}
			return app.Elem("abbr").Class("src").Title(title).Text(k)
		}),
	)
}

// scenarioSummary is one line describing a scenario.
func scenarioSummary(sc domain.Scenario) string {
	return fmt.Sprintf("%s · %s · aturan %s", sc.Role.Label(), sc.Jenjang.Label(), sc.Rules)
}

// Typed fields. A text field read on every keystroke (OnInput) renders only
// the value the program set (its initial value), never the typed state: go-app
// applies a render a frame after the input event, and writing the typed state
// back then erases whatever was typed in between (a class token lost
// characters this way in e2e on a loaded machine; a fast thumb on a slow phone
// would too). The browser keeps what was typed; the handler copies it. Fields
// saved on change (OnChange) are not affected and stay controlled.

// metodeTahunan is domain.Result.Metode for an AK from the annual predikat
// (RULES.md §11 Q14). The domain names the value only in a comment; this is
// the app's one copy until it exports a constant (note for domain/).
const metodeTahunan = "tahunan"
