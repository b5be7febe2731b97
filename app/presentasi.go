package app

// presentasi (/presentasi) is a presentation mode for trainers: large type,
// one idea per slide, driven by the keyboard (→/PageDown/Space next, ←/PageUp
// previous, Home first, End last) or the buttons. The AK slide computes a
// live example from the current draft.
//
// data-testid hooks (stable, used by app/e2e):
//
//	slide           the current slide (data-slide = its key, data-index = 1-based)
//	slide-counter   "n / N"
//	slide-prev      button: previous slide; slide-next: next slide
//	slide-fullscreen button: full screen
//	konversi-draft  the live AK example from the current draft
//
// The address keeps the slide (/presentasi?slide=3) for reloads and bookmarks.

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/domain"
)

// slide is one idea on one screen.
type slide struct {
	Key   string
	Title string
	Body  func(c *presentasi) app.UI
}

// slides is the deck, in order. Only the server and pelatih.wasm hold it
// (see deck): app.wasm leaves the presentation out.
var slides = deck()

// deck builds the slides where the presentation is linked. Behind the
// constant, the compiler drops the deck, and with it every slide's code,
// from app.wasm, whose package initialiser would otherwise keep them.
func deck() []slide {
	if !linksPelatih {
		return nil
	}
	return []slide{
		{"judul", "Predikat kinerja & angka kredit guru", (*presentasi).slideJudul},
		{"matriks", "Matriks predikat", (*presentasi).slideMatriks},
		{"konversi", "Konversi angka kredit", (*presentasi).slideKonversi},
		{"siklus", "Siklus peningkatan kinerja A–G", (*presentasi).slideSiklus},
		{"poin", "32 poin pengembangan kompetensi", (*presentasi).slidePoin},
		{"aturan", "Aturan per tahun: 2024, 2025, 2026", (*presentasi).slideAturanTahun},
		{"pegawai-baru", "Pegawai baru: apa yang berlaku menurut bulan TMT", (*presentasi).slidePegawaiBaru},
		{"kenaikan", "Naik pangkat dan jenjang", (*presentasi).slideKenaikan},
		{"berubah-2025", "Yang berubah 2024 → 2025", slideBerubah("2024", "2025")},
		{"berubah-2026", "Yang berubah 2025 → 2026", slideBerubah("2025", "2026")},
	}
}

type presentasi struct {
	app.Compo
	store *Store
	rev   int

	index   int
	keyFunc app.Func
	// full: the deck is in full screen, where it must scroll by itself.
	full     bool
	fullFunc app.Func
}

func newPresentasi() *presentasi { return &presentasi{} }

