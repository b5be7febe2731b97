package view

import (
	"strings"
	"testing"

	"simkinerja/domain"
	"simkinerja/domain/wire"
)

func TestPredikatAsal(t *testing.T) {
	sub := func(p domain.Predikat, ps ...domain.Predikat) wire.Submission {
		s := wire.Submission{SubmissionResult: wire.SubmissionResult{Predikat: p}}
		for i, q := range ps {
			s.Periods = append(s.Periods, wire.PeriodResult{Name: []string{"semester_1", "semester_2"}[i], Predikat: q})
		}
		return s
	}
	for _, c := range []struct {
		name string
		s    wire.Submission
		want string
	}{
		{"satu periode", sub(domain.Baik, domain.Baik), ""},
		{"sama", sub(domain.Baik, domain.Baik, domain.Baik), ""},
		{"periode terakhir", sub(domain.SangatBaik, domain.Baik, domain.SangatBaik), "dari Semester 2 (periode terakhir; tanpa predikat tahunan); Semester 1 Baik"},
		{"tahunan", sub(domain.Baik, domain.ButuhPerbaikan, domain.SangatBaik), "predikat tahunan yang diisi peserta"},
	} {
		if got := PredikatAsal(c.s); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	bad := sub(domain.Baik, domain.Baik, domain.SangatBaik)
	bad.Masalah = "rusak"
	if got := PredikatAsal(bad); got != "" {
		t.Errorf("invalid submission: %q", got)
	}
	if !strings.Contains(KelasAturanPredikat, "periode terakhir") {
		t.Error("the class rule must name the last period")
	}
}
