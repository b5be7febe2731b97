package app

// Component tests of the sharing and trainer screens: rendered to HTML in
// go-app's engine and read back through their data-testid hooks (helpers in
// screens_test.go).

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/domain"
	"simkinerja/domain/wire"
)

func withIdentity() domain.Scenario {
	sc := domain.NewScenario("2024", domain.Guru, domain.AhliMuda)
	sc.Identitas = &domain.Identitas{Nama: "Siti Rahmawati", NIP: "198703152010012003"}
	return sc
}

func TestBagikanIdentityBoxOnlyWithIdentity(t *testing.T) {
	with := render(t, &bagikan{store: storeWith(t, withIdentity()), online: true})
	if !strings.Contains(with, `data-testid="share-include-identity"`) || !strings.Contains(with, `data-testid="join-include-identity"`) {
		t.Error("a draft with name/NIP must offer the boxes to include them")
	}
	if regexp.MustCompile(`<input[^>]*checked`).MatchString(with) {
		t.Error("identity boxes must start unticked")
	}
	without := render(t, &bagikan{store: storeWith(t, guru2024(domain.AhliMuda)), online: true})
	if strings.Contains(without, "include-identity") {
		t.Error("no identity box without identity")
	}
	if disabledIn(without, "share-create") {
		t.Error("share button disabled while online")
	}
}

func TestBagikanOffline(t *testing.T) {
	c := &bagikan{store: storeWith(t, guru2024(domain.AhliMuda)), online: false}
	doc := app.HTMLString(c.Render())
	if _, ok := byTestID(doc, "offline-note"); !ok {
		t.Fatal("offline note missing")
	}
	for _, id := range []string{"share-create", "join-submit", "class-create"} {
		if !disabledIn(doc, id) {
			t.Errorf("%s not disabled offline", id)
		}
		if label, _ := byTestID(doc, id); !strings.HasSuffix(label, "(perlu internet)") {
			t.Errorf("%s says %q offline; want it to say why it is unavailable", id, label)
		}
		if !strings.Contains(attrOf(doc, id, "aria-describedby"), "luring") {
			t.Errorf("%s does not point to the offline explanation", id)
		}
	}
}

func TestBagikanShareResult(t *testing.T) {
	c := &bagikan{store: storeWith(t, guru2024(domain.AhliMuda)), online: true,
		share: &wire.ShareCreated{ID: "AbCdEfGhIjKlMnOpQrStUv", URL: "/s/AbCdEfGhIjKlMnOpQrStUv"}}
	doc := app.HTMLString(c.Render())
	wantText(t, doc, "share-url", "/s/AbCdEfGhIjKlMnOpQrStUv") // origin is empty outside the browser
	src := attrOf(doc, "share-qr", "src")
	if !strings.HasPrefix(src, "data:image/svg+xml") || attrOf(doc, "share-qr", "alt") == "" {
		t.Errorf("QR image: src %.40q alt %q", src, attrOf(doc, "share-qr", "alt"))
	}
}

func TestKelasView(t *testing.T) {
	v := wire.ClassView{Code: "ABC234",
		Submissions: []wire.Submission{
			{SubmissionResult: wire.SubmissionResult{Name: "<b>Bu Ani</b>", Role: domain.Guru, Jenjang: domain.AhliPertama, Rules: "2024", Predikat: domain.Baik, PredikatLabel: "Baik", AngkaKredit: "12,5", PoinBerlaku: true, KurangPoin: true}},
			{SubmissionResult: wire.SubmissionResult{Role: domain.Guru, Jenjang: domain.AhliMuda, Rules: "2024", Predikat: domain.SangatBaik, PredikatLabel: "Sangat Baik", AngkaKredit: "37,5", PoinBerlaku: true}},
			{Masalah: "Skenario ini tidak lagi valid menurut aturan terbaru; minta peserta mengirim ulang."},
		},
		Aggregate: wire.Aggregate{Count: 2, Predikat: map[domain.Predikat]int{domain.Baik: 1, domain.SangatBaik: 1},
			MedianAngkaKredit: "25", MeanAngkaKredit: "25", KurangPoin: 1, TidakValid: 1},
	}
	c := &kelas{code: "ABC234", view: &v, token: "t"}
	doc := app.HTMLString(c.Render())
	wantText(t, doc, "kelas-code", "ABC234")
	wantText(t, doc, "kelas-count", "2")
	wantText(t, doc, "kelas-median", "25")
	wantText(t, doc, "kelas-kurang", "1")
	for p, n := range map[string]string{"sangat_baik": "1", "baik": "1", "butuh_perbaikan": "0", "kurang": "0", "sangat_kurang": "0"} {
		wantText(t, doc, "kelas-predikat-"+p, n)
	}
	if got := strings.Count(doc, `data-testid="kelas-row"`); got != 3 {
		t.Errorf("%d rows, want 3 (every submission, the invalid one too)", got)
	}
	wantText(t, doc, "kelas-masalah", "Tidak dihitung: Skenario ini tidak lagi valid menurut aturan terbaru; minta peserta mengirim ulang.")
	if !strings.Contains(doc, `data-testid="kelas-tidak-valid"`) {
		t.Error("the figures must say an invalid submission is left out")
	}
	if strings.Contains(doc, "<b>Bu Ani</b>") || !strings.Contains(doc, "&lt;b&gt;Bu Ani&lt;/b&gt;") {
		t.Error("a display name must be shown as text, never as markup")
	}
	if !strings.Contains(doc, "Peserta 2") {
		t.Error("an unnamed submission is shown as Peserta n")
	}
	if strings.Contains(doc, `data-testid="kelas-token-input"`) {
		t.Error("token form shown although a token is known")
	}
	noToken := app.HTMLString((&kelas{code: "ABC234"}).Render())
	if !strings.Contains(noToken, `data-testid="kelas-token-input"`) {
		t.Error("without a token the trainer is asked for it")
	}
}

