package domain

import (
	"testing"
	"time"
)

func mustDate(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
