package domain

import (
	"fmt"
	"strings"
)

// StatusSyarat is the state of one condition.
type StatusSyarat string

// The three states of a condition. A to-do (Tugas) is something only the user
// can do or know (pass the UKKJ, a vacancy, sign the integrity pact, hold a
// certificate); it becomes met only by the user's tick, never by assumption.
const (
	// StatusTerpenuhi: met, from the record (or ticked by the user for a to-do).
	StatusTerpenuhi StatusSyarat = "terpenuhi"
	// StatusBelum: not met; Syarat.Kurang says what is missing (AK, months or predikat).
	StatusBelum StatusSyarat = "belum_terpenuhi"
	// StatusTugas: a to-do of the user, not ticked yet.
	StatusTugas StatusSyarat = "tugas"
)

// Label is the Indonesian wording of the state.
func (s StatusSyarat) Label() string {
	switch s {
	case StatusTerpenuhi:
		return "terpenuhi"
	case StatusBelum:
		return "belum terpenuhi"
	case StatusTugas:
		return "perlu Anda lakukan"
	}
	return string(s)
}

// Blocks of conditions. A jenjang step is two blocks with different sources:
// the UKKJ prerequisites and the rank step that comes with it (RULES.md §14.5,
// §11 Q39).
const (
	BlokPangkat = "kenaikan_pangkat"
	BlokUKKJ    = "ukkj"
	BlokTPG     = "tpg"
	BlokKS      = "kepala_sekolah"
)

// Kinds of conditions: decided by the record, or a to-do of the user.
const (
	JenisRekam = "rekam"
	JenisTugas = "tugas"
)

// Condition codes added by issue 11 (the others are in karier.go).
const (
	SyaratPangkatTertinggi = "pangkat_tertinggi"
	SyaratPaktaIntegritas  = "pakta_integritas"
	SyaratSertifikat       = "sertifikat_pendidik"
)

// SyaratDef is one row of a condition table: what is checked, of which kind,
// in which block, on which basis (RULES.md §13 grade tags P, S-B, S-C, D).
type SyaratDef struct {
	Kode    string   `json:"kode"`
	Blok    string   `json:"blok"`
	Jenis   string   `json:"jenis"`
	Label   string   `json:"label"`
	Basis   string   `json:"basis"`
	Sources []string `json:"sources"`
}

// syaratLangkahTable: the conditions of a promotion step, as data.
//   - Rank step (kenaikan pangkat): PerBKN 3/2023 as quoted by DJKN — "paling
//     singkat 2 (dua) tahun dalam pangkat terakhir; … Angka Kredit …; nilai
//     Predikat Kinerja paling rendah 'Baik' dalam 2 (dua) tahun terakhir"
//     (RULES.md §7.3, §14.5).
//   - UKKJ prerequisites, items 1–5 of the UKKJ portal, plus a passed UKKJ
//     (RULES.md §13.11, §14.5). Item 4 gives §11 Q10 its grade-A basis. The
//     list has no years in rank of its own.
//
// In a jenjang step the rank step is proposed with the same AK [P1-SUM], and
// the AK of a top-of-jenjang rank step equals the jenjang threshold (§7.3), so
// the AK row is listed once, in the UKKJ block.
var syaratLangkahTable = [...]SyaratDef{
	{SyaratAK, BlokPangkat, JenisRekam, "AK kumulatif untuk kenaikan pangkat", "P", []string{"P1", "BKN3", "BKN-SLIDES-B", "P1-SUM"}},
	{SyaratMasaPangkat, BlokPangkat, JenisRekam, "Minimal 2 tahun dalam pangkat terakhir", "P", []string{"BKN3", "DJKN"}},
	{SyaratPredikat2Tahun, BlokPangkat, JenisRekam, "Predikat minimal Baik dalam 2 tahun terakhir", "P", []string{"BKN3", "DJKN", "KP-HALO"}},
	{SyaratPangkatTertinggi, BlokUKKJ, JenisRekam, "Menduduki pangkat tertinggi pada jenjang", "P", []string{"UKKJ-A"}},
	{SyaratPaktaIntegritas, BlokUKKJ, JenisTugas, "Menandatangani pakta integritas", "P", []string{"UKKJ-A"}},
	{SyaratAK, BlokUKKJ, JenisRekam, "AK kumulatif untuk kenaikan jenjang", "P", []string{"UKKJ-A", "P1", "BKN-SLIDES-C"}},
	{SyaratPredikat1Tahun, BlokUKKJ, JenisRekam, "Predikat minimal Baik dalam 1 tahun terakhir", "P", []string{"UKKJ-A", "BKN3", "MB-SUM"}},
	{SyaratFormasi, BlokUKKJ, JenisTugas, "Tersedia lowongan kebutuhan jabatan (formasi)", "P", []string{"UKKJ-A", "P1-SUM"}},
	{SyaratUjiKompetensi, BlokUKKJ, JenisTugas, "Lulus Uji Kompetensi Kenaikan Jenjang (UKKJ)", "P", []string{"UKKJ-FAQ"}},
}

