package app

import (
	"regexp"
	"strconv"
	"strings"
)

// kodeRujukan matches the internal references the domain's texts carry for
// developers ("(§11 Q18)", "§11 Q3", "RULES.md §13.6"): a reader of a printed
// summary has no RULES.md, so they are left out there (issue 13).
var kodeRujukan = regexp.MustCompile(`\s*\(?(RULES\.md\s*)?§\s*\d+(\.\d+)*(\s*Q\d+)?\)?`)

// TanpaKode removes internal reference codes from text meant for people.
func TanpaKode(s string) string { return kodeRujukan.ReplaceAllString(s, "") }

// NamaBerkas is the export file name of a draft: the draft's own name, so
// importing the file gives the draft its name back (issue 13). Only the
// characters a file system refuses become "-".
func NamaBerkas(name string) string {
	b := []rune(strings.TrimSpace(name))
	for i, r := range b {
		if r < 0x20 || strings.ContainsRune(`/\:*?"<>|`, r) {
			b[i] = '-'
		}
	}
	s := strings.Trim(string(b), ". ")
	if s == "" {
		s = "draf"
	}
	return s + ".json"
}

// NamaDariBerkas is the draft name of an imported file: its name without
// ".json" and without the " (1)" a browser adds to a repeated download.
func NamaDariBerkas(file string) string {
	s := strings.TrimSuffix(strings.TrimSpace(file), ".json")
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		if _, err := strconv.Atoi(s[i+2 : len(s)-1]); err == nil {
			s = s[:i]
		}
	}
	return s
}
