package store

import (
	"fmt"
	"testing"
)

func TestRejectedClasses(t *testing.T) {
	s := load(Memory{})
	if s.ClassRejected("ZZZ111") {
		t.Fatal("nothing rejected yet")
	}
	for i := 0; i < maxRejected+2; i++ {
		if err := s.RejectClass(fmt.Sprintf("k%05d", i)); err != nil {
			t.Fatal(err)
		}
	}
	if !s.ClassRejected("K00021") || s.ClassRejected("K00000") {
		t.Errorf("newest kept (ignoring case), oldest dropped: %v", s.rejected())
	}
	if err := s.AcceptClass("k00021"); err != nil || s.ClassRejected("K00021") {
		t.Errorf("accepted code still rejected (%v)", err)
	}
}
