package domain

// Rebase moves a scenario to another rule year, role or jenjang, keeping what
// the user entered wherever it still applies: periods of the same name keep
// their ratings, predikat and months; indicators and documents are kept only
// for the same role and year. If the kept parts no longer validate, the result
// is the fresh default with the user's identity, so a switch never fails.
func Rebase(old Scenario, rules RuleYear, role Role, j Jenjang) Scenario {
	fresh := NewScenario(rules, role, j)
	n := fresh.Clone()
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
	n = n.Clone()
	if Validate(n) == nil {
		return n
	}
	fresh.Identitas = old.Identitas
	return fresh
}
