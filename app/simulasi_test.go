package app

// Component tests of Beranda, Simulasi and Draf in go-app's test engine. The
// expected figures come from domain.Simulate (the screens must show what the
// domain computed), plus the seed-001 facts the issue names.

import (
	"net/url"
	"regexp"
	"simkinerja/app/store"
	"strings"
	"testing"
	"time"

	"simkinerja/domain"
)

func TestSimulasiShowsResultOfPakHendrawan(t *testing.T) {
	sc := domain.Presets()[1].Scenario
	res := domain.Simulate(sc)
	doc := render(t, &simulasi{store: storeWith(t, sc)})

	wantText(t, doc, "ak-total", res.AngkaKreditTotal)
	wantText(t, doc, "ak-total", "37,5") // seed 001: Sangat Baik, Ahli Muda, one year
	for i, pr := range res.Periods {
		wantText(t, doc, "predikat-"+itoa(i), pr.PredikatLabel)
		wantText(t, doc, "ak-"+itoa(i), pr.AngkaKredit)
	}
	wantText(t, doc, "predikat-0", "Sangat Baik")
	if !strings.Contains(doc, `data-testid="p0-matriks-chosen"`) {
		t.Error("matrix cell not highlighted")
	}
	// go-app's HTML writer renders aria-pressed="true" as a bare attribute.
	for id, pressed := range map[string]bool{"p0-praktik-di_atas": true, "p0-praktik-sesuai": false} {
		tag := regexp.MustCompile(`<button[^>]*data-testid="` + id + `"[^>]*>`).FindString(doc)
		if got := strings.Contains(tag, "aria-pressed") && !strings.Contains(tag, `aria-pressed="false"`); got != pressed {
			t.Errorf("%s pressed=%v: %s", id, got, tag)
		}
	}
	// Mengapa? lists every trace step with its sources.
	if !strings.Contains(doc, `data-testid="mengapa"`) {
		t.Fatal("no Mengapa panel")
	}
	for _, st := range res.Trace {
		if !strings.Contains(doc, htmlText(st.Pesan)) {
			t.Errorf("trace step %q missing", st.Rule)
		}
	}
	if !strings.Contains(doc, ">P1<") {
		t.Error("source P1 not linked")
	}
}

func TestSimulasiMarksSuggestionAndAssumption(t *testing.T) {
	sc := domain.NewScenario("2024", domain.Guru, domain.AhliPertama)
	sc.Periods[0].Praktik = &domain.Nilai{Aspects: map[string]domain.Rating{
		"upaya_refleksi": domain.DiAtas, "upaya_mempelajari": domain.Sesuai, "perubahan_praktik": domain.DiAtas}}
	sc.Periods[0].Perilaku = &domain.Nilai{Rating: domain.Sesuai}
	res := domain.Simulate(sc)
	if res.Periods[0].HasilKerja.Sumber != domain.SumberSaranMedian {
		t.Fatalf("fixture: %+v", res.Periods[0].HasilKerja)
	}
	doc := render(t, &simulasi{store: storeWith(t, sc)})
	if !strings.Contains(doc, `data-testid="p0-praktik-saran"`) || !strings.Contains(doc, "bukan ketentuan resmi") {
		t.Error("suggestion not marked as such")
	}
	wantText(t, doc, "predikat-0", res.Periods[0].PredikatLabel)
	if len(res.Asumsi) == 0 || !strings.Contains(doc, `data-testid="asumsi"`) {
		t.Error("assumptions not listed")
	}
}

func TestSimulasiDocumentsGate(t *testing.T) {
	sc := domain.NewScenario("2024", domain.KepalaSekolah, domain.AhliMadya)
	sc.Periods[0].Predikat = domain.Baik
	sc.Periods[0].Dokumen["K5"] = false
	res := domain.Simulate(sc)
	if res.Periods[0].Status != domain.StatusTertahan {
		t.Fatalf("fixture status %s", res.Periods[0].Status)
	}
	doc := render(t, &simulasi{store: storeWith(t, sc)})
	got, ok := byTestID(doc, "status-0")
	if !ok || !strings.Contains(got, "Tertahan") || !strings.Contains(got, "K5") {
		t.Errorf("status-0 = %q", got)
	}
	if _, ok := byTestID(doc, "status-1"); !ok {
		t.Error("unfilled second period not marked")
	}
}