func TestSharedView(t *testing.T) {
	sc := domain.Presets()[0].Scenario
	sc.Identitas = &domain.Identitas{Nama: "Siti"}
	c := &shared{store: storeWith(t, guru2024(domain.AhliPertama)), id: "AbCdEfGhIjKlMnOpQrStUv"}
	c.show(sc)
	doc := app.HTMLString(c.Render())
	wantText(t, doc, "shared-ak", "37,5")
	wantText(t, doc, "shared-summary", "Guru · Ahli Madya · aturan 2024")
	if got := strings.Count(doc, `data-testid="shared-period"`); got != 2 {
		t.Errorf("%d period rows, want 2", got)
	}
	if !strings.Contains(doc, "dibagikan oleh Siti") {
		t.Error("an identity the sharer chose to include is shown")
	}
	loading := app.HTMLString((&shared{}).Render())
	if _, ok := byTestID(loading, "shared-loading"); !ok {
		t.Error("loading state missing")
	}
	failed := app.HTMLString((&shared{err: "Tautan tidak ditemukan."}).Render())
	wantText(t, failed, "shared-error", "Tautan tidak ditemukan.")
}

func TestPresentasiSlides(t *testing.T) {
	c := &presentasi{store: storeWith(t, domain.Presets()[0].Scenario)}
	seen := map[string]bool{}
	for i := range slides {
		c.index = i
		doc := app.HTMLString(c.Render())
		key := attrOf(doc, "slide", "data-slide")
		seen[key] = true
		if disabledIn(doc, "slide-prev") != (i == 0) || disabledIn(doc, "slide-next") != (i == len(slides)-1) {
			t.Errorf("slide %d: prev/next disabled state wrong", i+1)
		}
		if key == "konversi" && !strings.Contains(doc, "6/12 × 100% × 37,5 = 18,75 AK (Baik)") {
			t.Errorf("live AK example from the draft missing:\n%s", doc)
		}
		if key == "matriks" && strings.Count(doc, `data-predikat="sangat_baik"`) != 1 {
			t.Error("matrix: Sangat Baik appears exactly once (Di Atas × Di Atas)")
		}
	}
	for _, k := range []string{"matriks", "konversi", "siklus", "poin", "aturan"} {
		if !seen[k] {
			t.Errorf("slide %q missing", k)
		}
	}
	for _, code := range poinContoh {
		if _, ok := domain.KegiatanByCode(code); !ok {
			t.Errorf("points slide names %q, which is not in the catalog", code)
		}
	}
	// Without any predikat the example assumes Baik for a full year.
	c = &presentasi{store: storeWith(t, guru2024(domain.AhliMuda)), index: 2}
	doc := app.HTMLString(c.Render())
	if !strings.Contains(doc, "12/12 × 100% × 25 = 25 AK") {
		t.Errorf("default example missing")
	}
}

// disabledIn reports whether the element with the testid carries the
// disabled attribute (HTML reads any value, even "false", as disabled).
func disabledIn(doc, id string) bool {
	tag := regexp.MustCompile(`<[^>]*data-testid="` + regexp.QuoteMeta(id) + `"[^>]*>`).FindString(doc)
	return regexp.MustCompile(`\sdisabled[\s>=]`).MatchString(tag)
}
