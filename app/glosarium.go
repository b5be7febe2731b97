package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/app/ui"
)

// Istilah is one term of the glossary: what it means in plain words and
// where the meaning comes from (domain source keys).
type Istilah struct {
	Kata, Arti string
	Sources    []string
}

// Glosarium lists the terms the screens use without explaining them
// (issue 13), in the order a new user meets them.
var Glosarium = []Istilah{
	{"AK", "Angka kredit: nilai yang dikumpulkan pejabat fungsional untuk naik pangkat dan jenjang. Sejak 2023 dihitung dari predikat kinerja, bukan dari jumlah kegiatan.", []string{"P1", "BKN3"}},
	{"Predikat", "Hasil penilaian kinerja: Sangat Baik, Baik, Butuh Perbaikan, Kurang, atau Sangat Kurang. Ditentukan dari rating hasil kerja dan rating perilaku kerja.", []string{"P6", "SE3"}},
	{"SKP", "Sasaran Kinerja Pegawai: rencana kinerja yang disusun di awal periode dan disetujui atasan.", []string{"P6", "SEED1"}},
	{"TMT", "Terhitung Mulai Tanggal: bulan mulai berlakunya pengangkatan (atau pangkat/jabatan). Untuk pegawai baru, TMT menentukan apa yang dikerjakan di tahun pertama.", []string{"SEED2"}},
	{"Jenjang", "Tingkat jabatan fungsional guru: Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama. Setiap jenjang punya koefisien AK setahun.", []string{"P1"}},
	{"Koefisien", "AK setahun untuk predikat Baik pada suatu jenjang (misalnya 12,5 untuk Ahli Pertama). Predikat lain mengalikannya: Sangat Baik 150%, Butuh Perbaikan 75%, Kurang 50%, Sangat Kurang 25%.", []string{"P1", "BKN-SLIDES-A"}},
	{"PAK", "Penetapan Angka Kredit: keputusan resmi tentang AK yang dimiliki, dasar usul kenaikan pangkat atau jenjang.", []string{"BKN3"}},
	{"DUPAK", "Daftar Usulan Penetapan Angka Kredit: cara lama (sebelum 2023) mengumpulkan AK dari kegiatan satu per satu. Sekarang tidak perlu diurus lagi.", []string{"BKN-NEWS"}},
	{"Integrasi", "Penyesuaian AK lama (hasil DUPAK) ke sistem baru sekali saja, sehingga AK lama ikut dihitung untuk kenaikan berikutnya.", []string{"BKN-SLIDES-C", "SEED3"}},
	{"Konversi", "Pengubahan predikat kinerja menjadi AK: bulan/12 × persentase predikat × koefisien jenjang.", []string{"P1", "BKN3"}},
	{"Golongan", "Pangkat PNS (misalnya III/a Penata Muda). Naik golongan memerlukan AK kenaikan pangkat di jenjangnya.", []string{"BKN-KP"}},
	{"PMM", "Platform Merdeka Mengajar: aplikasi tempat guru mengisi pengelolaan kinerja, terhubung dengan e-Kinerja BKN.", []string{"SEED3"}},
	{"BerAKHLAK", "Nilai dasar ASN (Berorientasi pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif) yang menjadi ukuran perilaku kerja.", []string{"CODE-BERAKHLAK"}},
	{"Asumsi", "Bagian yang tidak dijelaskan sumber resmi: simulator memakai pilihan yang paling masuk akal dan menandainya.", nil},
}

// glosarium is the glossary, one tap away on every screen: each term opens
// its meaning and sources.
func glosarium() app.UI { return &glosariumBox{} }

// glosariumBox builds its terms only once the reader opens it. Closed it is
// one summary line, and the ~170 elements of the terms and their sources
// (half of Beranda's) are no longer built and mounted with every screen at
// start-up. The server renders them anyway, so the pre-rendered page holds
// the whole glossary before the wasm runs.
type glosariumBox struct {
	app.Compo
	open bool
}

// Render is the details box; the browser owns its open state, the
// component only follows it.
func (g *glosariumBox) Render() app.UI {
	return app.Elem("details").Class("glosarium").Attr("data-testid", "glosarium").On("toggle", g.toggled).Body(
		app.Elem("summary").Text("Daftar istilah (AK, SKP, TMT, PAK, DUPAK, …)"),
		app.If(g.open || !app.IsClient, istilahList),
	)
}

func (g *glosariumBox) toggled(ctx app.Context, _ app.Event) {
	g.open = ctx.JSSrc().Get("open").Bool()
}

// istilahList is every term with its meaning and sources.
func istilahList() app.UI {
	return app.Elem("dl").Body(app.Range(Glosarium).Slice(func(i int) app.UI {
		g := Glosarium[i]
		return app.Elem("div").Class("istilah").Attr("data-testid", "istilah-"+g.Kata).Body(
			app.Elem("dt").Text(g.Kata),
			app.Elem("dd").Body(app.Text(g.Arti+" "), app.If(len(g.Sources) > 0, func() app.UI { return ui.SourceLinks(g.Sources) })),
		)
	}))
}