func TestBerandaQuickCalculator(t *testing.T) {
	sc := domain.NewScenario("2025", domain.Guru, domain.AhliMuda)
	c := &beranda{store: storeWith(t, sc), quick: domain.SangatBaik, monthsText: "12"}
	wantText(t, render(t, c), "quick-ak", domain.KonversiAK(domain.SangatBaik, domain.AhliMuda, 12).Display())
	wantText(t, render(t, &beranda{store: storeWith(t, sc), quick: domain.SangatBaik, monthsText: "12"}), "quick-ak", "37,5")

	c = &beranda{store: storeWith(t, sc), quick: domain.Baik, monthsText: " 5 "}
	wantText(t, render(t, c), "quick-ak", domain.KonversiAK(domain.Baik, domain.AhliMuda, 5).Display())

	c = &beranda{store: storeWith(t, sc), quick: domain.Baik, monthsText: "13"}
	if _, ok := byTestID(render(t, c), "quick-ak"); ok {
		t.Error("answer shown for 13 months")
	}
}

func TestDraftErrorShownWithBackup(t *testing.T) {
	const garbage = `{"version":1,"drafts":[{"id":"x"`
	ls := store.Memory{store.StorageKey: garbage}
	s := &Store{store.Load(ls, time.Now)}
	doc := render(t, &beranda{store: s, monthsText: "12"})
	if !strings.Contains(doc, `data-testid="draft-error"`) {
		t.Fatal("draft-error not shown")
	}
	href := attrOf(doc, "draft-backup-download", "href")
	raw, err := url.PathUnescape(strings.TrimPrefix(href, "data:application/json;charset=utf-8,"))
	if err != nil || raw != garbage {
		t.Fatalf("download offers %q (%v)", raw, err)
	}
}

func TestDrafListsDraftsWithExport(t *testing.T) {
	sc := domain.Presets()[0].Scenario
	s := storeWith(t, sc)
	doc := render(t, &draf{store: s})
	if n := strings.Count(doc, `data-testid="draft-item"`); n != 1 {
		t.Fatalf("%d draft items", n)
	}
	href := attrOf(doc, "draft-export", "href")
	text, err := url.PathUnescape(strings.TrimPrefix(href, "data:application/json;charset=utf-8,"))
	if err != nil {
		t.Fatal(err)
	}
	back, err := domain.DecodeRecord([]byte(text))
	if err != nil {
		t.Fatalf("export does not import back: %v", err)
	}
	if len(back.Tahun) != 1 || domain.SimulateRecord(back, time.Time{}).Tahun[0].AngkaKreditTotal != domain.Simulate(sc).AngkaKreditTotal {
		t.Error("export changed the draft")
	}
	// The file carries the draft's name, so an import gives it back.
	if got := attrOf(doc, "draft-export", "download"); got != s.Current().Name+".json" {
		t.Errorf("file name %q", got)
	}
}

func itoa(i int) string { return string(rune('0' + i)) }

// htmlText escapes like go-app's renderer for text nodes.
func htmlText(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")
	return r.Replace(s)
}

// TestSimulasiPredikatTahunan: with two semesters the annual predikat can be
// entered, and the total then follows the full-year formula (RULES.md §11 Q14).
func TestSimulasiPredikatTahunan(t *testing.T) {
	sc := domain.NewScenario("2024", domain.Guru, domain.AhliMuda)
	sc.Periods[0].Predikat, sc.Periods[1].Predikat = domain.Baik, domain.SangatBaik
	doc := render(t, &simulasi{store: storeWith(t, sc)})
	wantText(t, doc, "ak-total", "31,25") // 12,5 + 18,75
	if !strings.Contains(doc, `id="predikat-tahunan"`) || !strings.Contains(doc, `for="predikat-tahunan"`) {
		t.Fatal("no labelled annual predikat select")
	}
	sc.PredikatTahunan = domain.Baik
	doc = render(t, &simulasi{store: storeWith(t, sc)})
	wantText(t, doc, "ak-total", "25")
	if !strings.Contains(doc, "Dihitung dari predikat tahunan") {
		t.Error("the method is not shown")
	}
}

// TestSimulasiAkumulasi: with the AK held before the year (Karier inputs), the
// total screen adds this year's AK to it exactly (RULES.md §10 ex. 5).
func TestSimulasiAkumulasi(t *testing.T) {
	sc := domain.NewScenario("2024", domain.Guru, domain.AhliPertama)
	sc.Periods = sc.Periods[:1]
	sc.Periods[0].Months, sc.Periods[0].Predikat = 2, domain.Baik
	doc := render(t, &simulasi{store: storeWith(t, sc)})
	if _, ok := byTestID(doc, "ak-kumulatif"); ok {
		t.Fatal("accumulation shown without career inputs")
	}
	sc.Karier = &domain.Karier{AKAwal: "18,75", Proyeksi: []domain.Predikat{domain.Baik}}
	doc = render(t, &simulasi{store: storeWith(t, sc)})
	wantText(t, doc, "ak-total", "2,08")
	wantText(t, doc, "ak-kumulatif", "20,83")
	wantText(t, render(t, &karier{draftScreen: draftScreen{store: storeWith(t, sc)}}), "ak-kumulatif", "20,83")
}
