package app

import (
	"strings"

	"simkinerja/domain"
)

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
