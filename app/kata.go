package app

import "regexp"

// kodeRujukan matches the internal references the domain's texts carry for
// developers ("(§11 Q18)", "§11 Q3", "RULES.md §13.6"): a reader of a printed
// summary has no RULES.md, so they are left out there (issue 13).
var kodeRujukan = regexp.MustCompile(`\s*\(?(RULES\.md\s*)?§\s*\d+(\.\d+)*(\s*Q\d+)?\)?`)

// TanpaKode removes internal reference codes from text meant for people.
func TanpaKode(s string) string { return kodeRujukan.ReplaceAllString(s, "") }
