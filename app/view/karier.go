package view

import (
	"fmt"
	"strconv"
	"strings"

	"simkinerja/domain"
)

// Status of a promotion condition on screen. An assumed condition is a
// to-do ("perlu …"), never a tick: the competence test and the vacancy are
// exactly what a teacher came to find out about.
const (
	SyaratTerpenuhi = "terpenuhi" // ✓ met by the recorded or planned data
	SyaratPerlu     = "perlu"     // assumed; the user has to see to it
	SyaratBelum     = "belum"     // ✗ not met
)

// Syarat is one condition of a step as shown.
type Syarat struct {
	Kode   string
	Status string
	// Mark is the leading word(s): "✓ terpenuhi:", "perlu", "✗ belum:".
	Mark    string
	Teks    string
	Asumsi  bool
	Sources []string
}

// Langkah is one promotion step as shown.
type Langkah struct {
	Judul, Kapan, Verdict, Ambang string
	Dapat                         bool
	Kekurangan, AKDibuang         string
	Syarat                        []Syarat
}

// Karier is the result part of the Karier screen.
type Karier struct {
	Kapan     string
	Mulai     string
	Integrasi string
	Langkah   []Langkah
	// Perlu lists every assumed condition of every step once, as to-dos.
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
		if l.Dapat {
			k.Kapan = fmt.Sprintf("%s: tahun %d — %s.", LangkahJudul(l), l.Tahun, l.Verdict)
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

func newLangkah(l domain.LangkahKarier) Langkah {
	v := Langkah{Judul: LangkahJudul(l), Kapan: "belum tercapai dalam proyeksi", Verdict: l.Verdict, Ambang: l.AmbangText,
		Dapat: l.Dapat, Kekurangan: l.Kekurangan, AKDibuang: l.AKDibuang}
	if l.Tahun > 0 {
		v.Kapan = "tahun " + strconv.Itoa(l.Tahun)
	}
	for _, s := range l.Syarat {
		v.Syarat = append(v.Syarat, newSyarat(s))
	}
	return v
}

func newSyarat(s domain.SyaratStep) Syarat {
	out := Syarat{Kode: s.Kode, Teks: s.Pesan, Asumsi: s.Asumsi, Sources: s.Sources}
	switch {
	case s.Asumsi && s.Terpenuhi:
		out.Status, out.Mark, out.Teks = SyaratPerlu, "perlu", perluTeks(s.Pesan)
	case s.Terpenuhi:
		out.Status, out.Mark = SyaratTerpenuhi, "✓ terpenuhi:"
	default:
		out.Status, out.Mark = SyaratBelum, "✗ belum:"
	}
	return out
}

// perluTeks words an assumed condition as a to-do: the domain's sentence
// without its "(dianggap … — asumsi)" remark, which the "perlu" mark and the
// asumsi badge now say.
func perluTeks(pesan string) string {
	if i := strings.Index(pesan, " (dianggap"); i > 0 {
		pesan = pesan[:i]
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
