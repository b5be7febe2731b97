package domain

import (
	"fmt"
	"strings"
)

// Condition codes of the kepala sekolah door (Permendikdasmen 7/2025 Pasal 7).
const (
	SyaratKSGolongan      = "ks_golongan_iii_c"
	SyaratKSGolonganAyat2 = "ks_golongan_iii_b"
	SyaratKSPredikat      = "ks_predikat_2_tahun"
	SyaratKSKualifikasi   = "ks_kualifikasi_s1"
	SyaratKSSertifikat    = SyaratSertifikat
	SyaratKSManajerial    = "ks_pengalaman_manajerial"
	SyaratKSDisiplin      = "ks_bebas_hukuman_disiplin"
	SyaratKSUsia          = "ks_usia_56"
)

// ksGolongan and ksGolonganAyat2 are the rank floors for a PNS guru: "paling
// rendah penata, III/c" (ayat (1) huruf c) and, only when no candidate meets
// it, "paling rendah penata muda tingkat I, golongan ruang III/b" (ayat (2)).
const (
	ksGolongan      Golongan = "III/c"
	ksGolonganAyat2 Golongan = "III/b"
)

// syaratKSTable: Pasal 7 ayat (1) for a PNS guru at a public school as quoted
// in RULES.md §13.11 [PD7] (S-B). The record decides the rank and the
// predikat; the rest only the user knows (to-dos). Age needs a birth date the
// record does not hold, so it is a to-do too.
var syaratKSTable = [...]SyaratDef{
	{SyaratKSGolongan, BlokKS, JenisRekam, "Pangkat paling rendah Penata, III/c (Pasal 7 ayat (1) huruf c)", "S-B", []string{"PD7"}},
	{SyaratKSPredikat, BlokKS, JenisRekam, "Predikat kinerja paling rendah Baik selama 2 tahun terakhir (huruf e)", "S-B", []string{"PD7"}},
	{SyaratKSKualifikasi, BlokKS, JenisTugas, "Kualifikasi akademik paling rendah S-1/D-IV", "S-B", []string{"PD7"}},
	{SyaratKSSertifikat, BlokKS, JenisTugas, "Memiliki sertifikat pendidik", "S-B", []string{"PD7"}},
	{SyaratKSManajerial, BlokKS, JenisTugas, "Pengalaman manajerial paling singkat 2 tahun (huruf f)", "S-B", []string{"PD7"}},
	{SyaratKSDisiplin, BlokKS, JenisTugas, "Tidak sedang/pernah dijatuhi hukuman disiplin", "S-B", []string{"PD7"}},
	{SyaratKSUsia, BlokKS, JenisTugas, "Berusia paling tinggi 56 tahun (huruf j)", "S-B", []string{"PD7"}},
}

// SyaratKSTable returns the KS candidacy conditions (ayat (1)).
func SyaratKSTable() []SyaratDef { return append([]SyaratDef(nil), syaratKSTable[:]...) }

// Jalur of a KS candidacy.
const (
	KSAyat1 = "pasal_7_ayat_1"
	KSAyat2 = "pasal_7_ayat_2"
)

// KSInput is the record a KS candidacy reads: the golongan held and the annual
// predikat up to the year before the check (oldest first).
type KSInput struct {
	Tahun    int
	Golongan Golongan
	Riwayat  []Predikat
}

// KSResult is a KS candidacy check.
type KSResult struct {
	Tahun int `json:"tahun"`
	// Ayat1 and Ayat2 are the states of the regular path and of the fallback
	// (III/b, only when no candidate meets ayat (1)).
	Ayat1 StatusSyarat `json:"ayat_1"`
	Ayat2 StatusSyarat `json:"ayat_2"`
	// Jalur is the best path whose record conditions hold ("" if none).
	Jalur  string   `json:"jalur,omitempty"`
	Syarat []Syarat `json:"syarat"`
	Pesan  string   `json:"pesan"`
	Estimasi
}

