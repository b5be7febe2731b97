package view

import (
	"fmt"
	"strconv"

	"simkinerja/domain"
)

// DampakPeristiwa is a change of gaji pokok: a rank or jenjang step or a KGB.
type DampakPeristiwa struct {
	Tanggal, Judul                    string
	Sebelum, Sesudah, Selisih, DgnTPG string
	Basis, Catatan                    string
	Sources                           []string
}

// DampakTahun is what a year means from 1 January of the next: gaji pokok,
// TPG (or the tambahan penghasilan without a certificate) and the KS door.
type DampakTahun struct {
	Tahun, Tanggal, Golongan, MKG string
	GajiPokok, TPG                string
	KS                            string
	KSStatus                      string
}

// Dampak is "Apa artinya bagi saya": every figure an estimate with its source.
type Dampak struct {
	Peristiwa []DampakPeristiwa
	Tahunan   []DampakTahun
	// KS sums up the kepala sekolah door (Pasal 7 ayat (1) and ayat (2)).
	KS             string
	Catatan, Basis string
	Sources        []string
}

// NewDampak words the consequences of the projection, in rupiah.
func NewDampak(d *domain.DampakKarier) Dampak {
	v := Dampak{Catatan: d.Catatan, Basis: d.Basis, Sources: d.Sources}
	for _, p := range d.Peristiwa {
		v.Peristiwa = append(v.Peristiwa, DampakPeristiwa{Tanggal: p.TanggalText, Judul: p.Label,
			Sebelum: domain.FormatRupiah(p.Sebelum), Sesudah: domain.FormatRupiah(p.Sesudah),
			Selisih: "+" + domain.FormatRupiah(p.Selisih), DgnTPG: "+" + domain.FormatRupiah(p.SelisihDenganTPG),
			Basis: p.Basis, Catatan: p.Catatan, Sources: p.Sources})
	}
	for _, t := range d.Tahunan {
		row := DampakTahun{Tahun: strconv.Itoa(t.Tahun), Tanggal: domain.FormatTanggal(t.Tanggal), Golongan: string(t.Golongan),
			MKG: fmt.Sprintf("%d th", t.MKG), GajiPokok: "—", TPG: "—", KS: t.KS.Pesan, KSStatus: string(t.KS.Ayat1)}
		if t.TPG != nil {
			row.GajiPokok = domain.FormatRupiah(t.TPG.GajiPokok)
			row.TPG = t.TPG.Teks
		}
		v.Tahunan = append(v.Tahunan, row)
	}
	switch {
	case d.KSAyat1 > 0:
		v.KS = fmt.Sprintf("Calon kepala sekolah: syarat rekam Pasal 7 ayat (1) (III/c, Baik 2 tahun) terpenuhi mulai %d.", d.KSAyat1)
	case d.KSAyat2 > 0:
		v.KS = fmt.Sprintf("Calon kepala sekolah: ayat (1) belum dalam proyeksi; jalur cadangan ayat (2) (III/b) mulai %d, hanya bila tidak ada calon yang memenuhi ayat (1).", d.KSAyat2)
	default:
		v.KS = "Calon kepala sekolah: syarat rekam Pasal 7 belum terpenuhi dalam proyeksi."
	}
	if d.KSAyat1 > 0 && d.KSAyat2 > 0 && d.KSAyat2 < d.KSAyat1 {
		v.KS += fmt.Sprintf(" Jalur cadangan ayat (2) (III/b) sudah mulai %d, hanya bila tidak ada calon yang memenuhi ayat (1).", d.KSAyat2)
	}
	return v
}
