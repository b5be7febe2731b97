package app

// The presentation's rule slides (issue 13): new appointees, promotion
// thresholds and what changed 2024 → 2025 → 2026, each computed from the
// domain's tables and rule sets, never typed by hand.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
	"simkinerja/domain"
)

// penempatanKata words a new appointee's status in one period.
var penempatanKata = map[string]string{
	"penuh":         "siklus penuh",
	"otomatis":      "otomatis, perilaku saja",
	"tidak_berlaku": "—",
}

// PenempatanBaris is one appointment month of the new-appointee slide: the
// status in each period of each rule year shown ("*" where that year's row
// is an assumption), and whether any of them is assumed.
type PenempatanBaris struct {
	Bulan  string
	Status []string
	Asumsi bool
}

// PenempatanTabel builds the new-appointee table of the given rule years
// (columns: every period of each year, in order) from their RuleSets.
func PenempatanTabel(years ...domain.RuleYear) (kolom []string, baris []PenempatanBaris) {
	var sets []domain.RuleSet
	for _, y := range years {
		rs, ok := domain.Rules(y)
		if !ok {
			continue
		}
		sets = append(sets, rs)
		for _, p := range rs.Periods {
			kolom = append(kolom, string(y)+" · "+p.Label)
		}
	}
	for m := 0; m < 12; m++ {
		b := PenempatanBaris{Bulan: namaBulan[m]}
		for _, rs := range sets {
			row := rs.Penempatan[m]
			b.Asumsi = b.Asumsi || row.Asumsi
			for _, st := range row.Status {
				w, ok := penempatanKata[st]
				if !ok {
					w = st
				}
				if row.Asumsi && st != "tidak_berlaku" {
					w += " *" // this year's row is the simulator's assumption
				}
				b.Status = append(b.Status, w)
			}
		}
		baris = append(baris, b)
	}
	return kolom, baris
}

var namaBulan = [12]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}

func (c *presentasi) slidePegawaiBaru() app.UI {
	kolom, baris := PenempatanTabel("2024", "2026")
	return app.Elem("div").Body(
		app.Elem("table").Class("data slide-tabel").Body(
			app.Elem("caption").Text("Bulan TMT dan apa yang berlaku di setiap periode (tabel pegawai baru, dihitung dari aturan)"),
			app.Elem("thead").Body(app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "col").Text("TMT"),
				app.Range(kolom).Slice(func(i int) app.UI { return app.Elem("th").Attr("scope", "col").Text(kolom[i]) }),
			)),
			app.Elem("tbody").Body(app.Range(baris).Slice(func(i int) app.UI {
				b := baris[i]
				name := b.Bulan
				return app.Elem("tr").Attr("data-testid", "slide-tmt-"+strconv.Itoa(i+1)).Body(
					app.Elem("th").Attr("scope", "row").Text(name),
					app.Range(b.Status).Slice(func(j int) app.UI { return app.Elem("td").Text(b.Status[j]) }),
				)
			})),
		),
		app.Elem("p").Class("slide-catatan").Text("* asumsi simulator (sumber tidak menyebut bulan ini atau tahun ini). Linimasa menghitung untuk TMT Anda."),
	)
}

// KenaikanBaris is one jenjang of the promotion slide.
type KenaikanBaris struct {
	Jenjang, Golongan, Koefisien, Pangkat, Jenjang2 string
	// TahunBaik, TahunSangatBaik: whole years of that predikat to gather the
	// AK of one rank step (0: no step).
	TahunBaik, TahunSangatBaik int
}

// KenaikanTabel computes the promotion thresholds of the keahlian jenjang
// from the jenjang table: AK per rank step and to the next jenjang, and how
// many whole years of Baik or Sangat Baik gather one rank step's AK.
func KenaikanTabel() []KenaikanBaris {
	var out []KenaikanBaris
	for _, j := range domain.Jenjangs() {
		if j.Kategori != "keahlian" {
			continue
		}
		b := KenaikanBaris{Jenjang: j.Label, Koefisien: j.Koefisien.Display(), Pangkat: j.KenaikanPangkat.Display(), Jenjang2: "—"}
		if len(j.Golongan) > 0 {
			b.Golongan = j.Golongan[0] + "–" + j.Golongan[len(j.Golongan)-1]
		}
		if !j.KenaikanJenjang.IsZero() {
			b.Jenjang2 = j.KenaikanJenjang.Display()
		}
		b.TahunBaik = tahunUntuk(j.KenaikanPangkat, domain.KonversiAK(domain.Baik, j.Code, 12))
		b.TahunSangatBaik = tahunUntuk(j.KenaikanPangkat, domain.KonversiAK(domain.SangatBaik, j.Code, 12))
		out = append(out, b)
	}
	return out
}

