//go:build !js

package worker

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

var counterKeyShape = regexp.MustCompile(`^([wrxb]:[0-9a-f]{24}|g|h0+)$`)

func TestPrivacyNative(t *testing.T)   { runPrivacy(t, nativeTarget(t, contractWriteLimit)) }
func TestPrivacyWrangler(t *testing.T) { runPrivacy(t, wranglerTarget(t)) }

// runPrivacy checks what is stored, straight from the database: a share or
// submission made without a name stores no name (nor NIP), identifying data
// is kept only when the user sent it, no client address is kept, and class
// data needs the token.
func runPrivacy(t *testing.T, tg target) {
	anon := scenarioFixture(t, "sangat_baik")
	named := scenarioFixture(t, "baik_identitas")

	res := tg.do(t, "POST", "/api/shares", jsonCT, anon)
	if res.status != 201 {
		t.Fatalf("share: %d %s", res.status, res.body)
	}
	anonShare := decodeMap(t, res.body)["id"].(string)
	res = tg.do(t, "POST", "/api/shares", jsonCT, named)
	if res.status != 201 {
		t.Fatalf("share: %d %s", res.status, res.body)
	}
	namedShare := decodeMap(t, res.body)["id"].(string)

	res = tg.do(t, "POST", "/api/classes", nil, nil)
	if res.status != 201 {
		t.Fatalf("class: %d %s", res.status, res.body)
	}
	class := decodeMap(t, res.body)
	code, token := class["code"].(string), class["token"].(string)
	submit := func(body string) string {
		res := tg.do(t, "POST", "/api/classes/"+code+"/submissions", jsonCT, []byte(body))
		if res.status != 201 {
			t.Fatalf("submit: %d %s", res.status, res.body)
		}
		return decodeMap(t, res.body)["id"].(string)
	}
	noName := submit(`{"scenario":` + string(anon) + `}`)
	blankName := submit(`{"name":"   ","scenario":` + string(anon) + `}`)
	nullName := submit(`{"name":null,"scenario":` + string(anon) + `}`)
	withName := submit(`{"name":"Pak Budi","scenario":` + string(anon) + `}`)
	withIdentitas := submit(`{"scenario":` + string(named) + `}`)

	t.Run("share without identitas stores none", func(t *testing.T) {
		doc := storedText(t, tg, "shares", "id", anonShare, "scenario")
		for _, s := range []string{"identitas", "nama", "nip"} {
			if strings.Contains(doc, `"`+s+`"`) {
				t.Errorf("anonymous share stores %q: %s", s, doc)
			}
		}
	})
	t.Run("share keeps the name the user chose to send, never the NIP", func(t *testing.T) {
		doc := storedText(t, tg, "shares", "id", namedShare, "scenario")
		if !strings.Contains(doc, "Siti Aminah") {
			t.Errorf("the name sent by the user was dropped: %s", doc)
		}
		if strings.Contains(doc, "198001012005012001") || strings.Contains(doc, `"nip"`) {
			t.Errorf("share stores the NIP: %s", doc)
		}
	})
	t.Run("submission without name stores no name", func(t *testing.T) {
		for _, id := range []string{noName, blankName, nullName} {
			rows := tg.rows(t, fmt.Sprintf("SELECT name, scenario FROM submissions WHERE id = '%s'", id))
			if len(rows) != 1 {
				t.Fatalf("submission %s: %d rows", id, len(rows))
			}
			if rows[0]["name"] != nil {
				t.Errorf("submission %s stores name %#v, want NULL", id, rows[0]["name"])
			}
			if doc := fmt.Sprint(rows[0]["scenario"]); strings.Contains(doc, "identitas") {
				t.Errorf("submission %s stores identitas: %s", id, doc)
			}
		}
		if got := storedText(t, tg, "submissions", "id", withName, "name"); got != "Pak Budi" {
			t.Errorf("named submission stores %q", got)
		}
	})
	t.Run("submission never stores the NIP", func(t *testing.T) {
		doc := storedText(t, tg, "submissions", "id", withIdentitas, "scenario")
		if strings.Contains(doc, "198001012005012001") || strings.Contains(doc, `"nip"`) {
			t.Errorf("submission stores the NIP: %s", doc)
		}
		if !strings.Contains(doc, "Siti Aminah") {
			t.Errorf("the name the participant chose to send was dropped: %s", doc)
		}
	})
	t.Run("no client address stored, only keyed hashes", func(t *testing.T) {
		rows := tg.rows(t, "SELECT key FROM counters")
		if len(rows) == 0 {
			t.Fatal("no counters stored")
		}
		for _, row := range rows {
			k := fmt.Sprint(row["key"])
			if !counterKeyShape.MatchString(k) {
				t.Errorf("counter key %q: want a kind and a 96-bit hash, or a global key", k)
			}
			// The old unkeyed hash of the address could be reversed by
			// trying every IPv4 address (finding 4).
			for _, addr := range []string{"127.0.0.1", tg.header["CF-Connecting-IP"]} {
				sum := sha256.Sum256([]byte("simkinerja-batas|" + addr))
				if strings.Contains(k, hex.EncodeToString(sum[:12])) {
					t.Errorf("counter key %q is the unkeyed hash of %s", k, addr)
				}
			}
		}
	})
	t.Run("trainer sees the name the participant chose to send", func(t *testing.T) {
		res := tg.do(t, "GET", "/api/classes/"+code, map[string]string{"Authorization": "Bearer " + token}, nil)
		if res.status != 200 {
			t.Fatalf("class view: %d %s", res.status, res.body)
		}
		var v struct {
			Submissions []struct {
				ID            string `json:"id"`
				IdentitasNama string `json:"identitas_nama"`
			} `json:"submissions"`
		}
		if err := json.Unmarshal(res.body, &v); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range v.Submissions {
			if s.ID == withIdentitas {
				found = s.IdentitasNama == "Siti Aminah"
			} else if s.IdentitasNama != "" {
				t.Errorf("submission %s shows a name nobody sent: %q", s.ID, s.IdentitasNama)
			}
		}
		if !found || strings.Contains(string(res.body), "198001012005012001") {
			t.Errorf("class view: want identitas_nama Siti Aminah and no NIP: %s", res.body)
		}
	})
	t.Run("class data needs the token", func(t *testing.T) {
		for _, h := range []map[string]string{
			nil,
			{"Authorization": "Bearer "},
			{"Authorization": "Bearer " + token[:len(token)-1]},
			{"Authorization": "Bearer " + strings.ToUpper(token)},
			{"Authorization": token},
		} {
			res := tg.do(t, "GET", "/api/classes/"+code, h, nil)
			if res.status != 401 && res.status != 403 {
				t.Errorf("%v: status %d, want 401/403", h, res.status)
			}
			if strings.Contains(string(res.body), "Pak Budi") || strings.Contains(string(res.body), noName) {
				t.Errorf("%v: class data leaked: %s", h, res.body)
			}
		}
		res := tg.do(t, "GET", "/api/classes/"+code, map[string]string{"Authorization": "Bearer " + token}, nil)
		if res.status != 200 || !strings.Contains(string(res.body), "Pak Budi") {
			t.Errorf("with the token: %d %s", res.status, res.body)
		}
		// The token itself is not stored, only its hash.
		if got := storedText(t, tg, "classes", "code", code, "token_hash"); got == token || strings.Contains(got, token) {
			t.Errorf("classes stores the token itself")
		}
	})
}

// storedText reads one column of one row.
func storedText(t *testing.T, tg target, table, key, id, col string) string {
	t.Helper()
	rows := tg.rows(t, fmt.Sprintf("SELECT %s FROM %s WHERE %s = '%s'", col, table, key, id))
	if len(rows) != 1 {
		t.Fatalf("%s %s: %d rows", table, id, len(rows))
	}
	return fmt.Sprint(rows[0][col])
}
