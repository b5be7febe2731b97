package app

import (
	"os"
	"strings"
	"testing"

	"simkinerja/app/client"
	"simkinerja/domain"
)

// A shared document that no longer validates (e.g. after a rule change) is
// reported field by field, not as a bare error.
func TestShareLoadErrorNamesFields(t *testing.T) {
	data, err := os.ReadFile("../testdata/app/share_rusak.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = domain.DecodeScenario(data)
	if err == nil {
		t.Fatal("fixture must be invalid")
	}
	msg := shareLoadError(err)
	if !strings.HasPrefix(msg, "Skenario di tautan ini tidak valid: ") || !strings.Contains(msg, "periods[0].months") {
		t.Errorf("message %q does not name the field", msg)
	}
	api := &client.APIError{Status: 404, Message: "Tautan tidak ditemukan atau sudah kedaluwarsa (tautan berlaku 90 hari)."}
	if got := shareLoadError(api); got != api.Message {
		t.Errorf("worker message changed: %q", got)
	}
}
