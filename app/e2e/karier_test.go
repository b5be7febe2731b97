//go:build !wasm

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"simkinerja/app/store"
)

// TestKarierRencana answers "Kapan saya naik?" on screen (issue 11) for a
// guru ahli pertama III/a with 2024–2026 recorded, on 30 November 2026: the
// jenjang step lists its UKKJ block and rank step, its to-dos are to-dos
// (never ticked by assumption) and ticking them changes the step; a goal
// gives the predikat path, the Sangat Baik years and the dates, drawn on a
// chart; an impossible goal says the best reachable; the MKG gives the gaji
// pokok before → after; the ticks and the goal survive a reload and show in
// the Ringkasan.
func TestKarierRencana(t *testing.T) {
	if testing.Short() {
		t.Skip("e2e: skipped with -short")
	}
	e, done := datedEnv(t, "karier", time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC))
	defer done()
	runSteps(t, e, []e2eStep{
		{"todos_are_todos", (*env).karierTugas},
		{"ticking_changes_the_step", (*env).karierCentang},
		{"goal_gives_path_and_dates", (*env).karierTujuan},
		{"impossible_goal_best_reachable", (*env).karierMustahil},
		{"mkg_gives_gaji_pokok", (*env).karierMKG},
		{"survives_reload_and_prints", (*env).karierRingkasan},
	})
}

// checked reads a checkbox by id.
func (e *env) checked(id string) (bool, error) {
	var on bool
	err := e.eval(fmt.Sprintf(`(document.getElementById(%q)||{}).checked === true`, id), &on)
	return on, err
}

func (e *env) karierTugas() error {
	if err := e.open("/"); err != nil {
		return err
	}
	if err := e.storeDraft("Karier", []byte(threeYearRecord), "", 2026); err != nil {
		return err
	}
	if err := e.open("/karier"); err != nil {
		return err
	}
	// Step 1 is the jenjang step III/b → III/c: the record meets it at the end
	// of 2029, the to-dos are the user's.
	if err := e.waitAttr("langkah-1", "data-status", "tugas"); err != nil {
		return err
	}
	if err := e.waitText("langkah-1-verdict", "dapat dipertimbangkan setelah tugas Anda selesai"); err != nil {
		return err
	}
	for _, kode := range []string{"uji_kompetensi", "formasi", "pakta_integritas"} {
		if err := e.waitAttr("langkah-1-syarat-"+kode, "data-terpenuhi", "perlu"); err != nil {
			return err
		}
		if on, err := e.checked("langkah-1-tugas-" + kode); err != nil || on {
			return fmt.Errorf("to-do %s ticked without the user (%v)", kode, err)
		}
	}
	if err := e.waitAttr("langkah-1-blok-ukkj", "data-menahan", "false"); err != nil {
		return err
	}
	if err := e.waitContains("langkah-1-tmt", "Juli 2030"); err != nil {
		return err
	}
	if err := e.waitContains("langkah-1-ukkj", "UKKJ paling awal"); err != nil {
		return err
	}
	// The last step is held back, and says by which block.
	if err := e.waitContains("langkah-3-penahan", "Tertahan oleh syarat"); err != nil {
		return err
	}
	e.shots("karier-tugas")
	return e.targets360()
}

func (e *env) karierCentang() error {
	for _, kode := range []string{"uji_kompetensi", "formasi", "pakta_integritas"} {
		if err := e.run(chromedp.Click("#langkah-1-tugas-"+kode, chromedp.ByID)); err != nil {
			return err
		}
		if err := e.waitAttr("langkah-1-syarat-"+kode, "data-terpenuhi", "1"); err != nil {
			return err
		}
	}
	if err := e.waitAttr("langkah-1", "data-status", "terpenuhi"); err != nil {
		return err
	}
	if err := e.waitText("langkah-1-verdict", "dapat dipertimbangkan"); err != nil {
		return err
	}
	// The list "Tugas Anda" shows the same ticks; unticking there brings the
	// to-do back on the step.
	if on, err := e.checked("tugas-formasi"); err != nil || !on {
		return fmt.Errorf("tugas-formasi not ticked in the list (%v)", err)
	}
	if err := e.run(chromedp.Click("#tugas-formasi", chromedp.ByID)); err != nil {
		return err
	}
	if err := e.waitAttr("langkah-1-syarat-formasi", "data-terpenuhi", "perlu"); err != nil {
		return err
	}
	if err := e.waitAttr("langkah-1", "data-status", "tugas"); err != nil {
		return err
	}
	return e.run(chromedp.Click("#tugas-formasi", chromedp.ByID))
}