// SyaratLangkahTable returns the condition table of promotion steps.
func SyaratLangkahTable() []SyaratDef {
	return append([]SyaratDef(nil), syaratLangkahTable[:]...)
}

// TugasLangkah lists the to-do codes of a jenjang step, for the ticks the
// user sets.
func TugasLangkah() []string {
	var out []string
	for _, d := range syaratLangkahTable {
		if d.Jenis == JenisTugas {
			out = append(out, d.Kode)
		}
	}
	return out
}

// Syarat is one evaluated condition with its state, source and grade.
type Syarat struct {
	Kode  string `json:"kode"`
	Blok  string `json:"blok"`
	Jenis string `json:"jenis"`
	Label string `json:"label"`
	// Pesan is the condition with the figures of the record.
	Pesan  string       `json:"pesan"`
	Status StatusSyarat `json:"status"`
	// Terpenuhi is Status == StatusTerpenuhi, kept for earlier readers.
	Terpenuhi bool `json:"terpenuhi"`
	// Kurang says what is missing when not met (display); KurangAK and
	// KurangBulan give the AK and months exactly when that is what is missing.
	Kurang      string `json:"kurang,omitempty"`
	KurangAK    *AK    `json:"kurang_ak,omitempty"`
	KurangBulan int    `json:"kurang_bulan,omitempty"`
	// Asumsi marks a condition decided by a default (RULES.md §11).
	Asumsi  bool     `json:"asumsi,omitempty"`
	Basis   string   `json:"basis"`
	Sources []string `json:"sources"`
}

// KeadaanLangkah is the state of the record when a step is checked: the end
// of year Tahun.
type KeadaanLangkah struct {
	Tahun    int
	Jenjang  Jenjang
	Golongan Golongan
	// AK is the AK accumulated within the jenjang.
	AK AK
	// TahunDalamPangkat is the whole years in Golongan.
	TahunDalamPangkat int
	// Riwayat holds the known annual predikat, oldest first, the last one being
	// that of Tahun. Years before it that are not known count as met, marked as
	// an assumption (as the projection did before the record existed).
	Riwayat []Predikat
}

// HasilLangkah is a step with its conditions evaluated.
type HasilLangkah struct {
	Dari        Golongan `json:"dari"`
	Ke          Golongan `json:"ke"`
	Jenjang     Jenjang  `json:"jenjang"`
	NaikJenjang bool     `json:"naik_jenjang"`
	Ambang      AK       `json:"ambang"`
	// Syarat: for a jenjang step the UKKJ block first, then the rank step.
	Syarat []Syarat `json:"syarat"`
	// Status is StatusBelum if a record condition fails, else StatusTugas if a
	// to-do is not ticked, else StatusTerpenuhi.
	Status StatusSyarat `json:"status"`
	// Penahan names the blocks whose record conditions hold the step back
	// ("ukkj", "kenaikan_pangkat"); to-dos not ticked are not counted here.
	Penahan []string `json:"penahan,omitempty"`

	// akText and ambangText are the display forms of the AK reached and of
	// Ambang, made once for the conditions and the projection's messages.
	akText, ambangText string
}

