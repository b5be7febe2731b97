package store

import (
	"encoding/json"
	"strings"
)

// ClassesKey keeps the trainer's classes (code, token) on this device.
const ClassesKey = "simkinerja.kelas.v1"

// SavedClass is a class opened on this device.
type SavedClass struct {
	Code      string `json:"code"`
	Token     string `json:"token"`
	ExpiresAt string `json:"expires_at,omitempty"`
}

// Classes lists the classes kept on this device, newest first; unreadable
// content reads as none (it is not the user's typed work: a class can be
// opened again with its token).
func (s *Store) Classes() []SavedClass {
	text, ok := s.ls.Get(ClassesKey)
	if !ok {
		return nil
	}
	var out []SavedClass
	if json.Unmarshal([]byte(text), &out) != nil {
		return nil
	}
	return out
}

// SaveClass adds or replaces the class with the same code, newest first.
func (s *Store) SaveClass(k SavedClass) error {
	b, err := json.Marshal(upsertClass(s.Classes(), k))
	if err != nil {
		return err
	}
	return s.ls.Set(ClassesKey, string(b))
}

func upsertClass(list []SavedClass, k SavedClass) []SavedClass {
	out := []SavedClass{k}
	for _, x := range list {
		if x.Code != k.Code {
			out = append(out, x)
		}
	}
	return out
}

// FindClass finds a class by code, ignoring case.
func FindClass(list []SavedClass, code string) (SavedClass, bool) {
	for _, x := range list {
		if strings.EqualFold(x.Code, code) {
			return x, true
		}
	}
	return SavedClass{}, false
}
