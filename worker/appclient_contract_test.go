//go:build !js

package worker

// The app's client against the worker's real answers: every body the worker
// writes is decoded with the app's own decoder (app/client) into the shared
// wire types, and decoded strictly too, so a field the worker adds that the
// wire types lack fails here instead of showing as a blank row in the app
// (the class table once hid an invalid submission that way).

import (
	"errors"
	"strings"
	"testing"

	"simkinerja/app/client"
	"simkinerja/domain"
	"simkinerja/domain/wire"
)

// decodeBoth decodes a success body with the app's client and strictly.
func decodeBoth[T any](t *testing.T, what string, res response) T {
	t.Helper()
	var out, strict T
	if err := client.DecodeResponse(res.status, res.body, &out); err != nil {
		t.Fatalf("%s: the app's client cannot read the answer (%d): %v\n%s", what, res.status, err, res.body)
	}
	if err := domain.DecodeStrict(res.body, &strict); err != nil {
		t.Fatalf("%s: the wire types miss a field the worker sends: %v\n%s", what, err, res.body)
	}
	return out
}

// apiErr decodes an error answer with the app's client and checks its code
// is a wire code with this status.
func apiErr(t *testing.T, what string, res response, code string) *client.APIError {
	t.Helper()
	err := client.DecodeResponse(res.status, res.body, nil)
	ae, ok := errors.AsType[*client.APIError](err)
	if !ok {
		t.Fatalf("%s: %d %s is not an API error for the app: %v", what, res.status, res.body, err)
	}
	if ae.Code != code || ae.Status != res.status || wire.Status(code) != res.status || ae.Message == "" {
		t.Fatalf("%s: code %q status %d message %q; want %q with status %d", what, ae.Code, ae.Status, ae.Message, code, wire.Status(code))
	}
	var strict wire.ErrorBody
	if err := domain.DecodeStrict(res.body, &strict); err != nil {
		t.Fatalf("%s: the wire error type misses a field: %v\n%s", what, err, res.body)
	}
	return ae
}

func TestContractAppClient(t *testing.T) {
	tg := nativeTarget(t, contractWriteLimit)
	doc := scenarioFixture(t, "sangat_baik")

	res := tg.do(t, "POST", "/api/shares", jsonCT, doc)
	share := decodeBoth[wire.ShareCreated](t, "create share", res)
	if share.ID == "" || !strings.Contains(share.URL, share.ID) || share.ExpiresAt == "" {
		t.Fatalf("share %+v", share)
	}
	res = tg.do(t, "GET", "/api/shares/"+share.ID, nil, nil)
	var raw wire.RawJSON
	if err := client.DecodeResponse(res.status, res.body, &raw); err != nil {
		t.Fatal(err)
	}
	if _, err := domain.DecodeRecord(raw); err != nil {
		t.Fatalf("a shared document does not open as a draft: %v", err)
	}

	res = tg.do(t, "POST", "/api/classes", nil, nil)
	class := decodeBoth[wire.ClassCreated](t, "create class", res)
	if len(class.Code) != 6 || class.Token == "" {
		t.Fatalf("class %+v", class)
	}
	sc, err := domain.DecodeScenario(doc)
	if err != nil {
		t.Fatal(err)
	}
	var subs []wire.SubmissionCreated
	for _, name := range []string{"Bu Ani", ""} {
		body, err := client.SubmissionBody(name, sc)
		if err != nil {
			t.Fatal(err)
		}
		res = tg.do(t, "POST", "/api/classes/"+class.Code+"/submissions", jsonCT, body)
		sub := decodeBoth[wire.SubmissionCreated](t, "submit", res)
		if sub.ID == "" || sub.PredikatLabel == "" || sub.AngkaKredit == "" || sub.Name != name {
			t.Fatalf("submission %+v", sub)
		}
		subs = append(subs, sub)
	}

	// A rule change makes the first stored submission invalid.
	tg.rows(t, `UPDATE submissions SET scenario = '{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":13}]}' WHERE id = '`+subs[0].ID+`'`)
	auth := map[string]string{"Authorization": "Bearer " + class.Token}
	res = tg.do(t, "GET", "/api/classes/"+class.Code, auth, nil)
	view := decodeBoth[wire.ClassView](t, "class view", res)
	if len(view.Submissions) != 2 {
		t.Fatalf("%d submissions listed, want both", len(view.Submissions))
	}
	bad, good := view.Submissions[0], view.Submissions[1]
	if bad.ID != subs[0].ID || bad.Valid() || !strings.Contains(bad.Masalah, "tidak lagi valid") {
		t.Fatalf("invalid submission %+v", bad)
	}
	if !good.Valid() || good.AngkaKredit != subs[1].AngkaKredit || view.Aggregate.Count != 1 || view.Aggregate.TidakValid != 1 {
		t.Fatalf("valid submission %+v, aggregate %+v", good, view.Aggregate)
	}

	// Errors reach the app with their code, status and message.
	apiErr(t, "unknown share", tg.do(t, "GET", "/api/shares/AAAAAAAAAAAAAAAAAAAAAA", nil, nil), wire.CodeNotFound)
	apiErr(t, "wrong token", tg.do(t, "GET", "/api/classes/"+class.Code, map[string]string{"Authorization": "Bearer salah-salah-salah-salah-salah-salah-12"}, nil), wire.CodeForbidden)
	ae := apiErr(t, "invalid scenario", tg.do(t, "POST", "/api/shares", jsonCT, scenarioFixture(t, "invalid_months_rating")), wire.CodeInvalidScenario)
	if len(ae.Problems) == 0 || ae.Problems[0].Path == "" {
		t.Fatalf("the app gets no field paths: %+v", ae)
	}
}