// tahunUntuk counts the whole years of perTahun AK needed to reach target.
func tahunUntuk(target, perTahun domain.AK) int {
	if perTahun.Sign() <= 0 || target.Sign() <= 0 {
		return 0
	}
	n, sum := 0, domain.AK{}
	for sum.Cmp(target) < 0 && n < 100 {
		sum, n = sum.Add(perTahun), n+1
	}
	return n
}

func (c *presentasi) slideKenaikan() app.UI {
	rows := KenaikanTabel()
	return app.Elem("div").Body(
		app.Elem("table").Class("data slide-tabel").Body(
			app.Elem("caption").Text("Angka kredit untuk naik pangkat dan jenjang (dihitung dari tabel jenjang)"),
			ui.HeadRow("Jenjang", "Golongan", "AK setahun (Baik)", "AK naik pangkat", "AK naik jenjang", "Tahun Baik / Sangat Baik"),
			app.Elem("tbody").Body(app.Range(rows).Slice(func(i int) app.UI {
				r := rows[i]
				return app.Elem("tr").Attr("data-testid", "slide-kenaikan-"+strconv.Itoa(i)).Body(
					app.Elem("th").Attr("scope", "row").Text(r.Jenjang),
					app.Elem("td").Text(r.Golongan),
					app.Elem("td").Text(r.Koefisien),
					app.Elem("td").Text(r.Pangkat),
					app.Elem("td").Text(r.Jenjang2),
					app.Elem("td").Text(fmt.Sprintf("%d / %d", r.TahunBaik, r.TahunSangatBaik)),
				)
			})),
		),
		app.Elem("p").Class("slide-catatan").Text("Naik jenjang juga perlu uji kompetensi dan formasi; Karier menghitung untuk draf Anda."),
	)
}

// slideBerubah shows what changed from rule year a to b (domain.BedaAturan).
func slideBerubah(a, b domain.RuleYear) func(c *presentasi) app.UI {
	return func(c *presentasi) app.UI {
		ra, okA := domain.Rules(a)
		rb, okB := domain.Rules(b)
		if !okA || !okB {
			return app.Elem("p").Text("Aturan " + string(a) + " atau " + string(b) + " belum ada.")
		}
		beda := domain.BedaAturan(ra, rb)
		return app.Elem("table").Class("data slide-tabel slide-beda").Body(
			app.Elem("caption").Text(fmt.Sprintf("%d hal yang berbeda (dihitung dari aturan; * asumsi simulator)", len(beda))),
			app.Elem("thead").Body(app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "col").Text("Hal"),
				app.Elem("th").Attr("scope", "col").Text(string(a)),
				app.Elem("th").Attr("scope", "col").Text(string(b)),
			)),
			app.Elem("tbody").Body(app.Range(beda).Slice(func(i int) app.UI {
				p := beda[i]
				topik := p.Topik
				if p.Asumsi {
					topik += " *"
				}
				return app.Elem("tr").Body(
					app.Elem("th").Attr("scope", "row").Text(topik),
					app.Elem("td").Text(TanpaKode(p.Dari)),
					app.Elem("td").Text(TanpaKode(p.Menjadi)),
				)
			})),
		)
	}
}

// slideAturanTahun is one line per rule year: its model, legal basis and
// periods, from the rule sets; the slides after it show what changed.
func (c *presentasi) slideAturanTahun() app.UI {
	years := domain.RuleYears()
	return app.Elem("table").Class("data slide-tabel").Body(
		app.Elem("caption").Text("Setiap tahun mengikuti aturannya sendiri (dari data aturan simulator)"),
		ui.HeadRow("Tahun", "Model", "Dasar hukum", "Periode"),
		app.Elem("tbody").Body(app.Range(years).Slice(func(i int) app.UI {
			rs, _ := domain.Rules(years[i])
			dasar := ""
			if len(rs.DasarHukum) > 0 {
				dasar = rs.DasarHukum[0]
			}
			var periode []string
			for _, p := range rs.Periods {
				periode = append(periode, p.Label)
			}
			return app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "row").Text(string(years[i])),
				app.Elem("td").Text(rs.Judul),
				app.Elem("td").Text(dasar),
				app.Elem("td").Text(strings.Join(periode, "; ")),
			)
		})),
	)
}

// SlideCount is the number of slides in the deck (the e2e tests press End).
func SlideCount() int { return len(slides) }
