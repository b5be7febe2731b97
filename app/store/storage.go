package store

import (
	"encoding/json"
	"sort"
)

// Storage is the little the store needs of the browser's localStorage: text
// in, text out, verbatim. The browser's implementation is Browser(); tests
// and the server's pre-render use Memory.
type Storage interface {
	// Get returns the text under key, as stored.
	Get(key string) (string, bool)
	// Set stores text under key; it fails like the browser does (quota,
	// private mode).
	Set(key, text string) error
	// Del removes key.
	Del(key string)
	// Keys lists the stored keys.
	Keys() []string
}

// Memory is a Storage held in a map: the server's pre-render and tests.
type Memory map[string]string

// Get implements Storage.
func (m Memory) Get(key string) (string, bool) { v, ok := m[key]; return v, ok }

// Set implements Storage.
func (m Memory) Set(key, text string) error { m[key] = text; return nil }

// Del implements Storage.
func (m Memory) Del(key string) { delete(m, key) }

// Keys implements Storage, sorted so tests are stable.
func (m Memory) Keys() []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func decodeBackup(text string, b *Backup) error { return json.Unmarshal([]byte(text), b) }
