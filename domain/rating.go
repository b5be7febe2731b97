package domain

import "strings"

// Rating is an assessor's rating of Hasil Kerja or Perilaku Kerja (RULES.md §3.1) [P6][SEED1].
type Rating string

// The three ratings, ordered DiBawah < Sesuai < DiAtas.
const (
	DiBawah Rating = "di_bawah"
	Sesuai  Rating = "sesuai"
	DiAtas  Rating = "di_atas"
)

// Ratings lists the ratings from lowest to highest.
var Ratings = []Rating{DiBawah, Sesuai, DiAtas}

// Label is the Indonesian name.
func (r Rating) Label() string {
	switch r {
	case DiAtas:
		return "Di Atas Ekspektasi"
	case Sesuai:
		return "Sesuai Ekspektasi"
	case DiBawah:
		return "Di Bawah Ekspektasi"
	}
	return string(r)
}

// Valid reports whether r is one of the three ratings.
func (r Rating) Valid() bool { return r.rank() >= 0 }

func (r Rating) rank() int {
	for i, x := range Ratings {
		if x == r {
			return i
		}
	}
	return -1
}

// Predikat is an employee's performance predikat (RULES.md §3.2) [P6][P1].
type Predikat string

// The five predikat. "cukup" is accepted as an alias of ButuhPerbaikan (ParsePredikat).
const (
	SangatBaik     Predikat = "sangat_baik"
	Baik           Predikat = "baik"
	ButuhPerbaikan Predikat = "butuh_perbaikan"
	Kurang         Predikat = "kurang"
	SangatKurang   Predikat = "sangat_kurang"
)

// predikatInfo is the predikat table: label and AK multiplier in percent
// (PermenPANRB 1/2023 Pasal 37 ayat (1)) [P1][BKN-NEWS][JDIH-MARVES][SEED1].
var predikatInfo = []struct {
	Code       Predikat
	Label      string
	Multiplier int64 // percent
	Source     string
}{
	{SangatBaik, "Sangat Baik", 150, "P1"},
	{Baik, "Baik", 100, "P1"},
	{ButuhPerbaikan, "Butuh Perbaikan", 75, "P1"}, // "cukup/butuh perbaikan" in Pasal 37(1)
	{Kurang, "Kurang", 50, "P1"},                  // "Kurang/Misconduct" in the P6 matrix
	{SangatKurang, "Sangat Kurang", 25, "P1"},
}

// Predikats lists the predikat from best to worst.
var Predikats = []Predikat{SangatBaik, Baik, ButuhPerbaikan, Kurang, SangatKurang}

// predikatAliases maps other spellings seen in the sources to the official code (RULES.md §3.2).
var predikatAliases = map[string]Predikat{
	"cukup":             ButuhPerbaikan, // seed 001 table, PP 30/2019 term
	"kurang_misconduct": Kurang,         // name in the P6 matrix
	"misconduct":        Kurang,
}

// ParsePredikat reads a predikat code or alias ("cukup" → butuh_perbaikan).
func ParsePredikat(s string) (Predikat, bool) {
	k := strings.ToLower(strings.TrimSpace(s))
	if p, ok := predikatAliases[k]; ok {
		return p, true
	}
	p := Predikat(k)
	return p, p.Valid()
}

// UnmarshalText accepts the aliases of ParsePredikat; an unknown code is kept
// as written so validation can report it with its field path.
func (p *Predikat) UnmarshalText(b []byte) error {
	if v, ok := ParsePredikat(string(b)); ok {
		*p = v
		return nil
	}
	*p = Predikat(b)
	return nil
}

// Valid reports whether p is one of the five predikat.
func (p Predikat) Valid() bool { return p.index() >= 0 }

func (p Predikat) index() int {
	for i, x := range predikatInfo {
		if x.Code == p {
			return i
		}
	}
	return -1
}

// Label is the official Indonesian name.
func (p Predikat) Label() string {
	if i := p.index(); i >= 0 {
		return predikatInfo[i].Label
	}
	return string(p)
}

// Multiplier is the AK multiplier in percent (150, 100, 75, 50, 25) [P1].
func (p Predikat) Multiplier() int64 {
	if i := p.index(); i >= 0 {
		return predikatInfo[i].Multiplier
	}
	return 0
}

// AtLeastBaik reports whether p is Baik or better, the condition for
// promotion (RULES.md §7.3) [BKN3][DJKN].
func (p Predikat) AtLeastBaik() bool { return p == Baik || p == SangatBaik }
