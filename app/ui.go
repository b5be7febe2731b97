package app

import (
	"errors"
	"fmt"
	"simkinerja/app/store"
	"strconv"
	"strings"

	"simkinerja/app/ui"
	"simkinerja/domain"
)

// Screen-level helpers; the reusable components are in package ui.

func ratingOptions(withNone bool) []ui.Option {
	var out []ui.Option
	if withNone {
		out = append(out, ui.Option{Value: "", Label: "— belum dipilih —"})
	}
	for i := len(domain.Ratings) - 1; i >= 0; i-- {
		r := domain.Ratings[i]
		out = append(out, ui.Option{Value: string(r), Label: r.Label()})
	}
	return out
}

func predikatOptions() []ui.Option {
	out := make([]ui.Option, len(domain.Predikats))
	for i, p := range domain.Predikats {
		out[i] = ui.Option{Value: string(p), Label: p.Label()}
	}
	return out
}

func ruleYearOptions() []ui.Option {
	var out []ui.Option
	for _, y := range domain.RuleYears() {
		out = append(out, ui.Option{Value: string(y), Label: "Aturan " + string(y)})
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

func roleOptions(rules domain.RuleYear) []ui.Option {
	rs, _ := domain.Rules(rules)
	out := make([]ui.Option, 0, len(domain.Roles))
	for _, r := range domain.Roles {
		o := ui.Option{Value: string(r), Label: r.Label(), Disabled: !rs.HasRole(r)}
		if o.Disabled {
			o.Label += " (" + roleFrom(r) + ")"
		}
		out = append(out, o)
	}
	return out
}

func jenjangOptions() []ui.Option {
	var out []ui.Option
	for _, j := range domain.Jenjangs() {
		if j.Kategori != "keahlian" {
			continue
		}
		out = append(out, ui.Option{Value: string(j.Code), Label: j.Label})
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