func (c *presentasi) OnMount(ctx app.Context) {
	if c.store == nil {
		c.store = UseStore(ctx)
	}
	ctx.ObserveState(StateDraft, &c.rev)
	if !app.IsClient {
		return
	}
	c.keyFunc = app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		if t := e.Get("target"); !t.IsUndefined() && !t.IsNull() {
			switch t.Get("tagName").String() {
			case "INPUT", "TEXTAREA", "SELECT":
				return nil // typing is not navigating
			}
		}
		if e.Get("altKey").Truthy() || e.Get("ctrlKey").Truthy() || e.Get("metaKey").Truthy() {
			return nil
		}
		key := e.Get("key").String()
		if t := e.Get("target"); key == " " && !t.IsUndefined() && !t.IsNull() {
			if tag := t.Get("tagName").String(); tag == "BUTTON" || tag == "A" {
				return nil // Space activates the focused control
			}
		}
		if next, ok := SlideForKey(key, c.index, len(slides)); ok {
			e.Call("preventDefault")
			ctx.Dispatch(func(ctx app.Context) { c.show(next) })
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", c.keyFunc)
	c.fullFunc = app.FuncOf(func(this app.Value, args []app.Value) any {
		fe := app.Window().Get("document").Get("fullscreenElement")
		full := !fe.IsUndefined() && !fe.IsNull()
		ctx.Dispatch(func(ctx app.Context) { c.full = full })
		return nil
	})
	app.Window().Get("document").Call("addEventListener", "fullscreenchange", c.fullFunc)
}

// OnNav opens the slide named in ?slide=N (1-based), so a reload or a
// bookmark keeps the place.
func (c *presentasi) OnNav(ctx app.Context) {
	if n, err := strconv.Atoi(ctx.Page().URL().Query().Get("slide")); err == nil && n >= 1 && n <= len(slides) {
		c.index = n - 1
	}
}

// show moves to slide i and records it in the address without a navigation.
func (c *presentasi) show(i int) {
	i = min(max(i, 0), len(slides)-1)
	if i == c.index {
		return
	}
	c.index = i
	if app.IsClient {
		app.Window().Get("history").Call("replaceState", nil, "", "/presentasi?slide="+strconv.Itoa(i+1))
	}
}

func (c *presentasi) OnDismount() {
	if c.keyFunc != nil {
		app.Window().Call("removeEventListener", "keydown", c.keyFunc)
		c.keyFunc.Release()
		c.keyFunc = nil
	}
	if c.fullFunc != nil {
		app.Window().Get("document").Call("removeEventListener", "fullscreenchange", c.fullFunc)
		c.fullFunc.Release()
		c.fullFunc = nil
	}
}

// SlideForKey returns the slide a key leads to from cur in a deck of n, and
// whether the key is a navigation key at all.
func SlideForKey(key string, cur, n int) (int, bool) {
	switch key {
	case "ArrowRight", "PageDown", " ", "Spacebar":
		return min(cur+1, n-1), true
	case "ArrowLeft", "PageUp":
		return max(cur-1, 0), true
	case "Home":
		return 0, true
	case "End":
		return n - 1, true
	}
	return cur, false
}

func (c *presentasi) Render() app.UI {
	s := slides[c.index]
	// Sized so every slide fits 1366×768 without full screen (e2e
	// TestLayout checks it); a projector in full screen gets the same.
	big := "clamp(1rem, 1.6vw, 2rem)"
	// The deck is its own box: "Layar penuh" puts only it on the screen, and
	// the controls stick to the bottom so they stay in view on a projector.
	// Only in full screen does the deck scroll by itself; otherwise the page
	// scrolls, or the sticky controls would stick to the deck instead.
	overflow := "visible"
	if c.full {
		overflow = "auto"
	}
	return panggung(c.store,
		app.Elem("div").ID("dek").Class("presentasi").Style("font-size", big).Style("line-height", "1.35").
			Style("background", "#fff").Style("color", "#1a202c").Style("padding", "0.5em").Style("overflow", overflow).Body(
			app.Elem("section").
				Attr("data-testid", "slide").Attr("data-slide", s.Key).Attr("data-index", strconv.Itoa(c.index+1)).
				Aria("roledescription", "slide").Aria("labelledby", "slide-title").Body(
				app.Elem("h1").ID("slide-title").Style("font-size", "1.4em").Style("margin", "0 0 0.4em").Text(s.Title),
				s.Body(c),
			),
			app.Elem("nav").Aria("label", "Navigasi slide").Style("display", "flex").Style("gap", "1rem").Style("align-items", "center").Style("flex-wrap", "wrap").
				Style("position", "sticky").Style("bottom", "0").Style("background", "#fff").Style("padding", "0.5rem 0").Style("font-size", "1.1rem").Body(
				button(c.index == 0).Class("button").Attr("data-testid", "slide-prev").
					Text("← Sebelumnya").
					OnClick(c.onPrev),
				app.Elem("span").Attr("data-testid", "slide-counter").Attr("aria-live", "polite").
					Text(fmt.Sprintf("%d / %d", c.index+1, len(slides))),
				button(c.index == len(slides)-1).Class("button").Attr("data-testid", "slide-next").
					Text("Berikutnya →").
					OnClick(c.onNext),
				app.A().Class("button").Href("/").Text("Keluar"),
				app.Button().Type("button").Class("button").Attr("data-testid", "slide-fullscreen").Text("Layar penuh").
					OnClick(c.onFullscreen),
			),
		),
		app.Elem("p").Class("muted slide-bantuan").Text("Tombol panah kiri/kanan, PageUp/PageDown, Home/End untuk berpindah slide."),
	)
}

func (c *presentasi) slideJudul() app.UI {
	return app.Elem("div").Body(
		app.Elem("p").Text("Untuk guru, kepala sekolah, dan pengawas sekolah."),
		app.Elem("ul").Body(
			app.Elem("li").Text("Predikat dari dua rating: hasil kerja × perilaku kerja"),
			app.Elem("li").Text("Angka kredit dari predikat, bukan dari jumlah kegiatan"),
			app.Elem("li").Text("Siklus A–G dan 32 poin (aturan 2024)"),
			app.Elem("li").Text("Pegawai baru, naik pangkat, dan apa yang berubah pada 2025 dan 2026"),
		),
	)
}

func (c *presentasi) slideMatriks() app.UI {
	rs := domain.Ratings
	return app.Elem("div").Body(
		app.Elem("table").Class("matriks").Style("font-size", "0.85em").Body(
			app.Elem("caption").Text("Baris: rating hasil kerja (praktik kinerja). Kolom: rating perilaku kerja."),
			app.Elem("thead").Body(app.Elem("tr").Body(
				app.Elem("td"),
				app.Range(rs).Slice(func(i int) app.UI { return app.Elem("th").Attr("scope", "col").Text("Perilaku " + rs[i].Label()) }),
			)),
			app.Elem("tbody").Body(app.Range(rs).Slice(func(i int) app.UI {
				h := rs[len(rs)-1-i] // Di Atas on top, as in the official figure
				return app.Elem("tr").Body(
					app.Elem("th").Attr("scope", "row").Text("Hasil kerja "+h.Label()),
					app.Range(rs).Slice(func(j int) app.UI {
						p, _ := domain.PredikatDari(h, rs[j])
						return app.Elem("td").Attr("data-predikat", string(p)).Text(p.Label())
					}),
				)
			})),
		),
		app.Elem("p").Text("Sangat Baik hanya bila keduanya Di Atas. Perilaku Di Bawah → paling tinggi Kurang."),
	)
}

func (c *presentasi) slideKonversi() app.UI {
	return app.Elem("div").Body(
		app.Elem("p").Body(app.Elem("strong").Text("AK = bulan/12 × persentase predikat × koefisien jenjang")),
		app.Elem("p").Text("Sangat Baik 150% · Baik 100% · Butuh Perbaikan 75% · Kurang 50% · Sangat Kurang 25%"),
		c.draftExample(),
	)
}

// draftExample is the live AK example from the current draft: its periods
// with predikat, or Baik for a full year when no predikat is set yet.
func (c *presentasi) draftExample() app.UI {
	if c.store == nil {
		return nil
	}
	d := c.store.Current()
	sc := d.Scenario
	res := c.store.Result()
	koef := sc.Jenjang.Koefisien().Display()
	var lines []app.UI
	for _, p := range res.Periods {
		if !p.Predikat.Valid() {
			continue
		}
		lines = append(lines, app.Elem("li").Text(fmt.Sprintf("%s: %d/12 × %d%% × %s = %s AK (%s)",
			p.Label, p.Months, p.Predikat.Multiplier(), koef, p.AngkaKredit, p.PredikatLabel)))
	}
	box := app.Elem("div").Class("card").Attr("data-testid", "konversi-draft").Style("margin-top", "1rem")
	if len(lines) == 0 {
		ak := domain.KonversiAK(domain.Baik, sc.Jenjang, 12)
		return box.Body(
			app.Elem("p").Text("Contoh dari draf “"+d.Name+"” ("+sc.Jenjang.Label()+", koefisien "+koef+"): belum ada predikat, jadi misalkan Baik setahun:"),
			app.Elem("p").Body(app.Elem("strong").Text("12/12 × 100% × "+koef+" = "+ak.Display()+" AK")),
		)
	}
	total := "Jumlah setahun: " + res.AngkaKreditTotal + " AK"
	if res.Metode == metodeTahunan {
		total = "Dengan predikat tahunan " + sc.PredikatTahunan.Label() + ": " + res.AngkaKreditTotal + " AK"
	}
	return box.Body(
		app.Elem("p").Text("Dari draf “"+d.Name+"” ("+sc.Jenjang.Label()+", koefisien "+koef+"):"),
		app.Elem("ul").Body(lines...),
		app.Elem("p").Body(app.Elem("strong").Text(total)),
	)
}

func (c *presentasi) slideSiklus() app.UI {
	return app.Elem("ul").Style("font-size", "0.9em").Body(
		app.Range(domain.Stages).Slice(func(i int) app.UI {
			st := domain.Stages[i]
			li := app.Elem("li").Body(app.Elem("strong").Text(string(st.Code) + " · " + st.Label))
			if st.Catatan != "" {
				li = app.Elem("li").Body(app.Elem("strong").Text(string(st.Code)+" · "+st.Label), app.Text(" — "+st.Catatan))
			}
			return li
		}),
	)
}

func (c *presentasi) slidePoin() app.UI {
	rs, _ := domain.Rules("2024")
	return app.Elem("div").Body(
		app.Elem("p").Text(fmt.Sprintf("Aturan 2024: paling sedikit %d poin pengembangan kompetensi per periode (semester); dianjurkan %d–%d.", rs.Kompetensi.MinPoin, rs.Kompetensi.MinPoin, rs.Kompetensi.MaxPoin)),
		app.Elem("ul").Style("font-size", "0.85em").Body(
			app.Range(poinContoh).Slice(func(i int) app.UI {
				k, _ := domain.KegiatanByCode(poinContoh[i])
				return app.Elem("li").Text(fmt.Sprintf("%s — %d poin %s", k.Label, k.Poin, k.Satuan))
			}),
		),
		app.Elem("p").Text("Contoh: 4 pelatihan mandiri = 4 × 8 = 32 poin, sudah memenuhi. Daftar lengkap di layar Kompetensi."),
		app.Elem("p").Text("Aturan 2025 tidak memakai poin: setiap kegiatan diikuti refleksi."),
	)
}

// poinContoh are the catalog rows shown on the points slide: the common ones,
// so the slide stays one idea on one screen.
var poinContoh = []string{"pelatihan_mandiri", "observasi_rekan_sejawat", "penggerak_komunitas_belajar"}

// The deck's named actions.

func (c *presentasi) onPrev(ctx app.Context, e app.Event) { c.show(c.index - 1) }
func (c *presentasi) onNext(ctx app.Context, e app.Event) { c.show(c.index + 1) }

// onFullscreen asks the browser to show the deck full screen.
func (c *presentasi) onFullscreen(ctx app.Context, e app.Event) {
	if d := app.Window().GetElementByID("dek"); !d.IsNull() && !d.Get("requestFullscreen").IsUndefined() {
		d.Call("requestFullscreen")
	}
}
