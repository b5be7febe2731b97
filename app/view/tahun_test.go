package view

import (
	"strings"
	"testing"

	"simkinerja/domain"
)

func TestTabsOfAThreeYearRecord(t *testing.T) {
	r := domain.NewRecord(domain.Guru, domain.AhliMuda, 2024).AddTahun(2025).AddTahun(2026)
	tabs := NewTabs(r, 2025)
	if len(tabs.Items) != 3 || !tabs.Items[1].Current || tabs.Items[0].Current {
		t.Fatalf("tabs %+v", tabs.Items)
	}
	for i, want := range []string{"aturan 2024", "aturan 2025", "aturan 2026"} {
		if tabs.Items[i].Aturan != want {
			t.Errorf("tab %d follows %q, want %q", i, tabs.Items[i].Aturan, want)
		}
	}
	if len(tabs.Tambah) != 1 || tabs.Tambah[0] != 2027 {
		t.Errorf("years offered %v, want +2027 only (no rules before 2024)", tabs.Tambah)
	}
	if !tabs.Hapus || !strings.HasPrefix(tabs.Judul, "Tahun 2025 mengikuti aturan 2025") {
		t.Errorf("hapus %v, judul %q", tabs.Hapus, tabs.Judul)
	}
	later := NewTabs(r.AddTahun(2027), 2027)
	if got := later.Items[3].Aturan; got != "aturan 2026" || later.Catatan == "" {
		t.Errorf("2027 follows %q with note %q; it borrows the newest set and says so", got, later.Catatan)
	}
	if NewTabs(domain.NewRecord(domain.Guru, domain.AhliMuda, 2026), 2026).Hapus {
		t.Error("the only year cannot be removed")
	}
}
