package view

import (
	"fmt"
	"strings"

	"simkinerja/domain"
)

// Status of a promotion condition on screen. A to-do of the user (the UKKJ,
// the vacancy, the integrity pact) is "perlu" until the user ticks it, never
// a tick by assumption: it is exactly what a teacher came to find out about.
// A record condition met only by an assumption (a predikat before the record)
// is "perlu" too: the user should check it.
const (
	SyaratTerpenuhi = "terpenuhi" // ✓ met by the recorded or planned data, or ticked
	SyaratPerlu     = "perlu"     // a to-do not ticked, or an assumption to check
	SyaratBelum     = "belum"     // ✗ not met; Kurang says what is missing
)

// Syarat is one condition of a step as shown.
type Syarat struct {
	Kode, Blok string
	Status     string
	// Mark is the leading word(s): "✓ terpenuhi:", "perlu", "✗ belum:", "✓ ditandai:".
	Mark string
	Teks string
	// Kurang is what is missing (AK, months or predikat), when not met.
	Kurang string
	Asumsi bool
	// Tugas marks a to-do the user ticks (a checkbox); Ditandai its tick.
	Tugas, Ditandai bool
	// Basis words the grade of the condition's source (RULES.md §13).
	Basis   string
	Sources []string
}

// BlokSyarat is one block of a step's conditions: the UKKJ prerequisites or
// the rank step (a jenjang step has both, with different sources).
type BlokSyarat struct {
	Kode, Judul string
	// Menahan: a record condition of this block is not met.
	Menahan bool
	Syarat  []Syarat
}

// Langkah is one promotion step as shown.
type Langkah struct {
	Judul, Kapan, Verdict, Ambang string
	Status                        string
	Dapat                         bool
	// TMT is the earliest TMT on a valid window; UKKJ the earliest UKKJ of a
	// jenjang step (an assumed schedule, UKKJAsumsi).
	TMT, UKKJ  string
	UKKJAsumsi bool
	// Penahan says which block holds the step back, or which to-dos remain.
	Penahan               string
	Kekurangan, AKDibuang string
	Blok                  []BlokSyarat
	Syarat                []Syarat
}

// Karier is the result part of the Karier screen.
type Karier struct {
	Kapan     string
	Mulai     string
	Integrasi string
	Langkah   []Langkah
	// Perlu lists every to-do not ticked and every assumption of every step
	// once.
	Perlu []string
}

// NewKarier builds the Karier model from the domain's projection.
func NewKarier(kr *domain.KarierResult) Karier {
	k := Karier{
		Kapan:     "Tidak ada kenaikan yang dapat dipertimbangkan dalam proyeksi ini.",
		Mulai:     fmt.Sprintf("Mulai %d dari %s golongan %s dengan %s AK dalam jenjang.", kr.TahunMulai, kr.Jenjang.Label(), kr.Golongan, kr.AKAwalText),
		Integrasi: kr.AKIntegrasi,
	}
	for _, l := range kr.Langkah {
		if l.Tahun > 0 && l.Status != domain.StatusBelum {
			k.Kapan = KapanLangkah(l)
			break
		}
	}
	if len(kr.Langkah) == 0 && len(kr.Tahunan) > 0 {
		k.Kapan = "Golongan " + string(kr.Golongan) + " adalah puncak jenjang karier."
	}
	seen := map[string]bool{}
	for _, l := range kr.Langkah {
		v := newLangkah(l)
		for _, s := range v.Syarat {
			if s.Status == SyaratPerlu && !seen[s.Teks] {
				seen[s.Teks] = true
				k.Perlu = append(k.Perlu, s.Teks)
			}
		}
		k.Langkah = append(k.Langkah, v)
	}
	return k
}

// KapanLangkah is the one-line answer for a step: its title, the earliest
// TMT (or the year) and the verdict.
func KapanLangkah(l domain.LangkahKarier) string {
	w := fmt.Sprintf("tahun %d", l.Tahun)
	if l.TMTText != "" {
		w += " (TMT paling cepat " + l.TMTText + ")"
	}
	return fmt.Sprintf("%s: %s — %s.", LangkahJudul(l), w, l.Verdict)
}

var blokJudul = map[string]string{
	domain.BlokUKKJ:    "Syarat Uji Kompetensi Kenaikan Jenjang (UKKJ)",
	domain.BlokPangkat: "Syarat kenaikan pangkat",
}

