//go:build !js

package worker

import (
	"encoding/json"
	"strings"
	"testing"
)

// runRecord: schema-2 records (one person across years) are accepted as
// shares and submissions on both runtimes, stored without the NIP, and a
// class shows the record's last recorded year; a problem inside a year is
// reported at its indexed path.
func runRecord(t *testing.T, tg target) {
	rec := scenarioFixture(t, "record_2026")
	res := tg.do(t, "POST", "/api/shares", jsonCT, rec)
	if res.status != 201 {
		t.Fatalf("share a record: %d %s", res.status, res.body)
	}
	id := decodeMap(t, res.body)["id"].(string)
	res = tg.do(t, "GET", "/api/shares/"+id, nil, nil)
	if res.status != 200 || !strings.Contains(string(res.body), `"schema":2`) || !strings.Contains(string(res.body), `"tahun":2026`) {
		t.Fatalf("read the record back: %d %s", res.status, res.body)
	}
	if strings.Contains(string(res.body), "198001012005012001") || !strings.Contains(string(res.body), "Bu Sari") {
		t.Errorf("stored record keeps the NIP or lost the chosen name: %s", res.body)
	}

	bad := strings.Replace(string(rec), `"months":12,"praktik"`, `"months":"dua belas","praktik"`, 1)
	res = tg.do(t, "POST", "/api/shares", jsonCT, []byte(bad))
	if res.status != 400 {
		t.Fatalf("invalid record: %d %s", res.status, res.body)
	}
	checkError(t, res, CodeInvalidScenario, []string{"tahun[1].periods[0].months"})
	if strings.Contains(string(res.body), "unmarshal") {
		t.Errorf("library text in the answer: %s", res.body)
	}

	res = tg.do(t, "POST", "/api/classes", nil, nil)
	if res.status != 201 {
		t.Fatalf("create class: %d %s", res.status, res.body)
	}
	m := decodeMap(t, res.body)
	code, token := m["code"].(string), m["token"].(string)
	res = tg.do(t, "POST", "/api/classes/"+code+"/submissions", jsonCT, []byte(`{"scenario":`+string(rec)+`}`))
	if res.status != 201 {
		t.Fatalf("submit a record: %d %s", res.status, res.body)
	}
	res = tg.do(t, "GET", "/api/classes/"+code, map[string]string{"Authorization": "Bearer " + token}, nil)
	var v struct {
		Submissions []struct {
			Rules         string `json:"rules"`
			Predikat      string `json:"predikat"`
			AngkaKredit   string `json:"angka_kredit"`
			IdentitasNama string `json:"identitas_nama"`
		} `json:"submissions"`
	}
	if err := json.Unmarshal(res.body, &v); err != nil || len(v.Submissions) != 1 {
		t.Fatalf("class view: %v %s", err, res.body)
	}
	// 2026: Di Atas × Di Atas → Sangat Baik; 150 % × 12,5 = 18,75 (RULES.md §13.8 ex. 1).
	if s := v.Submissions[0]; s.Rules != "2026" || s.Predikat != "sangat_baik" || s.AngkaKredit != "18,75" || s.IdentitasNama != "Bu Sari" {
		t.Errorf("submission = %+v", s)
	}
}
