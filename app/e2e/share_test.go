//go:build !wasm

package e2e

// TestSharing drives the sharing and trainer screens in real headless
// Chromium against the real server and worker API (SQLite): a share made in
// one browser profile opens in another, the QR code on /bagikan decodes (from
// a screenshot) to the share link, a class receives two submissions and the
// trainer view counts them per predikat, the buttons explain themselves
// offline, and /presentasi follows the arrow keys.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"net/http"
	"path/filepath"
	skapp "simkinerja/app"
	"simkinerja/app/store"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"simkinerja/app/internal/browser"
	"simkinerja/domain"
)

// startApp builds the app (the Go build cache makes a second build cheap),
// starts its server with a fresh SQLite file and stops it when t ends.
func startApp(t *testing.T, ctx context.Context, version string) (*browser.App, *browser.Server, string) {
	t.Helper()
	dir := tempDir(t)
	a, err := browser.BuildApp(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	addr, err := browser.FreeAddr()
	if err != nil {
		t.Fatal(err)
	}
	srv, err := a.Start(addr, version)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Stop() })
	return a, srv, addr
}

// profile starts a browser with its own --user-data-dir: a separate person.
func profile(t *testing.T, ctx context.Context, a *browser.App, srv *browser.Server, addr, name string) *env {
	t.Helper()
	bctx, stop, err := browser.New(ctx, filepath.Join(a.Dir, "profile-"+name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	// Written for 2024 drafts: the device says mid-2024 (see years_test.go).
	if err := browser.SetDate(bctx, time.Date(2024, 6, 15, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	return &env{t: t, app: a, srv: srv, addr: addr, browser: bctx}
}

// setDraft replaces the profile's drafts with one draft holding sc, the way
// the store keeps it, and reloads path.
func (e *env) setDraft(name string, sc domain.Scenario, path string) error {
	doc, err := domain.Encode(sc)
	if err != nil {
		return err
	}
	env, err := json.Marshal(map[string]any{
		"version": 1, "current": "uji1",
		"drafts": []map[string]any{{"id": "uji1", "name": name, "scenario": json.RawMessage(doc)}},
	})
	if err != nil {
		return err
	}
	if err := e.open("/"); err != nil {
		return err
	}
	if err := e.eval(fmt.Sprintf(`localStorage.setItem(%q, %q), true`, store.StorageKey, env), new(bool)); err != nil {
		return err
	}
	return e.open(path)
}

// waitJS polls a JavaScript expression until it yields want.
func (e *env) waitJS(js, want string) error {
	deadline := time.Now().Add(step)
	var got string
	for {
		err := e.eval(js, &got)
		if err == nil && got == want {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s: want %q, got %q (%v)", js, want, got, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func attrJS(testid, attr string) string {
	return fmt.Sprintf(`(document.querySelector('[data-testid="%s"]')||{getAttribute:()=>""}).getAttribute(%q)||""`, testid, attr)
}

// madyaWithName is the seed 001 Guru Ahli Madya (Baik, 37,5 AK) with a name
// and NIP that must never leave the device unless chosen.
func madyaWithName() domain.Scenario {
	sc := domain.Presets()[0].Scenario
	sc.Identitas = &domain.Identitas{Nama: "Siti Rahmawati", NIP: "198703152010012003"}
	return sc
}

// pertamaBaikTanpaPoin: Ahli Pertama, Sesuai × Sesuai (Baik), no competency
// points, so 12,5 AK and short of 32 points.
func pertamaBaikTanpaPoin() domain.Scenario {
	sc := domain.NewScenario("2024", domain.Guru, domain.AhliPertama)
	for i := range sc.Periods {
		sc.Periods[i].Praktik = &domain.Nilai{Rating: domain.Sesuai}
		sc.Periods[i].Perilaku = &domain.Nilai{Rating: domain.Sesuai}
	}
	return sc
}

func TestSharing(t *testing.T) {
	if testing.Short() {
		t.Skip("e2e: skipped with -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	a, srv, addr := startApp(t, ctx, "e2e-share")
	alice := profile(t, ctx, a, srv, addr, "alice") // shares, then trains
	bob := profile(t, ctx, a, srv, addr, "bob")     // opens the link, joins the class

	var shareURL, classCode string
	steps := []struct {
		name string
		fn   func() error
	}{
		{"share_link_and_qr", func() error {
			var err error
			shareURL, err = shareAndDecodeQR(alice)
			return err
		}},
		{"share_opens_in_other_profile", func() error { return openShared(bob, shareURL) }},
		{"class_two_submissions", func() error {
			var err error
			classCode, err = classWithTwoSubmissions(alice, bob)
			return err
		}},
		{"trainer_comes_back", func() error { return trainerComesBack(alice, bob, classCode) }},
		{"invalid_submission_listed", func() error { return invalidSubmissionListed(alice, a.Dir, classCode) }},
		{"presentasi_keys", func() error { return presentasiKeys(alice) }},
		{"offline_buttons", func() error { return offlineButtons(bob) }},
		{"server_down_keeps_draft", func() error { return serverDown(bob, srv) }},
	}
	for _, s := range steps {
		ok := t.Run(s.name, func(t *testing.T) {
			alice.t, bob.t = t, t
			if err := s.fn(); err != nil {
				alice.shot("share-" + s.name + "-alice")
				bob.shot("share-" + s.name + "-bob")
				t.Fatalf("%v\nserver log:\n%s", err, srv.Log())
			}
		})
		if !ok {
			break // later steps build on earlier ones
		}
	}
}

// shareAndDecodeQR creates a share link on /bagikan, checks that the stored
// scenario has no name or NIP, and decodes the QR code from a screenshot.
func shareAndDecodeQR(e *env) (string, error) {
	if err := e.setDraft("Draf Bu Siti", madyaWithName(), "/bagikan"); err != nil {
		return "", err
	}
	// The identity box is offered and left unticked.
	if err := e.run(chromedp.WaitVisible(`[data-testid="share-include-identity"]`, chromedp.ByQuery)); err != nil {
		return "", fmt.Errorf("identity box: %w", err)
	}
	if err := e.click("share-create"); err != nil {
		return "", err
	}
	if err := e.run(chromedp.WaitVisible(`[data-testid="share-qr"]`, chromedp.ByQuery)); err != nil {
		return "", fmt.Errorf("share link: %w (error: %s)", err, e.textNow("share-error"))
	}
	url, err := e.text("share-url")
	if err != nil {
		return "", err
	}
	prefix := "http://" + e.addr + "/s/"
	if !strings.HasPrefix(url, prefix) || len(url) != len(prefix)+22 {
		return "", fmt.Errorf("share url %q, want %s<22-character id>", url, prefix)
	}
	resp, err := http.Get("http://" + e.addr + "/api/shares/" + strings.TrimPrefix(url, prefix))
	if err != nil {
		return "", err
	}
	stored, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		return "", fmt.Errorf("GET share: %d %s", resp.StatusCode, stored)
	}
	for _, leak := range []string{"Siti", "198703152010012003", "identitas"} {
		if bytes.Contains(stored, []byte(leak)) {
			return "", fmt.Errorf("shared scenario carries %q although the box was not ticked: %s", leak, stored)
		}
	}
	var shot []byte
	if err := e.run(chromedp.Screenshot(`[data-testid="share-qr"]`, &shot, chromedp.ByQuery)); err != nil {
		return "", err
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		return "", err
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		return "", err
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		return "", fmt.Errorf("QR screenshot (%dx%d) does not decode: %w", img.Bounds().Dx(), img.Bounds().Dy(), err)
	}
	if res.GetText() != url {
		return "", fmt.Errorf("QR decodes to %q, want %q", res.GetText(), url)
	}
	e.shot("bagikan")
	return url, nil
}

// textNow reads an element's text without waiting (for error reports).
func (e *env) textNow(testid string) string {
	var s string
	_ = e.eval(fmt.Sprintf(`(document.querySelector('[data-testid="%s"]')||{}).textContent||""`, testid), &s)
	return strings.TrimSpace(s)
}

// openShared opens the link in another profile, checks the read-only view
// and saves it as a draft there.
func openShared(e *env, url string) error {
	if err := e.run(chromedp.Navigate(url), waitApp()); err != nil {
		return err
	}
	if err := e.waitText("shared-ak", "37,5"); err != nil {
		return fmt.Errorf("%w (error: %s)", err, e.textNow("shared-error"))
	}
	if err := e.waitText("shared-summary", "Guru · Ahli Madya · aturan 2024"); err != nil {
		return err
	}
	var periods []string
	if err := e.eval(`[...document.querySelectorAll('[data-testid="shared-period"]')].map(r => r.cells[2].textContent)`, &periods); err != nil {
		return err
	}
	if strings.Join(periods, ",") != "Baik,Baik" {
		return fmt.Errorf("predikat per period %q, want Baik,Baik", periods)
	}
	if err := e.click("shared-save"); err != nil {
		return err
	}
	if err := e.run(chromedp.WaitVisible(`[data-testid="shared-saved"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	raw, err := e.storage(store.StorageKey)
	if err != nil {
		return err
	}
	var st struct {
		Current string `json:"current"`
		Drafts  []struct {
			ID     string          `json:"id"`
			Record json.RawMessage `json:"record"`
		} `json:"drafts"`
	}
	if err := json.Unmarshal([]byte(raw), &st); err != nil {
		return err
	}
	if len(st.Drafts) != 2 {
		return fmt.Errorf("want the default draft plus the saved one, got %d: %s", len(st.Drafts), raw)
	}
	last := st.Drafts[1]
	r, err := domain.DecodeRecord(last.Record)
	if err != nil {
		return fmt.Errorf("saved draft: %w", err)
	}
	if st.Current != last.ID || r.Profil.Jenjang != domain.AhliMadya || r.Identitas != nil || len(r.Tahun) != 1 || r.Tahun[0].Tahun != 2024 {
		return fmt.Errorf("saved draft: current=%s jenjang=%s identitas=%v years=%d", st.Current, r.Profil.Jenjang, r.Identitas, len(r.Tahun))
	}
	return nil
}

// classWithTwoSubmissions: alice opens a class, bob submits twice with two
// different drafts, alice's view shows both with the right counts.
func classWithTwoSubmissions(alice, bob *env) (string, error) {
	if err := alice.open("/bagikan"); err != nil {
		return "", err
	}
	if err := alice.click("class-create"); err != nil {
		return "", err
	}
	if err := alice.run(chromedp.WaitVisible(`[data-testid="kelas-code"]`, chromedp.ByQuery)); err != nil {
		return "", fmt.Errorf("class view: %w (error: %s)", err, alice.textNow("class-error"))
	}
	code, err := alice.text("kelas-code")
	if err != nil {
		return "", err
	}
	if len(code) != 6 {
		return "", fmt.Errorf("class code %q", code)
	}
	if err := alice.waitText("kelas-count", "0"); err != nil {
		return "", err
	}
	// The trainer's private link holds the token in the fragment only.
	if link, err := alice.text("kelas-privat-link"); err != nil || !strings.Contains(link, "/kelas/"+code+"#token=") || strings.Contains(link, "?") {
		return "", fmt.Errorf("private link %q (%v)", link, err)
	}

	submit := func(sc domain.Scenario, name, wantPredikat string) error {
		return joinClass(bob, code, sc, name, wantPredikat)
	}
	// A wrong code: the worker's Indonesian message is shown, nothing is lost.
	if err := bob.setDraft("Kiriman", pertamaBaikTanpaPoin(), "/bagikan?kelas=ZZZZZZ"); err != nil {
		return "", err
	}
	if err := bob.click("join-submit"); err != nil {
		return "", err
	}
	if err := bob.waitText("join-error", "Kelas tidak ditemukan atau sudah ditutup."); err != nil {
		return "", err
	}
	// Its class page, opened without a token, shows no QR to join it.
	if err := bob.open("/kelas/ZZZZZZ"); err != nil {
		return "", err
	}
	if err := bob.waitContains("kelas-error", "kode tidak dikenal"); err != nil {
		return "", err
	}
	var qr bool
	if err := bob.eval(`!!document.querySelector('[data-testid="kelas-join-qr"]')`, &qr); err != nil || qr {
		return "", fmt.Errorf("a QR code for a rejected class (%v)", err)
	}
	if err := submit(pertamaBaikTanpaPoin(), "Bu Ani", "Baik"); err != nil {
		return "", err
	}
	if err := submit(domain.Presets()[1].Scenario, "", "Sangat Baik"); err != nil {
		return "", err
	}

	if err := trainerSeesTwo(alice); err != nil {
		return "", err
	}
	alice.shot("kelas")
	return code, nil
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// trainerComesBack: the code and token were kept on the trainer's device, so
// /bagikan lists the class and /kelas/{code} opens after a reload; another
// profile without the token is asked for it and refused a wrong one.
func trainerComesBack(alice, bob *env, code string) error {
	if err := alice.open("/bagikan"); err != nil {
		return err
	}
	if err := alice.run(chromedp.Click(`[data-testid="class-link-`+code+`"]`, chromedp.ByQuery)); err != nil {
		return err
	}
	if err := alice.waitText("kelas-count", "2"); err != nil {
		var api string
		alice.eval(`JSON.stringify(performance.getEntriesByType("resource").filter(e => e.name.includes("/api/")).map(e => [new URL(e.name).pathname, Math.round(e.startTime), Math.round(e.duration)]))`, &api)
		return fmt.Errorf("%w (kelas-error %q; API calls [path, start, ms]: %s)", err, alice.textNow("kelas-error"), api)
	}
	raw, err := alice.storage(store.ClassesKey)
	if err != nil {
		return err
	}
	var kept []store.SavedClass
	if err := json.Unmarshal([]byte(raw), &kept); err != nil || len(kept) != 1 || kept[0].Code != code || kept[0].Token == "" {
		return fmt.Errorf("class not kept in local storage: %s (%v)", raw, err)
	}

	if err := bob.open("/kelas/" + code); err != nil {
		return err
	}
	if err := bob.run(chromedp.WaitVisible(`[data-testid="kelas-token-input"]`, chromedp.ByQuery)); err != nil {
		return fmt.Errorf("token form: %w", err)
	}
	if err := bob.run(chromedp.SendKeys(`[data-testid="kelas-token-input"]`, "salah", chromedp.ByQuery)); err != nil {
		return err
	}
	if err := bob.click("kelas-token-save"); err != nil {
		return err
	}
	if err := bob.waitContains("kelas-error", "Kode tidak dikenal atau token salah"); err != nil {
		return err
	}
	if err := bob.run(chromedp.SendKeys(`[data-testid="kelas-token-input"]`, kept[0].Token, chromedp.ByQuery)); err != nil {
		return err
	}
	if err := bob.click("kelas-token-save"); err != nil {
		return err
	}
	if err := bob.waitText("kelas-count", "2"); err != nil {
		return fmt.Errorf("%w (kelas-error %q)", err, bob.textNow("kelas-error"))
	}
	return nil
}

func presentasiKeys(e *env) error {
	if err := e.open("/presentasi"); err != nil {
		return err
	}
	idx := attrJS("slide", "data-index")
	if err := e.waitJS(idx, "1"); err != nil {
		return err
	}
	for _, k := range []struct{ key, want string }{
		{kb.ArrowRight, "2"}, {kb.ArrowRight, "3"}, {kb.ArrowLeft, "2"},
		{kb.End, fmt.Sprint(skapp.SlideCount())}, {kb.ArrowRight, fmt.Sprint(skapp.SlideCount())}, {kb.Home, "1"}, {kb.PageDown, "2"}, {kb.PageUp, "1"},
	} {
		if err := e.run(chromedp.KeyEvent(k.key)); err != nil {
			return err
		}
		if err := e.waitJS(idx, k.want); err != nil {
			return fmt.Errorf("after %q: %w", k.key, err)
		}
	}
	// The AK slide computes from the current draft (Ahli Madya, Baik: 37,5).
	if err := e.run(chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowRight)); err != nil {
		return err
	}
	if err := e.waitJS(attrJS("slide", "data-slide"), "konversi"); err != nil {
		return err
	}
	ex, err := e.text("konversi-draft")
	if err != nil {
		return err
	}
	if !strings.Contains(ex, "6/12 × 100% × 37,5 = 18,75 AK") || !strings.Contains(ex, "37,5 AK") {
		return fmt.Errorf("live AK example: %q", ex)
	}
	// The address keeps the slide across a reload.
	if err := e.waitJS(`location.search`, "?slide=3"); err != nil {
		return err
	}
	if err := e.run(chromedp.Reload(), waitApp()); err != nil {
		return err
	}
	if err := e.waitJS(idx, "3"); err != nil {
		return fmt.Errorf("after reload: %w", err)
	}
	e.shot("presentasi")
	return nil
}

// offlineButtons: with the network off the buttons are disabled and say why.
func offlineButtons(e *env) error {
	if err := e.open("/bagikan"); err != nil {
		return err
	}
	before, err := e.storage(store.StorageKey)
	if err != nil {
		return err
	}
	if err := e.run(network.Enable(), network.EmulateNetworkConditions(true, 0, -1, -1)); err != nil {
		return err
	}
	defer e.run(network.EmulateNetworkConditions(false, 0, -1, -1))
	if err := e.run(chromedp.WaitVisible(`[data-testid="offline-note"]`, chromedp.ByQuery)); err != nil {
		return fmt.Errorf("offline note: %w", err)
	}
	var state string
	if err := e.eval(`["share-create","join-submit","class-create"].map(id => { const b = document.querySelector('[data-testid="'+id+'"]'); return b.disabled + ":" + (b.getAttribute("aria-describedby")||"").includes("luring") + ":" + b.textContent.trim().endsWith("(perlu internet)") }).join(",")`, &state); err != nil {
		return err
	}
	if state != "true:true:true,true:true:true,true:true:true" {
		return fmt.Errorf("offline buttons (disabled:described:labelled) = %s", state)
	}
	after, err := e.storage(store.StorageKey)
	if err != nil {
		return err
	}
	if after != before {
		return fmt.Errorf("draft changed while offline")
	}
	if err := e.run(network.EmulateNetworkConditions(false, 0, -1, -1)); err != nil {
		return err
	}
	return e.waitJS(`document.querySelector('[data-testid="share-create"]').disabled ? "off" : "on"`, "on")
}

// serverDown: online but the server is gone; the fetch failure is explained
// and the draft stays.
func serverDown(e *env, srv *browser.Server) error {
	if err := e.open("/bagikan"); err != nil {
		return err
	}
	before, err := e.storage(store.StorageKey)
	if err != nil {
		return err
	}
	srv.Stop()
	if err := e.click("share-create"); err != nil {
		return err
	}
	if err := e.waitJS(`(document.querySelector('[data-testid="share-error"]').textContent.includes("Draf Anda tetap tersimpan")) ? "ok" : "no"`, "ok"); err != nil {
		return err
	}
	after, err := e.storage(store.StorageKey)
	if err != nil {
		return err
	}
	if after != before {
		return fmt.Errorf("draft changed by a failed share")
	}
	return nil
}

// joinClass sends sc to the class from bob's device under name and checks the
// answer shows wantPredikat.
func joinClass(bob *env, code string, sc domain.Scenario, name, wantPredikat string) error {
	if err := bob.setDraft("Kiriman", sc, "/bagikan?kelas="+code); err != nil {
		return err
	}
	if err := bob.waitJS(`document.getElementById("kelas-kode").value`, code); err != nil {
		return fmt.Errorf("code from the join link: %w", err)
	}
	if name != "" {
		if err := bob.run(chromedp.SendKeys(`[data-testid="join-name"]`, name, chromedp.ByQuery)); err != nil {
			return err
		}
	}
	if err := bob.click("join-submit"); err != nil {
		return err
	}
	if err := bob.run(chromedp.WaitVisible(`[data-testid="join-result"]`, chromedp.ByQuery)); err != nil {
		return fmt.Errorf("submission: %w (error: %s)", err, bob.textNow("join-error"))
	}
	if got := bob.textNow("join-result"); !strings.Contains(got, "predikat "+wantPredikat+",") {
		return fmt.Errorf("join result %q, want predikat %s", got, wantPredikat)
	}
	return nil
}

// trainerSeesTwo checks the trainer's view after the two submissions.
func trainerSeesTwo(alice *env) error {
	// The trainer's view refreshes by itself.
	if err := alice.waitText("kelas-count", "2"); err != nil {
		return err
	}
	for testid, want := range map[string]string{
		"kelas-predikat-sangat_baik": "1", "kelas-predikat-baik": "1", "kelas-predikat-butuh_perbaikan": "0",
		"kelas-predikat-kurang": "0", "kelas-predikat-sangat_kurang": "0",
		"kelas-median": "25", "kelas-mean": "25", "kelas-kurang": "1",
	} {
		if err := alice.waitText(testid, want); err != nil {
			return err
		}
	}
	var bars map[string]string
	if err := alice.eval(`Object.fromEntries([...document.querySelectorAll('[data-testid="kelas-chart"] g')].map(g => [g.dataset.predikat, g.dataset.count]))`, &bars); err != nil {
		return err
	}
	if bars["sangat_baik"] != "1" || bars["baik"] != "1" || bars["kurang"] != "0" {
		return fmt.Errorf("chart bars %v", bars)
	}
	var rows []string
	if err := alice.eval(`[...document.querySelectorAll('[data-testid="kelas-row"]')].map(r => r.dataset.predikat + "|" + r.cells[0].textContent)`, &rows); err != nil {
		return err
	}
	anon := contains(rows, "sangat_baik|Peserta 1") || contains(rows, "sangat_baik|Peserta 2")
	if len(rows) != 2 || !contains(rows, "baik|Bu Ani") || !anon {
		return fmt.Errorf("submission rows %q", rows)
	}
	return nil
}
