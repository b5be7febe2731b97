package app

import (
	"strings"

	"simkinerja/app/store"
	"simkinerja/domain"
)

// Note for domain/: Rebase is a domain transform that stays here for now. It
// is not trivial (which entries survive a role, jenjang or rule-year change
// is a rule of its own, with an undo in the store behind it), and domain/ is
// being rewritten by its owner; Record-level rebasing (every year, each under
// its own rules) is done in Store.Rebase through store.YearScenario and
// store.WithScenario.
//
// Rebase moves a scenario to another rule year, role or jenjang, keeping what
// the user entered wherever it still applies: periods of the same name keep
// their ratings, predikat and months; indicators and documents are kept only
// for the same role and year. If the kept parts no longer validate, the result
// is the fresh default with the user's identity, so a switch never fails.
func Rebase(old domain.Scenario, rules domain.RuleYear, role domain.Role, j domain.Jenjang) domain.Scenario {
	fresh := domain.NewScenario(rules, role, j)
	n := store.CloneScenario(fresh)
	sameYear, sameRole := old.Rules == rules, old.Role == role
	n.Identitas = old.Identitas
	n.PredikatTahunan = old.PredikatTahunan
	n.Karier, n.Dupak, n.Sekolah = old.Karier, old.Dupak, old.Sekolah
	if sameYear {
		n.TMT = old.TMT
	}
	if sameRole {
		n.TugasTambahan = old.TugasTambahan
	}
	if j == old.Jenjang {
		n.Golongan = old.Golongan
	}
	for i := range n.Periods {
		for _, op := range old.Periods {
			if op.Name != n.Periods[i].Name {
				continue
			}
			p := &n.Periods[i]
			p.Praktik, p.Perilaku, p.Predikat = op.Praktik, op.Perilaku, op.Predikat
			p.Months = op.Months
			p.Fokus, p.Siklus, p.Kompetensi = op.Fokus, op.Siklus, op.Kompetensi
			if sameRole {
				p.Indicator = op.Indicator
				if sameYear {
					p.Dokumen, p.TugasPokok = op.Dokumen, op.TugasPokok
				}
			}
		}
	}
	n = store.CloneScenario(n)
	if domain.Validate(n) == nil {
		return n
	}
	fresh.Identitas = old.Identitas
	return fresh
}

// rebaseLabel says what a Rebase changed, for the undo notice.
func rebaseLabel(old domain.Scenario, rules domain.RuleYear, role domain.Role, j domain.Jenjang) string {
	var parts []string
	if old.Rules != rules {
		parts = append(parts, "aturan "+string(old.Rules)+" → "+string(rules))
	}
	if old.Role != role {
		parts = append(parts, "peran "+old.Role.Label()+" → "+role.Label())
	}
	if old.Jenjang != j {
		parts = append(parts, "jenjang "+old.Jenjang.Label()+" → "+j.Label())
	}
	if len(parts) == 0 {
		return "Draf diubah"
	}
	return "Diganti: " + strings.Join(parts, ", ")
}
