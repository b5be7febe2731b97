package domain

// Clone deep-copies a scenario through its JSON form, so edits of the copy
// (removing the identity before sharing, rebasing) never reach the
// original's maps and slices. A scenario that does not survive the round
// trip is returned as it is.
func (s Scenario) Clone() Scenario {
	var out Scenario
	if cloneVia(s, &out) {
		return out
	}
	return s
}

// Clone deep-copies a record the same way.
func (r Record) Clone() Record {
	var out Record
	if cloneVia(r, &out) {
		return out
	}
	return r
}

func cloneVia(v, out any) bool {
	b, err := Encode(v)
	return err == nil && DecodeStrict(b, out) == nil
}
