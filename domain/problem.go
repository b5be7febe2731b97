package domain

import (
	"fmt"
	"strings"
)

// Problem is one validation problem: the field path in the scenario document
// (e.g. "periods[0].months") and an Indonesian message saying what to fix.
type Problem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// ValidationError holds every problem of a document at once.
type ValidationError struct {
	Problems []Problem `json:"problems"`
}

// Error lists the problems on one line each.
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("skenario tidak valid:")
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "\n- %s: %s", p.Path, p.Message)
	}
	return b.String()
}

// Paths returns the field paths of the problems, in order.
func (e *ValidationError) Paths() []string {
	out := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		out[i] = p.Path
	}
	return out
}

// problems collects validation problems.
type problems []Problem

// add is kept out of line: inlined at its ~70 call sites it made the
// validators about 40 KB larger in app.wasm.
//
//go:noinline
func (ps *problems) add(path, format string, args ...any) {
	*ps = append(*ps, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

func (ps problems) err() error {
	if len(ps) == 0 {
		return nil
	}
	return &ValidationError{Problems: ps}
}
