package app

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/domain"
)

// option is one choice of a select or a button group.
type option struct {
	Value, Label string
	Disabled     bool
}

// selectField is a labelled select; onPick gets the chosen value.
func selectField(id, label string, opts []option, value string, disabled bool, onPick func(ctx app.Context, v string)) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
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
	return app.Div().Class("choices").Attr("role", "group").Aria("label", label).Body(
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
		out = append(out, option{y, "Aturan " + y, false})
	}
	return out
}

func roleOptions(rules string) []option {
	rs, _ := domain.Rules(rules)
	out := make([]option, 0, len(domain.Roles))
	for _, r := range domain.Roles {
		o := option{string(r), r.Label(), !rs.HasRole(r)}
		if o.Disabled {
			o.Label += " (mulai aturan 2025)"
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
	var ve *domain.ValidationError
	if !errors.As(err, &ve) {
		if err == nil {
			return nil, ""
		}
		return nil, err.Error()
	}
	m := make(map[string]string, len(ve.Problems))
	var general []string
	for _, p := range ve.Problems {
		m[p.Path] = p.Message
		general = append(general, FieldProblem(p))
	}
	return m, strings.Join(general, "; ")
}

// fieldError renders the message of one field, if any.
func fieldError(id, msg string) app.UI {
	if msg == "" {
		return nil
	}
	return app.P().ID(id).Class("field-error").Attr("role", "alert").Text(msg)
}

// sourceLinks renders the legal sources of a trace step.
func sourceLinks(keys []string) app.UI {
	return app.Span().Class("sources").Body(
		app.Range(keys).Slice(func(i int) app.UI {
			k := keys[i]
			src, ok := domain.SourceByKey(k)
			if !ok {
				return app.Span().Class("src").Text(k)
			}
			title := src.Title
			if src.Grade != "" && src.Grade != "-" {
				title += " (keandalan " + src.Grade + ")"
			}
			if src.URL != "" {
				return app.A().Class("src").Href(src.URL).Title(title).Attr("rel", "noopener").Attr("target", "_blank").Text(k)
			}
			return app.Abbr().Class("src").Title(title).Text(k)
		}),
	)
}

// scenarioSummary is one line describing a scenario.
func scenarioSummary(sc domain.Scenario) string {
	return fmt.Sprintf("%s · %s · aturan %s", sc.Role.Label(), sc.Jenjang.Label(), sc.Rules)
}
