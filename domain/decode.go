package domain

import (
	"errors"
	"fmt"
	"strings"
)

// MaxDocument is the largest scenario document accepted, in bytes (shares ≤ 64 KiB).
const MaxDocument = 64 << 10

// DecodeScenario reads a scenario document strictly (unknown fields are errors),
// checks its schema version first so a newer document gets a clear message
// rather than a list of unknown fields, and validates it. Every failure is a
// *ValidationError with field paths and Indonesian messages.
func DecodeScenario(data []byte) (Scenario, error) {
	var ps problems
	if len(data) > MaxDocument {
		ps.add("", "dokumen terlalu besar (%d byte; paling banyak %d)", len(data), MaxDocument)
		return Scenario{}, ps.err()
	}
	var head struct {
		Schema any `json:"schema"`
	}
	if err := lenientDecode(data, &head); err != nil {
		ps.add("", "bukan dokumen JSON yang sah: %s", jsonErrorText(err))
		return Scenario{}, ps.err()
	}
	if n, ok := head.Schema.(float64); ok && int(n) > SchemaVersion {
		ps.add("schema", "versi skema %v lebih baru daripada yang dikenal aplikasi ini (%d); perbarui aplikasi", n, SchemaVersion)
		return Scenario{}, ps.err()
	}
	var s Scenario
	if err := DecodeStrict(data, &s); err != nil {
		ps.add(jsonErrorPath(err), "%s", jsonErrorText(err))
		return Scenario{}, ps.err()
	}
	return s, Validate(s)
}

// lenientDecode decodes without rejecting unknown fields (used to peek at the schema).
func lenientDecode(data []byte, v any) error {
	return jsonUnmarshal(data, v)
}

// jsonErrorPath extracts a field path from a decoding error where the library
// names one; "" otherwise.
func jsonErrorPath(err error) string {
	if f, ok := jsonErrorField(err); ok {
		return bracketIndexes(f)
	}
	msg := err.Error()
	if i := strings.Index(msg, "unknown field \""); i >= 0 {
		rest := msg[i+len("unknown field \""):]
		if j := strings.IndexByte(rest, '"'); j >= 0 {
			return rest[:j]
		}
	}
	return ""
}

// jsonErrorText turns a decoding error into an Indonesian message.
func jsonErrorText(err error) string {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "unknown field"):
		return "kolom tidak dikenal: " + jsonErrorPath(err)
	case strings.Contains(msg, "cannot unmarshal"):
		return "jenis nilai salah (" + msg + ")"
	case errors.Is(err, ErrAKSyntax):
		return "angka tidak sah (" + msg + ")"
	case strings.Contains(msg, "unexpected end"), strings.Contains(msg, "EOF"):
		return "dokumen JSON terpotong"
	}
	return fmt.Sprintf("JSON tidak sah (%s)", msg)
}

// bracketIndexes writes numeric path segments as indexes: "periods.0.months" →
// "periods[0].months", the form validation uses.
func bracketIndexes(path string) string {
	parts := strings.Split(path, ".")
	var b strings.Builder
	for i, p := range parts {
		switch {
		case p != "" && digitsOnly(p) && i > 0:
			b.WriteString("[" + p + "]")
		case i > 0:
			b.WriteString("." + p)
		default:
			b.WriteString(p)
		}
	}
	return b.String()
}