// EvaluasiLangkah evaluates the next step up the ladder from k (RULES.md §7.3,
// §13.11, §14.5) with the to-dos the user ticked (code → done). ok is false at
// the top of the ladder or for a golongan outside the jenjang.
func EvaluasiLangkah(k KeadaanLangkah, tugas map[string]bool) (h HasilLangkah, ok bool) {
	if !k.Jenjang.HasGolongan(string(k.Golongan)) {
		return HasilLangkah{}, false
	}
	next, nj, naik, ok := langkahBerikutnya(k.Jenjang, k.Golongan)
	if !ok {
		return HasilLangkah{}, false
	}
	h = HasilLangkah{Dari: k.Golongan, Ke: next, Jenjang: nj, NaikJenjang: naik, Ambang: ambangLangkah(k.Jenjang, next, naik)}
	h.akText, h.ambangText = k.AK.Display(), h.Ambang.Display()
	// A jenjang step lists the UKKJ block first — the order the teacher meets
	// them in — then its rank step without the AK row (listed in the UKKJ block).
	blok := []string{BlokPangkat}
	if naik {
		blok = []string{BlokUKKJ, BlokPangkat}
	}
	// Rows by index and conditions written in place: a row and a condition
	// are about 100 and 200 bytes, and copying them showed in the profile.
	n := 0
	for i := range syaratLangkahTable {
		if barisLangkah(&syaratLangkahTable[i], naik) {
			n++
		}
	}
	h.Syarat = make([]Syarat, n)
	j := 0
	for _, b := range blok {
		for i := range syaratLangkahTable {
			if d := &syaratLangkahTable[i]; d.Blok == b && barisLangkah(d, naik) {
				nilaiSatu(&h.Syarat[j], d, &k, &h, tugas)
				j++
			}
		}
	}
	h.Status, h.Penahan = rangkumSyarat(h.Syarat)
	return h, true
}

// barisLangkah reports whether row d belongs to a rank step's list (naik
// false: the rank-step block) or a jenjang step's (both blocks, the rank
// step's AK row left out).
func barisLangkah(d *SyaratDef, naik bool) bool {
	if naik {
		return d.Blok == BlokUKKJ || d.Blok == BlokPangkat && d.Kode != SyaratAK
	}
	return d.Blok == BlokPangkat
}

// rekamTerpenuhi reports, without building the list, whether the record meets
// every record condition of the next step — what EvaluasiLangkah reports as a
// status other than StatusBelum. The projection checks it every year and
// builds the list only for a step it takes or shows (a test keeps the two in
// agreement).
func rekamTerpenuhi(k KeadaanLangkah) bool {
	if !k.Jenjang.HasGolongan(string(k.Golongan)) {
		return false
	}
	next, _, naik, ok := langkahBerikutnya(k.Jenjang, k.Golongan)
	if !ok || k.AK.Cmp(ambangLangkah(k.Jenjang, next, naik)) < 0 || k.TahunDalamPangkat < minTahunDalamPangkat {
		return false
	}
	// Baik in the last 2 years covers the last year of the UKKJ list, and a
	// jenjang step starts from the top rank of the jenjang by construction.
	for i := 1; i <= 2 && i <= len(k.Riwayat); i++ {
		if !k.Riwayat[len(k.Riwayat)-i].AtLeastBaik() {
			return false
		}
	}
	return true
}

