package app

// Component tests of the planning screens in go-app's test engine: each
// screen is mounted over a store loaded from a prepared draft, rendered to
// HTML, and read back through its data-testid hooks.

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/store"
	"simkinerja/domain"
)

// storeWith loads a store whose only draft is sc, through the stored format.
func storeWith(t *testing.T, sc domain.Scenario) *Store {
	t.Helper()
	if err := domain.Validate(sc); err != nil {
		t.Fatalf("fixture does not validate: %v", err)
	}
	b, err := domain.Encode(sc)
	if err != nil {
		t.Fatal(err)
	}
	ls := store.Memory{store.StorageKey: `{"version":1,"current":"t1","drafts":[{"id":"t1","name":"Uji","scenario":` + string(b) + `}]}`}
	s := store.Load(ls, time.Now)
	if len(s.Problems) > 0 {
		t.Fatalf("store problems: %+v", s.Problems)
	}
	return &Store{s}
}

// render mounts c in the test engine and returns its HTML.
func render(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

// byTestID returns the text directly inside the element with the testid
// (up to its first child tag), unescaped; ok is false when it is absent.
func byTestID(doc, id string) (string, bool) {
	re := regexp.MustCompile(`<[^>]*data-testid="` + regexp.QuoteMeta(id) + `"[^>]*>([^<]*)`)
	m := re.FindStringSubmatch(doc)
	if m == nil {
		return "", false
	}
	return strings.TrimSpace(html.UnescapeString(m[1])), true
}

// attrOf returns an attribute of the element with the testid.
func attrOf(doc, id, attr string) string {
	re := regexp.MustCompile(`<[^>]*data-testid="` + regexp.QuoteMeta(id) + `"[^>]*>`)
	tag := re.FindString(doc)
	am := regexp.MustCompile(`\s` + regexp.QuoteMeta(attr) + `="([^"]*)"`).FindStringSubmatch(tag)
	if am == nil {
		return ""
	}
	return am[1]
}

func wantText(t *testing.T, doc, id, want string) {
	t.Helper()
	got, ok := byTestID(doc, id)
	if !ok {
		t.Errorf("%s: not rendered", id)
		return
	}
	if got != want {
		t.Errorf("%s = %q, want %q", id, got, want)
	}
}

func guru2024(j domain.Jenjang) domain.Scenario { return domain.NewScenario("2024", domain.Guru, j) }

func TestScreensAreRouted(t *testing.T) {
	paths := strings.Join(Paths(), " ")
	for _, p := range []string{"/siklus", "/kompetensi", "/linimasa", "/karier", "/bandingkan", "/sekolah", "/ringkasan"} {
		if !strings.Contains(paths+" ", p+" ") {
			t.Errorf("%s is not routed (routes: %s)", p, paths)
		}
	}
}

func TestSiklusStatusAndMissing(t *testing.T) {
	sc := guru2024(domain.AhliMuda)
	setIsian(&sc.Periods[0], "A", "fokus_perilaku", "Kolaboratif")
	setIsian(&sc.Periods[0], "C", "refleksi", "a")
	setIsian(&sc.Periods[0], "C", "upaya_tindak_lanjut", "b")
	setIsian(&sc.Periods[0], "C", "kebutuhan_dukungan", "c")
	setSelesai(&sc.Periods[0], "C", true)
	doc := render(t, &siklus{draftScreen: draftScreen{store: storeWith(t, sc)}})

	for stage, want := range map[string]string{"A": "sedang", "B": "belum", "C": "selesai", "F": "belum"} {
		if got := attrOf(doc, "tahap-"+stage+"-status", "data-status"); got != want {
			t.Errorf("stage %s status %q, want %q", stage, got, want)
		}
	}
	wantText(t, doc, "tahap-A-kurang", "Belum diisi: Upaya mempelajari; Jadwal observasi.")
	wantText(t, doc, "siklus-ringkas", "1 dari 7 tahap selesai")
	if !strings.Contains(doc, "bukan penilaian") {
		t.Error("stage B does not say it is not an assessment")
	}
	// Stage months come from the rule set: A in February for semester 1.
	if !strings.Contains(doc, "Bulan: Februari") {
		t.Error("stage A month not shown")
	}
	for _, a := range domain.AspekPerilaku {
		if !strings.Contains(doc, `id="fokus-`+a.Code+`"`) || !strings.Contains(doc, `id="aspek-perilaku-`+a.Code+`"`) {
			t.Errorf("BerAKHLAK %s: focus input or F aspect missing", a.Code)
		}
	}
	for _, a := range domain.AspekPraktik {
		if !strings.Contains(doc, `id="aspek-praktik-`+a.Code+`"`) {
			t.Errorf("praktik aspect %s missing", a.Code)
		}
	}
	// Every textarea and input has a label.
	for _, id := range regexp.MustCompile(`<(?:textarea|input|select)[^>]*\sid="([^"]+)"`).FindAllStringSubmatch(doc, -1) {
		if !strings.Contains(doc, `for="`+id[1]+`"`) {
			t.Errorf("#%s has no label", id[1])
		}
	}
}

func TestSiklusDokumen2025Confirmed(t *testing.T) {
	sc := domain.NewScenario("2025", domain.Guru, domain.AhliMuda)
	sc.Periods[0].Dokumen = map[string]bool{}
	doc := render(t, &siklus{draftScreen: draftScreen{store: storeWith(t, sc)}})
	if !strings.Contains(doc, "dikonfirmasi kepala sekolah") {
		t.Error("2025 documents are not labelled as confirmed by the principal")
	}
	if s, _ := byTestID(doc, "dokumen-status"); !strings.Contains(s, "5M") || !strings.Contains(s, "tertahan") {
		t.Errorf("dokumen-status = %q, want the missing 5M document and the gate", s)
	}
	if !strings.Contains(doc, `id="tugas-merencanakan"`) || strings.Contains(doc, `id="tugas-tugas_tambahan"`) {
		t.Error("5M checklist: want the duties without the additional task")
	}
}

func TestSiklusPenilaianAspek(t *testing.T) {
	sc := guru2024(domain.AhliMuda)
	for _, a := range domain.AspekPraktik {
		setAspek(&sc.Periods[0].Praktik, a.Code, domain.DiAtas)
	}
	doc := render(t, &siklus{draftScreen: draftScreen{store: storeWith(t, sc)}})
	if s, _ := byTestID(doc, "rating-hasil-kerja"); !strings.Contains(s, "Di Atas Ekspektasi") || !strings.Contains(s, "saran") {
		t.Errorf("rating-hasil-kerja = %q, want the median suggestion", s)
	}
	if s, _ := byTestID(doc, "tahap-G-predikat"); !strings.Contains(s, "belum dapat ditetapkan") {
		t.Errorf("predikat without perilaku: %q", s)
	}
	for _, a := range domain.AspekPraktik {
		setAspek(&sc.Periods[0].Praktik, a.Code, "")
	}
	if sc.Periods[0].Praktik != nil {
		t.Errorf("cleared aspects leave %+v", sc.Periods[0].Praktik)
	}
}

func TestSetIsianDropsEmpty(t *testing.T) {
	var p domain.Period
	setIsian(&p, "A", "jadwal_observasi", "Maret")
	if p.Siklus["A"].Isian["jadwal_observasi"] != "Maret" {
		t.Fatalf("isian not set: %+v", p.Siklus)
	}
	setIsian(&p, "A", "jadwal_observasi", "")
	if p.Siklus != nil {
		t.Errorf("emptied stage kept: %+v", p.Siklus)
	}
	setSelesai(&p, "B", true)
	setSelesai(&p, "B", false)
	if p.Siklus != nil {
		t.Errorf("unmarked stage kept: %+v", p.Siklus)
	}
}

func TestKompetensiTotal(t *testing.T) {
	sc := guru2024(domain.AhliMuda)
	addKegiatan(&sc.Periods[0], "pelatihan_mandiri")
	addKegiatan(&sc.Periods[0], "pelatihan_mandiri")
	if len(sc.Periods[0].Kompetensi) != 1 || sc.Periods[0].Kompetensi[0].Planned != 2 {
		t.Fatalf("adding the same activity twice: %+v", sc.Periods[0].Kompetensi)
	}
	sc.Periods[0].Kompetensi[0].Done = 2
	doc := render(t, &kompetensi{draftScreen: draftScreen{store: storeWith(t, sc)}})
	wantText(t, doc, "kompetensi-total", "16")
	wantText(t, doc, "kompetensi-kurang", "16")
	wantText(t, doc, "kompetensi-status", "Kurang 16 poin dari minimum 32 poin")
	if s, _ := byTestID(doc, "kompetensi-rencana-kurang"); !strings.Contains(s, "Rencana baru 16 poin") {
		t.Errorf("plan below the minimum: %q", s)
	}

	addKegiatan(&sc.Periods[0], "observasi_rekan_sejawat")
	sc.Periods[0].Kompetensi[1].Planned, sc.Periods[0].Kompetensi[1].Done = 2, 2
	doc = render(t, &kompetensi{draftScreen: draftScreen{store: storeWith(t, sc)}})
	wantText(t, doc, "kompetensi-total", "32")
	wantText(t, doc, "kompetensi-status", "Sudah memenuhi ekspektasi")
	wantText(t, doc, "keg-1-poin", "16")
	if _, ok := byTestID(doc, "kompetensi-kurang"); ok {
		t.Error("nothing is missing at 32 points")
	}
	if _, ok := byTestID(doc, "kompetensi-rencana-kurang"); ok {
		t.Error("a 32-point plan is reported below the minimum")
	}
	if s, _ := byTestID(doc, "kompetensi-rentang"); !strings.Contains(s, "32–128") {
		t.Errorf("recommended range: %q", s)
	}
	// Every catalog row is listed with its sources.
	for _, k := range domain.Katalog() {
		if _, ok := byTestID(doc, "katalog-"+k.Code); !ok {
			t.Errorf("catalog row %s missing", k.Code)
		}
	}
	removeKegiatan(&sc.Periods[0], 0)
	removeKegiatan(&sc.Periods[0], 0)
	if sc.Periods[0].Kompetensi != nil {
		t.Errorf("plan not emptied: %+v", sc.Periods[0].Kompetensi)
	}
}

func TestKompetensi2025Refleksi(t *testing.T) {
	sc := domain.NewScenario("2025", domain.Guru, domain.AhliMuda)
	sc.Periods[0].Kompetensi = []domain.Kegiatan{{Activity: "pelatihan_mandiri", Planned: 1, Done: 1}}
	doc := render(t, &kompetensi{draftScreen: draftScreen{store: storeWith(t, sc)}})
	if _, ok := byTestID(doc, "kompetensi-total"); ok {
		t.Error("2025 rules show points")
	}
	if !strings.Contains(doc, `id="keg-0-refleksi"`) {
		t.Error("no reflection field under the 2025 rules")
	}
	wantText(t, doc, "kompetensi-status", "1 kegiatan selesai belum memiliki refleksi")
}

func TestApplyTMT(t *testing.T) {
	cases := []struct {
		tmt    string
		months map[string]int
	}{
		{"2024-10", map[string]int{"semester_2": 3}},
		{"2024-05", map[string]int{"semester_1": 2, "semester_2": 6}},
		{"2023-11", map[string]int{"semester_1": 6, "semester_2": 6}},
		{"", map[string]int{"semester_1": 6, "semester_2": 6}},
	}
	for _, c := range cases {
		sc := guru2024(domain.AhliPertama)
		sc.Periods[1].Fokus = map[string]string{"adaptif": "tetap"}
		ApplyTMT(&sc, c.tmt)
		if err := domain.Validate(sc); err != nil {
			t.Errorf("TMT %q: %v", c.tmt, err)
		}
		got := map[string]int{}
		for _, p := range sc.Periods {
			got[p.Name] = p.Months
			if p.Name == "semester_2" && p.Fokus["adaptif"] != "tetap" {
				t.Errorf("TMT %q: entered data of a kept period lost", c.tmt)
			}
		}
		if len(got) != len(c.months) {
			t.Errorf("TMT %q: periods %v, want %v", c.tmt, got, c.months)
		}
		for k, v := range c.months {
			if got[k] != v {
				t.Errorf("TMT %q: %s months %d, want %d", c.tmt, k, got[k], v)
			}
		}
	}
	// Removing the TMT restores a dropped period.
	sc := guru2024(domain.AhliPertama)
	ApplyTMT(&sc, "2024-10")
	ApplyTMT(&sc, "")
	if len(sc.Periods) != 2 || domain.Validate(sc) != nil {
		t.Errorf("after removing the TMT: %+v", sc.Periods)
	}
}

func TestLinimasaOktoberAssumption(t *testing.T) {
	st := storeWith(t, guru2024(domain.AhliPertama))
	c := &linimasa{draftScreen: draftScreen{store: st}, year: "2024", month: 10, picked: true}
	doc := render(t, c)
	wantText(t, doc, "tl-semester_2-asumsi", "Asumsi")
	wantText(t, doc, "tl-semester_2-bulan", "3")
	if got := attrOf(doc, "tl-semester_1", "data-status"); got != domain.TLTidakBerlaku {
		t.Errorf("semester 1 status %q", got)
	}
	for m := 1; m <= 12; m++ {
		if !strings.Contains(doc, `data-testid="bulan-`+strconv.Itoa(m)+`"`) {
			t.Errorf("calendar month %d missing", m)
		}
	}
	c2 := &linimasa{draftScreen: draftScreen{store: st}, year: "2024", month: 5, picked: true}
	doc = render(t, c2)
	if regexp.MustCompile(`data-testid="tl-[a-z_0-9]+-asumsi"`).MatchString(doc) {
		t.Error("TMT Mei is marked as an assumption")
	}
	if got := attrOf(doc, "tl-semester_1", "data-status"); got != domain.TLOtomatis {
		t.Errorf("TMT Mei: semester 1 status %q, want otomatis", got)
	}
	// 2025: stage months placed by default are marked in the calendar.
	c3 := &linimasa{draftScreen: draftScreen{store: st}, year: "2025", picked: true}
	doc = render(t, c3)
	if attrOf(doc, "bulan-5", "data-asumsi") != "1" || attrOf(doc, "bulan-1", "data-asumsi") == "1" {
		t.Error("2025 calendar: want May (stage D by default) marked and January (SKP, A) not")
	}
}

func TestKarierIIIaBaikEmpatTahun(t *testing.T) {
	sc := guru2024(domain.AhliPertama)
	sc.Golongan = "III/a"
	sc.Karier = &domain.Karier{Proyeksi: []domain.Predikat{domain.Baik, domain.Baik, domain.Baik, domain.Baik}}
	doc := render(t, &karier{draftScreen: draftScreen{store: storeWith(t, sc)}})
	wantText(t, doc, "langkah-0-verdict", domain.VerdictDapat)
	if s, _ := byTestID(doc, "karier-kapan"); !strings.Contains(s, "III/a → III/b") || !strings.Contains(s, "tahun 2027") {
		t.Errorf("karier-kapan = %q", s)
	}
	if attrOf(doc, "langkah-0-syarat-predikat_2_tahun", "data-terpenuhi") != "1" {
		t.Error("condition Baik in the last 2 years not met")
	}
	if n := strings.Count(doc, `data-testid="chart-bar-`); n != 4 {
		t.Errorf("chart bars %d, want 4", n)
	}
	if attrOf(doc, "chart-ambang-0", "data-value") != "50" {
		t.Errorf("threshold of III/b: %q", attrOf(doc, "chart-ambang-0", "data-value"))
	}
	if !strings.Contains(doc, `data-testid="chart-naik-3"`) {
		t.Error("no promotion mark in the 4th year")
	}
	// The step after III/b is a jenjang step (Ahli Muda) not reached in 4 years.
	wantText(t, doc, "langkah-1-verdict", domain.VerdictBelum)
}

func TestKarierIntegrasi(t *testing.T) {
	sc := guru2024(domain.AhliMadya)
	sc.Golongan = "IV/b"
	sc.Karier = &domain.Karier{AKKonvensional: "550,63", TahunDalamPangkat: 1, Proyeksi: []domain.Predikat{domain.Baik}}
	doc := render(t, &karier{draftScreen: draftScreen{store: storeWith(t, sc)}})
	wantText(t, doc, "karier-integrasi", "150,63")
	// The pressed button carries the class "on" (aria-pressed is set too).
	if !strings.Contains(attrOf(doc, "karier-sumber-konvensional", "class"), "on") {
		t.Error("the conventional AK source is not shown as chosen")
	}
}

func TestEnsureKarierValid(t *testing.T) {
	sc := guru2024(domain.AhliPertama)
	ensureKarier(&sc)
	if err := domain.Validate(sc); err != nil {
		t.Errorf("new projection does not validate: %v", err)
	}
}

func TestCareerChartSVG(t *testing.T) {
	bars := []chartBar{{"2024", domain.AKInt(25), ""}, {"2025", domain.NewAK(125, 2), "Naik"}}
	ths := []chartThreshold{{Label: "III/b", Value: domain.AKInt(50), From: 0, To: 1}}
	svg := careerChartSVG("judul <x>", "desk & lain", bars, ths)
	if !strings.HasPrefix(svg, "<svg") || !strings.HasSuffix(svg, "</svg>") {
		t.Fatalf("not one svg element: %.60s…", svg)
	}
	if !strings.Contains(svg, "judul &lt;x&gt;") || !strings.Contains(svg, "desk &amp; lain") {
		t.Error("title/desc not escaped")
	}
	if attrOf(svg, "chart-bar-1", "data-value") != "62,5" {
		t.Errorf("bar value: %q", attrOf(svg, "chart-bar-1", "data-value"))
	}
	// The threshold line lies above both bars: smaller y in SVG coordinates.
	ty := attrOf(svg, "chart-ambang-0", "y1")
	by := attrOf(svg, "chart-bar-0", "y")
	if ty == "" || by == "" || !(atof(ty) < atof(by)) {
		t.Errorf("threshold y %s not above bar y %s", ty, by)
	}
	for _, c := range []struct{ in, want float64 }{{0, 10}, {7, 10}, {48, 50}, {52.5, 100}, {120, 200}, {210, 250}} {
		if got := niceCeil(c.in); got != c.want {
			t.Errorf("niceCeil(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func atof(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

func TestSekolahWarnings(t *testing.T) {
	sc := guru2024(domain.AhliMuda)
	setJumlah(&sc, domain.OrgBaik, domain.Baik, 8)
	setJumlah(&sc, domain.OrgBaik, domain.SangatBaik, 2)
	doc := render(t, newSekolahWith(t, sc))
	wantText(t, doc, "sekolah-total", "10")
	wantText(t, doc, "distribusi-jumlah-peringatan", "2")
	if attrOf(doc, "klausul-maks_baik", "data-terpenuhi") != "0" {
		t.Error("max 70% Baik should fail at 80%")
	}
	setJumlah(&sc, domain.OrgBaik, domain.Baik, 7)
	setJumlah(&sc, domain.OrgBaik, domain.ButuhPerbaikan, 1)
	doc = render(t, newSekolahWith(t, sc))
	if _, ok := byTestID(doc, "distribusi-sesuai"); !ok {
		t.Error("7 Baik + 2 Sangat Baik + 1 Butuh Perbaikan should conform")
	}
	for _, p := range []domain.Predikat{domain.Baik, domain.SangatBaik, domain.ButuhPerbaikan} {
		setJumlah(&sc, domain.OrgBaik, p, 0)
	}
	if sc.Sekolah != nil {
		t.Errorf("school without teachers kept: %+v", sc.Sekolah)
	}
}

func newSekolahWith(t *testing.T, sc domain.Scenario) *sekolah {
	c := newSekolah()
	c.store = storeWith(t, sc)
	return c
}

func TestBandingkanDupakSeed001(t *testing.T) {
	p, ok := store.PresetScenario("seed001_pak_hendrawan")
	if !ok {
		t.Fatal("preset missing")
	}
	sc := store.CloneScenario(p.Scenario)
	sc.Dupak = append([]domain.ButirDupak(nil), seedDupak...)
	c := newBandingkan()
	c.store = storeWith(t, sc)
	c.cols = []string{"draf:t1", "predikat:baik", "aturan:2025"}
	doc := render(t, c)
	wantText(t, doc, "dupak-total", "35,5")
	wantText(t, doc, "konversi-total", "37,5")
	wantText(t, doc, "dupak-selisih", "+2")
	wantText(t, doc, "banding-0-ak", "37,5")
	wantText(t, doc, "banding-1-ak", "25")
	if s, _ := byTestID(doc, "banding-2-aturan"); !strings.Contains(s, "aturan 2025") {
		t.Errorf("third column: %q", s)
	}
	// The same ratings under the 2025 rules: one annual period, Sangat Baik,
	// and a reflection instead of points.
	if s, _ := byTestID(doc, "banding-2-judul"); !strings.Contains(s, "penilaian yang sama") {
		t.Errorf("third column title: %q", s)
	}
	wantText(t, doc, "banding-2-ak", "37,5")
	if s, _ := byTestID(doc, "banding-2-kompetensi"); !strings.Contains(s, "refleksi") {
		t.Errorf("2025 competency cell: %q", s)
	}
	// Semesters rated differently are not merged into one year.
	diff := store.CloneScenario(sc)
	diff.Periods[1].Perilaku = &domain.Nilai{Rating: domain.Sesuai}
	col := domain.NewScenario("2025", domain.Guru, domain.AhliMuda)
	if carryPenilaian(diff, &col) || col.Periods[0].Praktik != nil {
		t.Error("differing semesters were carried into 2025")
	}
	if attrOf(doc, "banding-row-ak", "data-beda") != "1" {
		t.Error("AK row differs but is not marked")
	}
	if c.resolve("draf:nope").OK || c.resolve("contoh:nope").OK || c.resolve("predikat:x").OK {
		t.Error("unknown column sources resolve")
	}
}

func TestRingkasan(t *testing.T) {
	p, _ := store.PresetScenario("seed001_guru_ahli_madya")
	sc := store.CloneScenario(p.Scenario)
	sc.Golongan = "IV/a"
	sc.Karier = &domain.Karier{Proyeksi: []domain.Predikat{domain.Baik}, Ulangi: true, TahunProyeksi: 40}
	doc := render(t, &ringkasan{draftScreen: draftScreen{store: storeWith(t, sc)}})
	wantText(t, doc, "ringkasan-ak", "37,5")
	if _, ok := byTestID(doc, "cetak"); !ok {
		t.Error("no Cetak button")
	}
	if s, _ := byTestID(doc, "ringkasan-kompetensi-semester_1"); !strings.Contains(s, "36/32") {
		t.Errorf("kompetensi summary: %q", s)
	}
	// The printed chart is bounded so the page stays one page.
	if n := strings.Count(doc, `data-testid="chart-bar-`); n != ringkasanMaksTahun {
		t.Errorf("printed chart has %d bars, want %d", n, ringkasanMaksTahun)
	}
}

// TestScreensLabelled renders every planning screen with a filled draft and
// checks that each form control has a label and that ids are unique.
func TestScreensLabelled(t *testing.T) {
	p, _ := store.PresetScenario("seed001_pak_hendrawan")
	sc := store.CloneScenario(p.Scenario)
	sc.Golongan = "III/c"
	sc.Karier = &domain.Karier{Proyeksi: []domain.Predikat{domain.Baik, domain.SangatBaik}, Ulangi: true}
	sc.Dupak = append([]domain.ButirDupak(nil), seedDupak...)
	setJumlah(&sc, domain.OrgBaik, domain.Baik, 3)
	sc25 := domain.NewScenario("2025", domain.Guru, domain.AhliMuda)
	sc25.Periods[0].Kompetensi = []domain.Kegiatan{{Activity: "pelatihan_mandiri", Planned: 1}}
	for _, tc := range []struct {
		name string
		sc   domain.Scenario
		c    func(*Store) app.Composer
	}{
		{"siklus", sc, func(s *Store) app.Composer { return &siklus{draftScreen: draftScreen{store: s}} }},
		{"siklus 2025", sc25, func(s *Store) app.Composer { return &siklus{draftScreen: draftScreen{store: s}} }},
		{"kompetensi", sc, func(s *Store) app.Composer { return &kompetensi{draftScreen: draftScreen{store: s}} }},
		{"kompetensi 2025", sc25, func(s *Store) app.Composer { return &kompetensi{draftScreen: draftScreen{store: s}} }},
		{"linimasa", sc, func(s *Store) app.Composer { return &linimasa{draftScreen: draftScreen{store: s}} }},
		{"karier", sc, func(s *Store) app.Composer { c := newKarier(); c.store = s; return c }},
		{"bandingkan", sc, func(s *Store) app.Composer { c := newBandingkan(); c.store = s; return c }},
		{"sekolah", sc, func(s *Store) app.Composer { c := newSekolah(); c.store = s; return c }},
		{"ringkasan", sc, func(s *Store) app.Composer { return &ringkasan{draftScreen: draftScreen{store: s}} }},
	} {
		doc := render(t, tc.c(storeWith(t, tc.sc)))
		seen := map[string]bool{}
		for _, m := range regexp.MustCompile(`\sid="([^"]+)"`).FindAllStringSubmatch(doc, -1) {
			if seen[m[1]] {
				t.Errorf("%s: duplicate id %q", tc.name, m[1])
			}
			seen[m[1]] = true
		}
		controls := regexp.MustCompile(`<(?:textarea|input|select|progress)[^>]*>`).FindAllString(doc, -1)
		if len(controls) == 0 && tc.name != "ringkasan" {
			t.Errorf("%s: no form controls rendered", tc.name)
		}
		for _, tag := range controls {
			id := regexp.MustCompile(`\sid="([^"]+)"`).FindStringSubmatch(tag)
			if id == nil || !strings.Contains(doc, `for="`+id[1]+`"`) {
				t.Errorf("%s: control without a label: %s", tc.name, tag)
			}
		}
		for _, g := range regexp.MustCompile(`<div[^>]*role="group"[^>]*>`).FindAllString(doc, -1) {
			if !strings.Contains(g, "aria-label=") {
				t.Errorf("%s: button group without a name: %s", tc.name, g)
			}
		}
	}
}
