package client

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"simkinerja/domain"
	"simkinerja/domain/wire"
)

func withIdentity() domain.Scenario {
	sc := domain.NewScenario("2024", domain.Guru, domain.AhliMuda)
	sc.Identitas = &domain.Identitas{Nama: "Siti Rahmawati", NIP: "198703152010012003"}
	return sc
}

func TestShareableStripsIdentityUnlessChosen(t *testing.T) {
	sc := withIdentity()
	doc, err := domain.Encode(Shareable(sc, false))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Siti", "198703152010012003", "identitas"} {
		if strings.Contains(string(doc), s) {
			t.Errorf("shared document leaks %q: %s", s, doc)
		}
	}
	if sc.Identitas == nil {
		t.Fatal("Shareable changed the draft itself")
	}
	kept, _ := domain.Encode(Shareable(sc, true))
	if !strings.Contains(string(kept), "198703152010012003") {
		t.Errorf("identity dropped although the user chose to include it: %s", kept)
	}
}

func TestSubmissionBody(t *testing.T) {
	body, err := SubmissionBody("  Bu   Ani ", Shareable(withIdentity(), false))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Name     *string         `json:"name"`
		Scenario json.RawMessage `json:"scenario"`
	}
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	if got.Name == nil || *got.Name != "Bu Ani" {
		t.Errorf("name = %v, want \"Bu Ani\"", got.Name)
	}
	if _, err := domain.DecodeScenario(got.Scenario); err != nil {
		t.Errorf("scenario in the envelope does not decode strictly: %v", err)
	}
	if strings.Contains(string(body), "Siti") {
		t.Errorf("submission leaks the name: %s", body)
	}
	blank, _ := SubmissionBody("   ", domain.NewScenario("2024", domain.Guru, domain.AhliMuda))
	if !strings.HasPrefix(string(blank), `{"scenario":`) {
		t.Errorf("blank display name must be left out: %s", blank)
	}
}

func TestDecodeAPIResponse(t *testing.T) {
	var sh wire.ShareCreated
	if err := DecodeResponse(201, []byte(`{"id":"abc","url":"/s/abc","expires_at":"2026-01-01T00:00:00Z"}`), &sh); err != nil || sh.URL != "/s/abc" {
		t.Fatalf("success: %v %+v", err, sh)
	}
	err := DecodeResponse(404, []byte(`{"error":{"code":"tidak_ditemukan","message":"Tautan tidak ditemukan atau sudah kedaluwarsa (tautan berlaku 90 hari)."}}`), &sh)
	var ae *APIError
	if !errors.As(err, &ae) || ae.Status != 404 || ae.Code != "tidak_ditemukan" || !strings.HasPrefix(ae.Message, "Tautan tidak ditemukan") {
		t.Fatalf("worker error not kept: %#v", err)
	}
	err = DecodeResponse(400, []byte(`{"error":{"code":"skenario_tidak_valid","message":"Skenario tidak valid.","problems":[{"path":"jenjang","message":"tidak dikenal"}]}}`), nil)
	if !errors.As(err, &ae) || len(ae.Problems) != 1 || ae.Problems[0].Path != "jenjang" {
		t.Fatalf("problems not kept: %#v", err)
	}
	err = DecodeResponse(503, []byte("API tidak tersedia pada build ini"), nil)
	if !errors.As(err, &ae) || !strings.Contains(ae.Message, "tidak tersedia") {
		t.Fatalf("plain 503: %#v", err)
	}
	err = DecodeResponse(200, []byte("<html>"), &sh)
	if err == nil {
		t.Fatal("a non-JSON success body must be an error")
	}
}

func TestClassViewDecodes(t *testing.T) {
	// The shape the worker writes (worker/report.go); predikat keys are codes.
	body := `{"code":"ABC234","created_at":"2026-01-01T00:00:00Z","expires_at":"2026-04-01T00:00:00Z",
	"submissions":[{"id":"x","name":"Bu Ani","submitted_at":"2026-01-01T00:00:00Z","rules":"2024","role":"guru","jenjang":"ahli_muda",
	"predikat":"baik","predikat_label":"Baik","ak":"25","angka_kredit":"25","periods":[],"kurang_poin":true,"poin_berlaku":true}],
	"aggregate":{"count":1,"predikat":{"sangat_baik":0,"baik":1,"butuh_perbaikan":0,"kurang":0,"sangat_kurang":0},
	"median_ak":"25","median_angka_kredit":"25","mean_ak":"25","mean_angka_kredit":"25","kurang_poin":1,"poin_tidak_berlaku":0}}`
	var v wire.ClassView
	if err := DecodeResponse(200, []byte(body), &v); err != nil {
		t.Fatal(err)
	}
	if v.Aggregate.Predikat[domain.Baik] != 1 || v.Submissions[0].Predikat != domain.Baik || !v.Submissions[0].KurangPoin {
		t.Fatalf("decoded %+v", v)
	}
}

func TestShareableRecordStripsIdentityUnlessChosen(t *testing.T) {
	r := domain.NewRecord(domain.Guru, domain.AhliMuda, 2025).AddTahun(2026)
	r.Identitas = &domain.Identitas{Nama: "Siti Rahmawati", NIP: "198703152010012003"}
	doc, _ := domain.Encode(ShareableRecord(r, false))
	if strings.Contains(string(doc), "Siti") || strings.Contains(string(doc), "1987031520") {
		t.Fatalf("shared record leaks the identity: %s", doc)
	}
	if r.Identitas == nil {
		t.Fatal("ShareableRecord changed the draft itself")
	}
	back, err := domain.DecodeRecord(doc)
	if err != nil || len(back.Tahun) != 2 {
		t.Fatalf("shared record: %d years, %v", len(back.Tahun), err)
	}
	if kept, _ := domain.Encode(ShareableRecord(r, true)); !strings.Contains(string(kept), "Siti") {
		t.Errorf("identity dropped although chosen: %s", kept)
	}
}
