package store

import (
	"fmt"
	"testing"

	"simkinerja/domain"
)

func TestRememberedShares(t *testing.T) {
	s := load(Memory{})
	if _, ok := s.RememberedShare("x"); ok {
		t.Fatal("an empty store remembers a share")
	}
	r := domain.RecordDari(domain.Presets()[0].Scenario)
	for i := 0; i < maxShares+3; i++ {
		if err := s.RememberShare(fmt.Sprintf("id%02d", i), r); err != nil {
			t.Fatal(err)
		}
	}
	got, ok := s.RememberedShare(fmt.Sprintf("id%02d", maxShares+2))
	if !ok || len(got.Tahun) != len(r.Tahun) || got.Tahun[0].Tahun != r.Tahun[0].Tahun {
		t.Fatalf("newest share: %+v %v", got, ok)
	}
	if _, ok := s.RememberedShare("id00"); ok {
		t.Errorf("the oldest share is kept beyond %d", maxShares)
	}
	if n := len(s.sharedCopies()); n != maxShares {
		t.Errorf("%d copies kept, want %d", n, maxShares)
	}
	if _, ok := load(Memory{SharesKey: "{rusak"}).RememberedShare("id01"); ok {
		t.Error("a broken list reads as a share")
	}
}