// KandidatKS checks whether a PNS guru can be proposed as kepala sekolah
// (Permendikdasmen 7/2025 Pasal 7; RULES.md §13.11, §14.5). Predikat years
// missing from the record count as not met here: a candidacy is about the
// past, nothing is assumed. PPPK candidates are not modelled (§14 models PNS).
func KandidatKS(in KSInput, tugas map[string]bool) KSResult {
	r := KSResult{Tahun: in.Tahun}
	pg := peringkatGolongan(in.Golongan)
	var ayat2 Syarat
	for _, d := range syaratKSTable {
		s := Syarat{Kode: d.Kode, Blok: d.Blok, Jenis: d.Jenis, Label: d.Label, Pesan: d.Label, Basis: d.Basis, Sources: d.Sources}
		met := false
		switch d.Kode {
		case SyaratKSGolongan:
			met = pg >= 0 && pg >= peringkatGolongan(ksGolongan)
			s.Pesan = fmt.Sprintf("%s; sekarang %s", d.Label, in.Golongan)
			if !met {
				s.Kurang = "belum golongan III/c"
			}
			ayat2 = Syarat{Kode: SyaratKSGolonganAyat2, Blok: BlokKS, Jenis: JenisRekam, Basis: "S-B", Sources: []string{"PD7"},
				Label: "Jalur cadangan: paling rendah Penata Muda Tingkat I, III/b, bila tidak ada calon yang memenuhi ayat (1) (Pasal 7 ayat (2))"}
			ayat2.Pesan = fmt.Sprintf("%s; sekarang %s", ayat2.Label, in.Golongan)
			if pg >= 0 && pg >= peringkatGolongan(ksGolonganAyat2) {
				ayat2.Status = StatusTerpenuhi
			} else {
				ayat2.Status, ayat2.Kurang = StatusBelum, "belum golongan III/b"
			}
			ayat2.Terpenuhi = ayat2.Status == StatusTerpenuhi
		case SyaratKSPredikat:
			var gagal []string
			n := len(in.Riwayat)
			met = n >= 2
			for i := 0; i < 2 && i < n; i++ {
				if p := in.Riwayat[n-1-i]; !p.AtLeastBaik() {
					met = false
					gagal = append(gagal, fmt.Sprintf("%d: %s", in.Tahun-1-i, p.Label()))
				}
			}
			switch {
			case n < 2:
				s.Kurang = "predikat 2 tahun terakhir belum lengkap dalam rekam"
			case !met:
				s.Kurang = "perlu predikat minimal Baik; " + strings.Join(gagal, ", ")
			}
		default:
			met = tugas[d.Kode]
			if met {
				s.Pesan += " (ditandai oleh Anda)"
			}
		}
		s.Status = statusDari(met, d.Jenis)
		s.Terpenuhi = s.Status == StatusTerpenuhi
		r.Syarat = append(r.Syarat, s)
	}
	r.Ayat1, _ = rangkumSyarat(r.Syarat)
	lain := append([]Syarat{ayat2}, r.Syarat[1:]...)
	r.Ayat2, _ = rangkumSyarat(lain)
	if r.Syarat[0].Status != StatusTerpenuhi {
		r.Syarat = append(r.Syarat, ayat2)
	}
	switch {
	case r.Ayat1 != StatusBelum:
		r.Jalur = KSAyat1
		r.Pesan = fmt.Sprintf("Tahun %d: syarat rekam calon kepala sekolah menurut Pasal 7 ayat (1) terpenuhi", in.Tahun)
	case r.Ayat2 != StatusBelum:
		r.Jalur = KSAyat2
		r.Pesan = fmt.Sprintf("Tahun %d: belum III/c; dapat diusulkan lewat jalur cadangan Pasal 7 ayat (2) (III/b) hanya bila tidak ada calon yang memenuhi ayat (1)", in.Tahun)
	default:
		r.Pesan = fmt.Sprintf("Tahun %d: belum memenuhi syarat calon kepala sekolah", in.Tahun)
	}
	if r.Jalur != "" && (r.Jalur == KSAyat1 && r.Ayat1 == StatusTugas || r.Jalur == KSAyat2 && r.Ayat2 == StatusTugas) {
		r.Pesan += "; lengkapi syarat yang perlu Anda tandai"
	}
	r.Pesan += "."
	r.Estimasi = Estimasi{Estimasi: true, Basis: "S-B", Catatan: "Permendikdasmen 7/2025 Pasal 7 (teks via pasal.id); hanya guru PNS di sekolah negeri.", Sources: []string{"PD7"}}
	return r
}

// TetapKSResult says whether a kepala sekolah keeps the assignment.
type TetapKSResult struct {
	// Tetap: at least Baik in every year of the term so far.
	Tetap bool `json:"tetap"`
	// Perpanjangan: Sangat Baik in the last 2 years, the condition for one
	// extra period after the two terms.
	Perpanjangan bool     `json:"perpanjangan"`
	Syarat       []Syarat `json:"syarat"`
	Estimasi
}

// TetapKS checks the predikat of the years as kepala sekolah (oldest first,
// the first being tahunMulai): "penilaian kinerja minimal 'Baik' setiap tahun",
// and "Sangat Baik selama 2 tahun terakhir" for one extra period [PD7-SURO]
// (S-C; RULES.md §13.11 KS term).
func TetapKS(tahunMulai int, riwayat []Predikat) TetapKSResult {
	src := []string{"PD7-SURO"}
	baik := Syarat{Kode: "ks_baik_setiap_tahun", Blok: BlokKS, Jenis: JenisRekam, Label: "Penilaian kinerja minimal Baik setiap tahun", Basis: "S-C", Sources: src}
	var gagal []string
	for i, p := range riwayat {
		if !p.AtLeastBaik() {
			gagal = append(gagal, fmt.Sprintf("%d: %s", tahunMulai+i, p.Label()))
		}
	}
	baik.Pesan = baik.Label
	if len(gagal) > 0 {
		baik.Status, baik.Kurang = StatusBelum, "di bawah Baik pada "+strings.Join(gagal, ", ")
	} else {
		baik.Status = StatusTerpenuhi
	}
	sb := Syarat{Kode: "ks_sangat_baik_2_tahun", Blok: BlokKS, Jenis: JenisRekam, Label: "Sangat Baik selama 2 tahun terakhir (untuk satu periode tambahan)", Basis: "S-C", Sources: src}
	sb.Pesan = sb.Label
	n := len(riwayat)
	if n >= 2 && riwayat[n-1] == SangatBaik && riwayat[n-2] == SangatBaik {
		sb.Status = StatusTerpenuhi
	} else {
		sb.Status, sb.Kurang = StatusBelum, "perlu Sangat Baik pada 2 tahun terakhir"
	}
	baik.Terpenuhi, sb.Terpenuhi = baik.Status == StatusTerpenuhi, sb.Status == StatusTerpenuhi
	return TetapKSResult{Tetap: baik.Terpenuhi, Perpanjangan: sb.Terpenuhi, Syarat: []Syarat{baik, sb},
		Estimasi: Estimasi{Estimasi: true, Basis: "S-C", Catatan: "Ringkasan Permendikdasmen 7/2025 Pasal 23–24.", Sources: src}}
}
