package app

import (
	"testing"
)

func TestSlideForKey(t *testing.T) {
	n := len(slides)
	cases := []struct {
		key      string
		cur, got int
		nav      bool
	}{
		{"ArrowRight", 0, 1, true},
		{"PageDown", 1, 2, true},
		{" ", 2, 3, true},
		{"ArrowRight", n - 1, n - 1, true},
		{"ArrowLeft", 2, 1, true},
		{"PageUp", 1, 0, true},
		{"ArrowLeft", 0, 0, true},
		{"Home", 4, 0, true},
		{"End", 0, n - 1, true},
		{"a", 3, 3, false},
		{"Enter", 3, 3, false},
	}
	for _, c := range cases {
		got, nav := SlideForKey(c.key, c.cur, n)
		if got != c.got || nav != c.nav {
			t.Errorf("SlideForKey(%q, %d) = %d, %v; want %d, %v", c.key, c.cur, got, nav, c.got, c.nav)
		}
	}
	if n < 6 {
		t.Errorf("deck has %d slides; the issue asks for matriks, konversi, siklus, 32 poin and 2024 vs 2025", n)
	}
}