func newLangkah(l domain.LangkahKarier) Langkah {
	v := Langkah{Judul: LangkahJudul(l), Kapan: "belum tercapai dalam proyeksi", Verdict: l.Verdict, Ambang: l.AmbangText,
		Status: string(l.Status), Dapat: l.Dapat, TMT: l.TMTText, UKKJ: l.UKKJText, Kekurangan: l.Kekurangan, AKDibuang: l.AKDibuang}
	if l.Tanggal != nil {
		v.UKKJAsumsi = l.Tanggal.Asumsi && l.UKKJText != ""
	}
	if l.Tahun > 0 {
		v.Kapan = fmt.Sprintf("syarat terpenuhi akhir %d", l.Tahun)
	}
	for _, s := range l.Syarat {
		sv := newSyarat(s)
		v.Syarat = append(v.Syarat, sv)
		if n := len(v.Blok); n == 0 || v.Blok[n-1].Kode != s.Blok {
			judul := blokJudul[s.Blok]
			if s.Blok == domain.BlokPangkat && l.NaikJenjang {
				judul = fmt.Sprintf("Kenaikan pangkat %s → %s yang menyertainya", l.Dari, l.Golongan)
			}
			v.Blok = append(v.Blok, BlokSyarat{Kode: s.Blok, Judul: judul})
		}
		b := &v.Blok[len(v.Blok)-1]
		b.Syarat = append(b.Syarat, sv)
		b.Menahan = b.Menahan || sv.Status == SyaratBelum
	}
	v.Penahan = penahan(l)
	return v
}

// penahan words what holds a step back: the blocks whose record conditions
// fail, else the to-dos not ticked.
func penahan(l domain.LangkahKarier) string {
	if len(l.Penahan) > 0 {
		names := make([]string, len(l.Penahan))
		for i, b := range l.Penahan {
			names[i] = map[string]string{domain.BlokUKKJ: "syarat UKKJ", domain.BlokPangkat: "syarat kenaikan pangkat"}[b]
			if names[i] == "" {
				names[i] = b
			}
		}
		return "Tertahan oleh " + strings.Join(names, " dan ") + "."
	}
	if len(l.Tugas) > 0 {
		labels := make([]string, len(l.Tugas))
		for i, k := range l.Tugas {
			labels[i] = TugasLabel(k)
		}
		return "Tinggal tugas Anda: " + strings.Join(labels, "; ") + "."
	}
	return ""
}

func newSyarat(s domain.SyaratStep) Syarat {
	out := Syarat{Kode: s.Kode, Blok: s.Blok, Teks: s.Pesan, Kurang: s.Kurang, Asumsi: s.Asumsi, Basis: BasisTeks(s.Basis), Sources: s.Sources,
		Tugas: s.Jenis == domain.JenisTugas}
	switch {
	case s.Status == domain.StatusTugas:
		out.Status, out.Mark, out.Teks = SyaratPerlu, "perlu", perluTeks(s.Pesan)
	case s.Status == domain.StatusTerpenuhi && out.Tugas:
		out.Status, out.Mark, out.Ditandai = SyaratTerpenuhi, "✓ ditandai:", true
		out.Teks = strings.Replace(s.Pesan, " (ditandai selesai oleh Anda)", "", 1)
	case s.Status == domain.StatusTerpenuhi && s.Asumsi:
		out.Status, out.Mark, out.Teks = SyaratPerlu, "perlu", perluTeks(s.Pesan)
	case s.Status == domain.StatusTerpenuhi:
		out.Status, out.Mark = SyaratTerpenuhi, "✓ terpenuhi:"
	default:
		out.Status, out.Mark = SyaratBelum, "✗ belum:"
	}
	return out
}

// perluTeks words a to-do or an assumed condition: the domain's sentence
// without its remark in brackets, which the "perlu" mark, the checkbox and
// the asumsi badge now say.
func perluTeks(pesan string) string {
	for _, cut := range []string{" (perlu Anda", " (dianggap"} {
		if i := strings.Index(pesan, cut); i > 0 {
			pesan = pesan[:i]
		}
	}
	if i := strings.Index(pesan, " (predikat tahun sebelum"); i > 0 {
		pesan = pesan[:i] + " (tahun sebelum proyeksi belum tercatat)"
	}
	if pesan != "" {
		pesan = strings.ToLower(pesan[:1]) + pesan[1:]
	}
	return pesan
}

// LangkahJudul names a step: "Naik pangkat III/a → III/b" or with the jenjang.
func LangkahJudul(l domain.LangkahKarier) string {
	if l.NaikJenjang {
		return fmt.Sprintf("Naik jenjang ke %s dan pangkat %s → %s", l.Jenjang.Label(), l.Dari, l.Golongan)
	}
	return fmt.Sprintf("Naik pangkat %s → %s (%s)", l.Dari, l.Golongan, l.Golongan.Pangkat())
}

// BasisTeks words a source grade of RULES.md §13 (P, S-B, S-C, D); another
// value is returned as it is.
func BasisTeks(b string) string {
	switch b {
	case "P":
		return "sumber primer, A"
	case "S-B":
		return "sumber sekunder, B"
	case "S-C":
		return "sumber sekunder, C"
	case "D":
		return "disimpulkan/asumsi, D"
	}
	return b
}
