package domain

import (
	"fmt"
	"time"
)

// TPGAturan is the TPG rule in force from a date: whether the annual predikat
// must be at least Baik, and the Tambahan Penghasilan of a guru without a
// certificate (RULES.md §14.4, §14.6).
type TPGAturan struct {
	Mulai      time.Time `json:"mulai"`
	DasarHukum string    `json:"dasar_hukum"`
	// WajibBaik: TPG needs the last annual predikat at least Baik.
	WajibBaik bool `json:"wajib_baik"`
	// TambahanPenghasilan per month without a certificate; 0 when RULES.md
	// has no amount for the period.
	TambahanPenghasilan int64    `json:"tambahan_penghasilan"`
	Basis               string   `json:"basis"`
	Catatan             string   `json:"catatan,omitempty"`
	Sources             []string `json:"sources"`
}

// tpgAturanTable: oldest first. Before 5 March 2025 Permendikbudristek 45/2023
// required "hasil penilaian kinerja dengan nilai minimal 'Baik'" [TPG-SUMEKS];
// Permendikdasmen 4/2025, which replaced it on that day, does not list the
// clause in the summaries of Pasal 4(2) (a negative finding, Q37): no gate,
// only a notice.
var tpgAturanTable = [...]TPGAturan{
	{
		Mulai:      time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC),
		DasarHukum: "Permendikbudristek No. 45 Tahun 2023",
		WajibBaik:  true,
		Basis:      "S-C",
		Catatan:    "Besaran tambahan penghasilan sebelum 5 Maret 2025 tidak tercatat di RULES.md.",
		Sources:    []string{"TPG-SUMEKS", "PP41-TRIBUN", "UU14-BLOG"},
	},
	{
		Mulai:               time.Date(2025, time.March, 5, 0, 0, 0, 0, time.UTC),
		DasarHukum:          "Permendikdasmen No. 4 Tahun 2025",
		WajibBaik:           false,
		TambahanPenghasilan: 250000,
		Basis:               "S-C (negatif: syarat predikat tidak tercantum)",
		Catatan:             "Persyaratan predikat kinerja tidak tercantum dalam Permendikdasmen 4/2025 (ringkasan); periksa.",
		Sources:             []string{"PD4-PGRI", "PD4-GURUSEJARAH", "PD4-WACA", "PD4-NTT", "PP41-TRIBUN"},
	},
}

// TPGAturanTable returns the TPG rules, oldest first.
func TPGAturanTable() []TPGAturan { return append([]TPGAturan(nil), tpgAturanTable[:]...) }

// TPGAturanPada returns the TPG rule in force on date d; ok is false before
// the first (the gaji pokok table starts on 1 January 2024).
func TPGAturanPada(d time.Time) (a TPGAturan, ok bool) {
	d = tanggal(d)
	for _, x := range tpgAturanTable {
		if !d.Before(x.Mulai) {
			a, ok = x, true
		}
	}
	return a, ok
}

// Jenis of a TPG result.
const (
	JenisTPG                 = "tpg"
	JenisTambahanPenghasilan = "tambahan_penghasilan"
)

// TPGInput is what the TPG check reads for one month.
type TPGInput struct {
	Tanggal  time.Time
	Golongan Golongan
	// MKG is the whole years of masa kerja golongan on Tanggal.
	MKG int
	// Predikat is the last annual predikat known on Tanggal ("" when not known).
	Predikat Predikat
}

// TPGResult is the monthly TPG (or Tambahan Penghasilan) of a PNS guru on a date.
type TPGResult struct {
	Tanggal   time.Time `json:"tanggal"`
	GajiPokok int64     `json:"gaji_pokok"`
	// TPG is what a certified guru receives: 1 × gaji pokok (PP 41/2009 Pasal 4);
	// it follows every KP and KGB (§14.4).
	TPG int64 `json:"tpg"`
	// Jenis and Jumlah are what applies with the conditions as they stand.
	Jenis      string       `json:"jenis"`
	Jumlah     int64        `json:"jumlah"`
	Teks       string       `json:"teks"`
	Syarat     []Syarat     `json:"syarat"`
	Status     StatusSyarat `json:"status"`
	Peringatan string       `json:"peringatan,omitempty"`
	Aturan     TPGAturan    `json:"aturan"`
	Estimasi
}

