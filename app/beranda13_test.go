package app

import (
	"strings"
	"testing"

	"simkinerja/domain"
)

// TestQuickHintSaysWhatIsMissing: with a predikat chosen and an invalid
// month count the calculator asks for the months, not for a predikat; the
// Beranda offers the Linimasa to a new appointee.
func TestQuickHintSaysWhatIsMissing(t *testing.T) {
	sc := domain.Presets()[0].Scenario
	wantText(t, render(t, &beranda{store: storeWith(t, sc), monthsText: "12"}), "quick-hint", "Pilih predikat.")
	doc := render(t, &beranda{store: storeWith(t, sc), quick: domain.Baik, monthsText: "13"})
	wantText(t, doc, "quick-hint", "Isi jumlah bulan 1–12.")
	if !strings.Contains(doc, `data-testid="situasi-baru"`) || !strings.Contains(doc, `href="/linimasa"`) {
		t.Error("Beranda does not point a new appointee to Linimasa")
	}
}
