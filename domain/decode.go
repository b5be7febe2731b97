package domain

import (
	"fmt"
	"math"
)

// MaxDocument is the largest document accepted, in bytes (shares ≤ 64 KiB).
const MaxDocument = 64 << 10

// DecodeScenario reads a schema-1 scenario document and validates it. Every
// failure is a *ValidationError with field paths and Indonesian messages, the
// same on every runtime; all problems are reported at once (an unknown field
// does not hide the others). A schema-2 document is refused here: use DecodeRecord.
func DecodeScenario(data []byte) (Scenario, error) {
	var ps problems
	doc, ok := headOf(&ps, data)
	if !ok {
		return Scenario{}, ps.err()
	}
	switch n := schemaOf(doc); {
	case n > SchemaVersion:
		ps.add("schema", "%s", schemaBaru(n, SchemaVersion))
		return Scenario{}, ps.err()
	case n < 0:
		ps.add("schema", "versi skema harus bilangan bulat, misalnya 1")
	}
	var s Scenario
	if !decodeShape(&ps, data, &s) {
		return Scenario{}, ps.err()
	}
	return s, merge(ps, Validate(s)).err()
}

// DecodeRecord reads a document of either schema and validates it: a
// schema-1 scenario becomes a record with one year (RecordDari), forever, so
// old drafts, share links and submissions open with the same numbers.
// Problems of a schema-1 document keep their schema-1 paths.
func DecodeRecord(data []byte) (Record, error) {
	var ps problems
	doc, ok := headOf(&ps, data)
	if !ok {
		return Record{}, ps.err()
	}
	switch n := schemaOf(doc); {
	case n == SchemaVersion:
		s, err := DecodeScenario(data)
		if err != nil {
			return Record{}, err
		}
		return RecordDari(s), nil
	case n > SchemaRecord:
		ps.add("schema", "%s", schemaBaru(n, SchemaRecord))
		return Record{}, ps.err()
	case n < 0:
		ps.add("schema", "versi skema harus bilangan bulat, misalnya %d", SchemaRecord)
	}
	var r Record
	if !decodeShape(&ps, data, &r) {
		return Record{}, ps.err()
	}
	return r, merge(ps, ValidateRecord(r)).err()
}

// headOf checks the size and reads the document's top level.
func headOf(ps *problems, data []byte) (map[string]any, bool) {
	if len(data) > MaxDocument {
		ps.add("", "dokumen terlalu besar (%d byte; paling banyak %d)", len(data), MaxDocument)
		return nil, false
	}
	doc, err := decodeGeneric(data)
	if err != nil {
		ps.add("", "bukan dokumen JSON yang sah: %s", jsonSyntaxText(err))
		return nil, false
	}
	m, ok := doc.(map[string]any)
	if !ok {
		ps.add("", "dokumen harus berupa objek JSON {…}")
		return nil, false
	}
	return m, true
}

func schemaBaru(n, known int) string {
	v := fmt.Sprint(n)
	if n == math.MaxInt {
		v = "yang sangat besar"
	}
	return fmt.Sprintf("versi skema %s lebih baru daripada yang dikenal aplikasi ini (%d); perbarui aplikasi", v, known)
}

// merge adds the validation problems to the shape problems, leaving out a
// validation problem at a path whose value was already reported and removed
// for its kind (it would only repeat that the value is missing).
func merge(shape problems, err error) problems {
	ve, ok := err.(*ValidationError)
	if !ok {
		return shape
	}
	seen := make(map[string]bool, len(shape))
	for _, p := range shape {
		seen[p.Path] = true
	}
	for _, p := range ve.Problems {
		if !seen[p.Path] {
			shape = append(shape, p)
		}
	}
	return shape
}