// rangkumSyarat gives the overall state of a list and the blocks whose record
// conditions hold it back.
func rangkumSyarat(ss []Syarat) (StatusSyarat, []string) {
	st := StatusTerpenuhi
	var penahan []string
	for _, s := range ss {
		switch s.Status {
		case StatusBelum:
			st = StatusBelum
		case StatusTugas:
			if st == StatusTerpenuhi {
				st = StatusTugas
			}
		}
		if s.Status == StatusBelum && !contains(penahan, s.Blok) {
			penahan = append(penahan, s.Blok)
		}
	}
	return st, penahan
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// nilaiSatu evaluates condition row d against the record into s.
func nilaiSatu(s *Syarat, d *SyaratDef, k *KeadaanLangkah, h *HasilLangkah, tugas map[string]bool) {
	*s = Syarat{Kode: d.Kode, Blok: d.Blok, Jenis: d.Jenis, Label: d.Label, Basis: d.Basis, Sources: d.Sources}
	met := false
	switch d.Kode {
	case SyaratAK:
		met = k.AK.Cmp(h.Ambang) >= 0
		if h.NaikJenjang {
			s.Pesan = "AK kumulatif dalam jenjang " + k.Jenjang.Label() + " minimal " + h.ambangText + " untuk kenaikan jenjang ke " + h.Jenjang.Label() + " (tercapai " + h.akText + ")"
		} else {
			s.Pesan = "AK kumulatif dalam jenjang " + k.Jenjang.Label() + " minimal " + h.ambangText + " untuk " + string(h.Ke) + " (tercapai " + h.akText + ")"
		}
		if !met {
			kurang := h.Ambang.Sub(k.AK)
			s.KurangAK = &kurang
			s.Kurang = "AK kurang " + kurang.Display()
		}
	case SyaratMasaPangkat:
		met = k.TahunDalamPangkat >= minTahunDalamPangkat
		catatan := ""
		if h.NaikJenjang {
			catatan = "; kenaikan pangkat yang menyertai kenaikan jenjang tetap memakai syarat ini (§11 Q39)"
			s.Sources = append(append(make([]string, 0, len(d.Sources)+1), d.Sources...), "P1-SUM")
		}
		s.Pesan = "Minimal " + itoa(minTahunDalamPangkat) + " tahun dalam pangkat " + string(k.Golongan) + " (tercapai " + itoa(k.TahunDalamPangkat) + " tahun)" + catatan
		if !met {
			s.KurangBulan = (minTahunDalamPangkat - k.TahunDalamPangkat) * 12
			s.Kurang = "masih kurang " + itoa(s.KurangBulan) + " bulan dalam pangkat"
		}
	case SyaratPredikat2Tahun, SyaratPredikat1Tahun:
		n := 2
		if d.Kode == SyaratPredikat1Tahun {
			n = 1
		}
		var asumsi bool
		var gagal []string
		met, asumsi, gagal = predikatRekam(k.Riwayat, n, k.Tahun)
		s.Pesan = d.Label
		if asumsi {
			s.Asumsi = true
			s.Pesan += " (predikat tahun sebelum rekam/proyeksi tidak diketahui; dianggap memenuhi — asumsi)"
			s.Sources = append(append(make([]string, 0, len(d.Sources)+1), d.Sources...), "ASUMSI")
		}
		if !met {
			s.Kurang = "perlu predikat minimal Baik; " + strings.Join(gagal, ", ")
		}
	case SyaratPangkatTertinggi:
		info := k.Jenjang.baris() // known: the golongan lies in it
		top := Golongan(info.Golongan[len(info.Golongan)-1])
		met = k.Golongan == top
		s.Pesan = "Menduduki pangkat tertinggi jenjang " + k.Jenjang.Label() + " (" + string(top) + "); sekarang " + string(k.Golongan)
		if !met {
			s.Kurang = "belum di golongan " + string(top)
		}
	default: // to-dos
		met = tugas[d.Kode]
		tanda := " (perlu Anda lakukan; belum ditandai)"
		if met {
			tanda = " (ditandai selesai oleh Anda)"
		}
		if d.Kode == SyaratUjiKompetensi || d.Kode == SyaratFormasi {
			s.Pesan = d.Label + " jenjang " + h.Jenjang.Label() + tanda
		} else {
			s.Pesan = d.Label + tanda
		}
	}
	s.Status = statusDari(met, d.Jenis)
	s.Terpenuhi = s.Status == StatusTerpenuhi
}

// statusDari is a condition's state: met, a to-do still to tick, or not met.
func statusDari(met bool, jenis string) StatusSyarat {
	switch {
	case met:
		return StatusTerpenuhi
	case jenis == JenisTugas:
		return StatusTugas
	}
	return StatusBelum
}

// predikatRekam checks that the last n predikat of riwayat (the last being
// year tahun) are at least Baik. Missing earlier years count as met and set
// asumsi, unless a known year already fails. gagal names the failing years.
func predikatRekam(riwayat []Predikat, n, tahun int) (ok, asumsi bool, gagal []string) {
	ok = true
	for i := 0; i < n; i++ {
		k := len(riwayat) - 1 - i
		if k < 0 {
			asumsi = true
			continue
		}
		if !riwayat[k].AtLeastBaik() {
			ok = false
			if tahun > 0 {
				gagal = append(gagal, fmt.Sprintf("%d: %s", tahun-i, riwayat[k].Label()))
			} else {
				gagal = append(gagal, riwayat[k].Label())
			}
		}
	}
	return ok, asumsi && ok, gagal
}
