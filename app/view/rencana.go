package view

import (
	"fmt"
	"strconv"
	"strings"

	"simkinerja/domain"
)

// JalurTahun is one year of a plan's predikat path.
type JalurTahun struct {
	Tahun      int
	Predikat   string
	SangatBaik bool
}

// JadwalLangkah is one step along a plan with its dates.
type JadwalLangkah struct {
	Judul, Tahun, TMT, UKKJ string
}

// Rencana is the planner's answer as shown ("Kapan saya naik?", backwards).
type Rencana struct {
	// Status is the domain's (dapat_dicapai, sudah_tercapai, tidak_dapat_dicapai).
	Status, Judul, Pesan string
	Jalur                []JalurTahun
	// SangatBaik says which years need Sangat Baik, or that Baik suffices.
	SangatBaik string
	Langkah    []JadwalLangkah
	TMTTujuan  string
	// Terbaik and PalingCepat answer an unreachable goal: the best reachable
	// by the goal year and the earliest year the goal can be held.
	Terbaik, PalingCepat string
	Tugas                []string
	Catatan, Basis       string
	Sources              []string
}

// NewRencana words the planner's answer.
func NewRencana(rp *domain.RencanaResult) Rencana {
	v := Rencana{Status: rp.Status, Judul: "Tujuan: " + rp.Tujuan.Label(), Pesan: rp.Pesan, TMTTujuan: rp.TMTTujuanText,
		Catatan: rp.Catatan, Basis: rp.Basis, Sources: rp.Sources}
	sb := map[int]bool{}
	for _, y := range rp.TahunSangatBaik {
		sb[y] = true
	}
	for i, p := range rp.Rencana {
		y := rp.TahunMulai + i
		v.Jalur = append(v.Jalur, JalurTahun{Tahun: y, Predikat: p.Label(), SangatBaik: p == domain.SangatBaik})
	}
	switch {
	case rp.Status != domain.RencanaDapat:
	case rp.JumlahSangatBaik == 0:
		v.SangatBaik = "Tidak perlu Sangat Baik: predikat Baik setiap tahun cukup."
	default:
		ys := make([]string, len(rp.TahunSangatBaik))
		for i, y := range rp.TahunSangatBaik {
			ys[i] = strconv.Itoa(y)
		}
		v.SangatBaik = fmt.Sprintf("Perlu Sangat Baik %d tahun: %s.", rp.JumlahSangatBaik, strings.Join(ys, ", "))
	}
	for _, l := range rp.Langkah {
		j := JadwalLangkah{Judul: LangkahJudul(domain.LangkahKarier{Dari: l.Dari, Golongan: l.Ke, Jenjang: l.Jenjang, NaikJenjang: l.NaikJenjang}),
			Tahun: fmt.Sprintf("syarat terpenuhi akhir %d", l.Tahun), TMT: l.TMTText, UKKJ: l.UKKJText}
		v.Langkah = append(v.Langkah, j)
	}
	if rp.Status == domain.RencanaTidakDapat {
		if rp.Terbaik != "" {
			v.Terbaik = fmt.Sprintf("Paling tinggi yang dapat dicapai pada %d (Sangat Baik setiap tahun): %s (%s).", rp.Tujuan.Tahun, rp.Terbaik, rp.TerbaikJenjang.Label())
		}
		if rp.PalingCepat > 0 {
			v.PalingCepat = fmt.Sprintf("Tujuan paling cepat tercapai pada %d.", rp.PalingCepat)
		} else {
			v.PalingCepat = fmt.Sprintf("Tujuan tidak tercapai dalam %d tahun.", domain.TahunProyeksiMaks)
		}
	}
	for _, k := range rp.Tugas {
		v.Tugas = append(v.Tugas, TugasLabel(k))
	}
	return v
}
