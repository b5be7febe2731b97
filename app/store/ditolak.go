package store

import (
	"encoding/json"
	"strings"
)

// RejectedKey keeps the class codes a join attempt on this device was told
// do not exist, so the class page shows no QR inviting people to them.
const RejectedKey = "simkinerja.kelas.ditolak.v1"

// maxRejected bounds the list; the oldest codes drop off.
const maxRejected = 20

// RejectClass records that the worker does not know code.
func (s *Store) RejectClass(code string) error {
	code = strings.ToUpper(code)
	list := []string{code}
	for _, c := range s.rejected() {
		if c != code && len(list) < maxRejected {
			list = append(list, c)
		}
	}
	b, err := json.Marshal(list)
	if err != nil {
		return err
	}
	return s.ls.Set(RejectedKey, string(b))
}

// AcceptClass forgets a rejection: the code was accepted since.
func (s *Store) AcceptClass(code string) error {
	var list []string
	for _, c := range s.rejected() {
		if !strings.EqualFold(c, code) {
			list = append(list, c)
		}
	}
	if len(list) == len(s.rejected()) {
		return nil
	}
	b, err := json.Marshal(list)
	if err != nil {
		return err
	}
	return s.ls.Set(RejectedKey, string(b))
}

// ClassRejected reports whether a join attempt here was told code does not
// exist (and it was not accepted since).
func (s *Store) ClassRejected(code string) bool {
	for _, c := range s.rejected() {
		if strings.EqualFold(c, code) {
			return true
		}
	}
	return false
}

func (s *Store) rejected() []string {
	text, ok := s.ls.Get(RejectedKey)
	if !ok {
		return nil
	}
	var out []string
	if json.Unmarshal([]byte(text), &out) != nil {
		return nil
	}
	return out
}