// TPG evaluates the TPG of a PNS guru on in.Tanggal (RULES.md §14.4, §14.6):
// the educator certificate is a to-do the user ticks (tugas[SyaratSertifikat]);
// before 5 March 2025 the last annual predikat must be at least Baik, from then
// on a predikat below Baik gives only a notice (Q37). The other Pasal 4(2)
// requirements (NRG, Dapodik, teaching load) are not modelled.
func TPG(in TPGInput, tugas map[string]bool) (TPGResult, error) {
	aturan, ok := TPGAturanPada(in.Tanggal)
	if !ok {
		return TPGResult{}, fmt.Errorf("TPG hanya dihitung mulai 1 Januari 2024 (tabel gaji pokok PP 5/2024)")
	}
	gaji, ok := GajiPokok(in.Golongan, in.MKG)
	if !ok {
		return TPGResult{}, fmt.Errorf("gaji pokok hanya tersedia untuk golongan III/a sampai IV/e dan MKG 0 ke atas (%s, MKG %d)", in.Golongan, in.MKG)
	}
	r := TPGResult{Tanggal: tanggal(in.Tanggal), GajiPokok: gaji, TPG: gaji, Aturan: aturan}
	srt := Syarat{Kode: SyaratSertifikat, Blok: BlokTPG, Jenis: JenisTugas, Label: "Memiliki sertifikat pendidik", Basis: "S-B",
		Sources: []string{"PP41-TRIBUN", "UU14-BLOG", "PD4-GURUSEJARAH"}}
	if tugas[SyaratSertifikat] {
		srt.Status, srt.Pesan = StatusTerpenuhi, "Memiliki sertifikat pendidik (ditandai oleh Anda)"
	} else {
		srt.Status, srt.Pesan = StatusTugas, "Memiliki sertifikat pendidik (perlu Anda tandai bila sudah memiliki)"
	}
	r.Syarat = append(r.Syarat, srt)
	if aturan.WajibBaik {
		p := Syarat{Kode: "predikat_baik", Blok: BlokTPG, Jenis: JenisRekam, Label: "Predikat kinerja tahun terakhir minimal Baik",
			Basis: aturan.Basis, Sources: aturan.Sources, Pesan: "Predikat kinerja tahun terakhir minimal Baik (" + aturan.DasarHukum + ")"}
		switch {
		case in.Predikat.AtLeastBaik():
			p.Status = StatusTerpenuhi
		case in.Predikat == "":
			p.Status, p.Kurang = StatusBelum, "predikat tahun terakhir belum diisi"
		default:
			p.Status, p.Kurang = StatusBelum, "perlu predikat minimal Baik; tercatat "+in.Predikat.Label()
		}
		r.Syarat = append(r.Syarat, p)
	} else if in.Predikat.Valid() && !in.Predikat.AtLeastBaik() {
		r.Peringatan = aturan.Catatan
	}
	for i := range r.Syarat {
		r.Syarat[i].Terpenuhi = r.Syarat[i].Status == StatusTerpenuhi
	}
	r.Status, _ = rangkumSyarat(r.Syarat)
	switch {
	case r.Status == StatusTerpenuhi:
		r.Jenis, r.Jumlah = JenisTPG, gaji
		r.Teks = fmt.Sprintf("TPG %s per bulan (= gaji pokok %s %s, MKG %d)", FormatRupiah(gaji), FormatRupiah(gaji), in.Golongan, in.MKG)
	case !tugas[SyaratSertifikat]:
		r.Jenis, r.Jumlah = JenisTambahanPenghasilan, aturan.TambahanPenghasilan
		r.Teks = fmt.Sprintf("Tanpa sertifikat pendidik: tambahan penghasilan %s per bulan; dengan sertifikat TPG %s", FormatRupiah(aturan.TambahanPenghasilan), FormatRupiah(gaji))
		if aturan.TambahanPenghasilan == 0 {
			r.Teks = fmt.Sprintf("Tanpa sertifikat pendidik tidak ada TPG (besaran tambahan penghasilan tidak tercatat); dengan sertifikat TPG %s", FormatRupiah(gaji))
		}
	default:
		r.Jenis, r.Jumlah = JenisTPG, 0
		r.Teks = fmt.Sprintf("TPG %s tidak dibayarkan: predikat tahun terakhir di bawah Baik (%s)", FormatRupiah(gaji), aturan.DasarHukum)
	}
	r.Estimasi = Estimasi{Estimasi: true, Basis: aturan.Basis, Catatan: tabelGajiPP5.Catatan,
		Sources: append(append([]string(nil), aturan.Sources...), "GAPOK-BISNIS", "CODE-GAPOK")}
	return r, nil
}
