package store

import "testing"

func TestSavedClasses(t *testing.T) {
	s := load(Memory{})
	for _, k := range []SavedClass{{Code: "AAA222", Token: "t1"}, {Code: "BBB333", Token: "t2"}, {Code: "AAA222", Token: "t3"}} {
		if err := s.SaveClass(k); err != nil {
			t.Fatal(err)
		}
	}
	list := s.Classes()
	if len(list) != 2 || list[0].Code != "AAA222" || list[0].Token != "t3" {
		t.Fatalf("newest first, replaced in place: %+v", list)
	}
	if k, ok := FindClass(list, "bbb333"); !ok || k.Token != "t2" {
		t.Errorf("FindClass ignores case: %+v %v", k, ok)
	}
	if got := load(Memory{ClassesKey: "{rusak"}).Classes(); got != nil {
		t.Errorf("broken class list reads as %+v", got)
	}
}
