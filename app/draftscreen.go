package app

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/domain"
)

// draftScreen is the part every planning screen (siklus, kompetensi, linimasa,
// karier, bandingkan, sekolah, ringkasan) shares: the store, the period shown
// and the field errors of the last refused edit. Screens embed it next to
// app.Compo; a test may set store before mounting to show a prepared draft.
type draftScreen struct {
	store *Store
	// period is the index into Scenario.Periods shown by per-period screens.
	period int
	// errs maps field paths of the last refused edit to their messages; err
	// is the whole refusal in one line.
	errs map[string]string
	err  string
}

// OnMount loads the store (once per page) and re-renders on edits made by
// other screens.
func (d *draftScreen) OnMount(ctx app.Context) {
	// Built with its store (or a test's prepared one): see withStore.
	rendered := mountStore(ctx, &d.store)
	ctx.ObserveState(StateDraft, new(int))
	if rendered {
		ctx.PreventUpdate()
	}
}

// edit changes the current draft; a refusal keeps the field messages for the
// screen to show next to the fields and changes nothing.
func (d *draftScreen) edit(ctx app.Context, fn func(*domain.Scenario)) bool {
	err := d.store.Edit(ctx, fn)
	d.errs, d.err = fieldErrors(err)
	return err == nil
}

// editUndoable is edit for a change that may drop what the user typed; the
// layout then offers Undo with label.
func (d *draftScreen) editUndoable(ctx app.Context, label string, fn func(*domain.Scenario)) bool {
	err := d.store.EditUndoable(ctx, label, fn)
	d.errs, d.err = fieldErrors(err)
	return err == nil
}

// editPeriod changes the shown period of the current draft.
func (d *draftScreen) editPeriod(ctx app.Context, fn func(*domain.Period)) bool {
	i := d.period
	return d.edit(ctx, func(s *domain.Scenario) {
		if i >= 0 && i < len(s.Periods) {
			fn(&s.Periods[i])
		}
	})
}

// periodIndex clamps the shown period to the scenario's periods.
func (d *draftScreen) periodIndex(sc domain.Scenario) int {
	if d.period < 0 || d.period >= len(sc.Periods) {
		d.period = 0
	}
	return d.period
}

// fieldErr is the message of a field path from the last refused edit.
func (d *draftScreen) fieldErr(path string) string {
	if d.errs == nil {
		return ""
	}
	return d.errs[path]
}

// setLocalErr records an input problem found before editing (a number that
// does not parse), under the field path it belongs to.
func (d *draftScreen) setLocalErr(path, msg string) {
	d.errs = map[string]string{path: msg}
	d.err = path + ": " + msg
}

// draftLead names the draft a screen edits and what it is about.
func (d *draftScreen) draftLead() string {
	cur := d.store.Current()
	return fmt.Sprintf("Draf %q · %s", cur.Name, scenarioSummary(cur.Scenario))
}

// editError renders the refusal of the last edit (data-testid="edit-error").
func (d *draftScreen) editError() app.UI {
	if d.err == "" {
		return nil
	}
	return app.Elem("p").Class("notice error").Attr("role", "alert").Attr("data-testid", "edit-error").
		Text("Perubahan ditolak, draf tidak berubah: " + d.err)
}

// periodPicker lets the user choose which period of the draft a per-period
// screen shows (data-testid="periode-<name>").
func (d *draftScreen) periodPicker(sc domain.Scenario, res domain.Result) app.UI {
	if len(sc.Periods) < 2 {
		return nil
	}
	opts := make([]ui.Option, 0, len(res.Periods))
	for _, p := range res.Periods {
		label := p.Label
		if label == "" {
			label = p.Name
		}
		opts = append(opts, ui.Option{Value: p.Name, Label: label})
	}
	cur := ""
	if i := d.periodIndex(sc); i < len(res.Periods) {
		cur = res.Periods[i].Name
	}
	return app.Elem("div").Class("field no-print").Body(
		app.Elem("p").Class("label").Text("Periode"),
		ui.ChoiceButtons("periode", "Periode", opts, cur, false, func(ctx app.Context, v string) {
			for i, p := range sc.Periods {
				if p.Name == v {
					d.period = i
				}
			}
		}),
	)
}

// parseCount reads a whole number from 0 to max typed by the user.
func parseCount(s string, max int) (int, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(t)
	if err != nil {
		return 0, fmt.Errorf("%q bukan bilangan bulat", t)
	}
	if n < 0 || n > max {
		return 0, fmt.Errorf("harus 0 sampai %d", max)
	}
	return n, nil
}

// namaBulanList joins calendar month names ("Februari, Maret").
func namaBulanList(ms []int) string {
	if len(ms) == 0 {
		return "—"
	}
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = domain.NamaBulan(m)
	}
	if len(names) > 2 {
		return names[0] + "–" + names[len(names)-1]
	}
	return strings.Join(names, ", ")
}

// statusLabel is the Indonesian wording of a cycle stage status.
func statusLabel(s string) string {
	switch s {
	case domain.TahapSelesai:
		return "selesai"
	case domain.TahapSedang:
		return "sedang dikerjakan"
	case domain.TahapOtomatis:
		return "otomatis (diselesaikan sistem)"
	}
	return "belum"
}

// printLink leads to the one-page summary that is printed.
func printLink() app.UI {
	return app.Elem("p").Class("no-print").Body(
		app.A().Href("/ringkasan").Attr("data-testid", "link-ringkasan").Text("Ringkasan satu halaman untuk dicetak →"),
	)
}