func (e *env) karierTujuan() error {
	if err := e.choose("tujuan-golongan", "III/d"); err != nil {
		return err
	}
	if err := e.set("tujuan-tahun", "2032"); err != nil {
		return err
	}
	if err := e.click("rencanakan"); err != nil {
		return err
	}
	if err := e.waitAttr("rencana", "data-status", "dapat_dicapai"); err != nil {
		return err
	}
	if err := e.waitContains("rencana-sangat-baik", "2027"); err != nil {
		return err
	}
	if err := e.waitAttr("rencana-jalur-2027", "data-predikat", "Sangat Baik"); err != nil {
		return err
	}
	if err := e.waitAttr("rencana-jalur-2031", "data-predikat", "Baik"); err != nil {
		return err
	}
	for i, want := range []string{"1 Januari 2027", "Juli 2029"} {
		if err := e.waitContains(fmt.Sprintf("rencana-tmt-%d", i), want); err != nil {
			return err
		}
	}
	if err := e.waitContains("rencana-ukkj-1", "UKKJ paling awal"); err != nil {
		return err
	}
	var chart struct {
		Bars int `json:"bars"`
		SB   int `json:"sb"`
	}
	if err := e.eval(`(s => s ? {bars: s.querySelectorAll('rect[data-testid^="chart-bar-"]').length,
		sb: s.querySelectorAll('[data-testid^="chart-catatan-"]').length} : {bars: 0, sb: 0})(document.querySelector('svg[data-testid="rencana-chart"]'))`, &chart); err != nil {
		return err
	}
	if chart.Bars < 5 || chart.SB != 4 {
		return fmt.Errorf("plan chart: %+v, want the years of the plan and 4 Sangat Baik marks", chart)
	}
	if doc, err := e.storage(store.StorageKey); err != nil || !strings.Contains(doc, `"tujuan"`) || !strings.Contains(doc, `"uji_kompetensi":true`) {
		return fmt.Errorf("goal or ticks not stored (%v): %.200s", err, doc)
	}
	e.shots("karier-rencana")
	return e.axeFilled("karier rencana")
}

