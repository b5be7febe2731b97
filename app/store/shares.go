package store

import (
	"encoding/json"

	"simkinerja/domain"
)

// SharesKey keeps the shares opened on this device, so a share link opened
// once stays readable offline (issue 13).
const SharesKey = "simkinerja.tautan.v1"

// maxShares bounds the copies kept: a share is a few KB and local storage
// holds about 5 MB for everything, drafts first.
const maxShares = 20

// sharedCopy is one share as it was read: its id and its document.
type sharedCopy struct {
	ID  string          `json:"id"`
	Doc json.RawMessage `json:"doc"`
}

// RememberShare keeps the document of share id (newest first, at most
// maxShares). A failure to write is not the user's work and is ignored by
// callers: the share still shows.
func (s *Store) RememberShare(id string, r domain.Record) error {
	doc, err := domain.Encode(r)
	if err != nil {
		return err
	}
	list := []sharedCopy{{ID: id, Doc: doc}}
	for _, x := range s.sharedCopies() {
		if x.ID != id && len(list) < maxShares {
			list = append(list, x)
		}
	}
	b, err := json.Marshal(list)
	if err != nil {
		return err
	}
	return s.ls.Set(SharesKey, string(b))
}

// RememberedShare returns the copy of share id kept on this device.
func (s *Store) RememberedShare(id string) (domain.Record, bool) {
	for _, x := range s.sharedCopies() {
		if x.ID == id {
			r, err := domain.DecodeRecord(x.Doc)
			return r, err == nil
		}
	}
	return domain.Record{}, false
}

func (s *Store) sharedCopies() []sharedCopy {
	text, ok := s.ls.Get(SharesKey)
	if !ok {
		return nil
	}
	var out []sharedCopy
	if json.Unmarshal([]byte(text), &out) != nil {
		return nil
	}
	return out
}