func (e *env) karierMustahil() error {
	// A jenjang goal: Ahli Muda by 2030 needs no Sangat Baik.
	if err := e.choose("tujuan-jenis", "jenjang"); err != nil {
		return err
	}
	if err := e.set("tujuan-jenjang", "ahli_muda"); err != nil {
		return err
	}
	if err := e.set("tujuan-tahun", "2030"); err != nil {
		return err
	}
	if err := e.click("rencanakan"); err != nil {
		return err
	}
	if err := e.waitContains("rencana-pesan", "jenjang Ahli Muda pada 2030"); err != nil {
		return err
	}
	if err := e.waitContains("rencana-sangat-baik", "Tidak perlu Sangat Baik"); err != nil {
		return err
	}
	if err := e.choose("tujuan-jenis", "golongan"); err != nil {
		return err
	}
	if err := e.set("tujuan-golongan", "III/d"); err != nil {
		return err
	}
	if err := e.set("tujuan-tahun", "2030"); err != nil {
		return err
	}
	if err := e.click("rencanakan"); err != nil {
		return err
	}
	if err := e.waitAttr("rencana", "data-status", "tidak_dapat_dicapai"); err != nil {
		return err
	}
	if err := e.waitContains("rencana-terbaik", "III/c"); err != nil {
		return err
	}
	if err := e.waitContains("rencana-paling-cepat", "2032"); err != nil {
		return err
	}
	// The chart shows the best reachable: Sangat Baik in every planned year.
	var sb int
	if err := e.eval(`document.querySelectorAll('svg[data-testid="rencana-chart"] [data-testid^="chart-catatan-"]').length`, &sb); err != nil {
		return err
	}
	if sb == 0 {
		return fmt.Errorf("impossible goal: no Sangat Baik year on the plan's chart")
	}
	// A year the planner cannot answer for is refused by field, nothing lost.
	if err := e.set("tujuan-tahun", "2020"); err != nil {
		return err
	}
	if err := e.click("rencanakan"); err != nil {
		return err
	}
	if err := e.waitJS(`String(((document.getElementById("tujuan-tahun-error")||{}).textContent||"").includes("2027 sampai"))`, "true"); err != nil {
		return err
	}
	return e.waitAttr("rencana", "data-status", "tidak_dapat_dicapai")
}

func (e *env) karierMKG() error {
	if err := e.set("mkg-tahun", "6"); err != nil {
		return err
	}
	if err := e.waitTextThat("dampak-peristiwa-0", "a gaji pokok Rp… → Rp…", func(s string) bool {
		return strings.Contains(s, "Rp") && strings.Contains(s, "→") && strings.Contains(s, "perkiraan")
	}); err != nil {
		return err
	}
	if err := e.waitContains("dampak-ks", "kepala sekolah"); err != nil {
		return err
	}
	e.shots("karier-dampak")
	return e.targets360()
}

func (e *env) karierRingkasan() error {
	if err := e.open("/karier"); err != nil {
		return err
	}
	if err := e.waitAttr("rencana", "data-status", "tidak_dapat_dicapai"); err != nil {
		return err
	}
	if on, err := e.checked("langkah-1-tugas-uji_kompetensi"); err != nil || !on {
		return fmt.Errorf("tick lost on reload (%v)", err)
	}
	if err := e.open("/ringkasan"); err != nil {
		return err
	}
	if err := e.waitContains("ringkasan-rencana", "III/d"); err != nil {
		return err
	}
	if err := e.waitContains("ringkasan-karier", "TMT paling cepat"); err != nil {
		return err
	}
	e.shots("ringkasan-karier")
	// With a to-do open, a goal and the MKG, the summary still prints on one page.
	if err := e.open("/karier"); err != nil {
		return err
	}
	if err := e.run(chromedp.Click("#tugas-formasi", chromedp.ByID)); err != nil {
		return err
	}
	if err := e.waitAttr("langkah-1-syarat-formasi", "data-terpenuhi", "perlu"); err != nil {
		return err
	}
	n, err := e.printPDF("/ringkasan")
	if err != nil {
		return err
	}
	if err := e.waitContains("ringkasan-tugas", "formasi"); err != nil {
		return err
	}
	if n != 1 {
		return fmt.Errorf("/ringkasan with the plan printed on %d pages, want 1", n)
	}
	return nil
}

// targets360 checks, at 360 px, that the page does not scroll sideways and
// every tap target is at least 44 px (layoutJS).
func (e *env) targets360() error {
	if err := e.run(emulation.SetDeviceMetricsOverride(360, 780, 1, true)); err != nil {
		return err
	}
	defer e.run(emulation.ClearDeviceMetricsOverride())
	var rep layoutReport
	if err := e.eval(layoutJS, &rep); err != nil {
		return err
	}
	if rep.NSmall > 0 || rep.Scroll > rep.Client {
		return fmt.Errorf("at 360 px: %d small targets %v; scroll %d > %d, wide %v", rep.NSmall, rep.Small, rep.Scroll, rep.Client, rep.Wide)
	}
	return nil
}
