package domain

// Jenjang is a functional level (jenjang jabatan fungsional), RULES.md §3.4.
type Jenjang string

// The expertise (keahlian) levels used by guru, kepala sekolah and pengawas,
// and the skill (keterampilan) levels listed for completeness.
const (
	AhliPertama Jenjang = "ahli_pertama"
	AhliMuda    Jenjang = "ahli_muda"
	AhliMadya   Jenjang = "ahli_madya"
	AhliUtama   Jenjang = "ahli_utama"
	Pemula      Jenjang = "pemula"
	Terampil    Jenjang = "terampil"
	Mahir       Jenjang = "mahir"
	Penyelia    Jenjang = "penyelia"
)

// JenjangInfo is one row of the jenjang table.
type JenjangInfo struct {
	Code     Jenjang  `json:"code"`
	Label    string   `json:"label"`
	Kategori string   `json:"kategori"` // "keahlian" or "keterampilan"
	Golongan []string `json:"golongan"` // golongan range of the jenjang
	// Koefisien is the annual AK coefficient (koefisien AK tahunan) [P1][SEED1][BKN-SLIDES-A].
	Koefisien AK `json:"koefisien"`
	// KenaikanPangkat is the AK for each rank step within the jenjang (RULES.md §7.3) [P1][BKN-SLIDES-B].
	KenaikanPangkat AK `json:"kenaikan_pangkat"`
	// KenaikanJenjang is the AK, counted within the jenjang, for the next jenjang; zero at the top.
	KenaikanJenjang AK `json:"kenaikan_jenjang"`
	// Berikutnya is the next jenjang, empty at the top.
	Berikutnya Jenjang `json:"berikutnya,omitempty"`
	// NilaiDasar is the conventional cumulative AK at the start of the jenjang, used by
	// integrasi (RULES.md §7.4) [BKN-SLIDES-C][OLD-PKG]; zero where not defined.
	NilaiDasar AK       `json:"nilai_dasar"`
	Sources    []string `json:"sources"`
}

// jenjangTable: RULES.md §3.4 (coefficients, golongan) and §7.3 (thresholds).
// The keterampilan coefficients follow P1 as corroborated by CODE-SIASN; the
// BKN-SLIDES-C extraction swaps Terampil/Mahir labels and is not followed.
var jenjangTable = []JenjangInfo{
	{AhliPertama, "Ahli Pertama", "keahlian", []string{"III/a", "III/b"}, AKInt(25).MulFrac(1, 2), AKInt(50), AKInt(100), AhliMuda, AKInt(100), []string{"P1", "SEED1", "BKN-SLIDES-A", "BKN-SLIDES-B"}},
	{AhliMuda, "Ahli Muda", "keahlian", []string{"III/c", "III/d"}, AKInt(25), AKInt(100), AKInt(200), AhliMadya, AKInt(200), []string{"P1", "SEED1", "BKN-SLIDES-A", "BKN-SLIDES-B"}},
	{AhliMadya, "Ahli Madya", "keahlian", []string{"IV/a", "IV/b", "IV/c"}, NewAK(75, 2), AKInt(150), AKInt(450), AhliUtama, AKInt(400), []string{"P1", "SEED1", "BKN-SLIDES-A", "BKN-SLIDES-B"}},
	{AhliUtama, "Ahli Utama", "keahlian", []string{"IV/d", "IV/e"}, AKInt(50), AKInt(200), AK{}, "", AKInt(850), []string{"P1", "SEED1", "BKN-SLIDES-A", "BKN-SLIDES-B"}},
	{Pemula, "Pemula", "keterampilan", []string{"II/a"}, NewAK(15, 4), AKInt(15), AKInt(15), Terampil, AK{}, []string{"P1", "CODE-SIASN"}},
	{Terampil, "Terampil", "keterampilan", []string{"II/b", "II/c", "II/d"}, AKInt(5), AKInt(20), AKInt(60), Mahir, AK{}, []string{"P1", "CODE-SIASN"}},
	{Mahir, "Mahir", "keterampilan", []string{"III/a", "III/b"}, NewAK(25, 2), AKInt(50), AKInt(100), Penyelia, AK{}, []string{"P1", "CODE-SIASN"}},
	{Penyelia, "Penyelia", "keterampilan", []string{"III/c", "III/d"}, AKInt(25), AKInt(100), AK{}, "", AK{}, []string{"P1", "CODE-SIASN"}},
}

// Jenjangs lists every jenjang, keahlian first.
func Jenjangs() []JenjangInfo { return append([]JenjangInfo(nil), jenjangTable...) }

// Info returns the table row of j.
func (j Jenjang) Info() (JenjangInfo, bool) {
	if r := j.baris(); r != nil {
		return *r, true
	}
	return JenjangInfo{}, false
}

// baris is the table row of j in place (nil when unknown): the projection
// asks for a field of it every year, and copying the whole row each time
// showed in its profile.
func (j Jenjang) baris() *JenjangInfo {
	for i := range jenjangTable {
		if jenjangTable[i].Code == j {
			return &jenjangTable[i]
		}
	}
	return nil
}

// Valid reports whether j is a known jenjang.
func (j Jenjang) Valid() bool { return j.baris() != nil }

// Label is the Indonesian name ("Ahli Muda").
func (j Jenjang) Label() string {
	if r := j.baris(); r != nil {
		return r.Label
	}
	return string(j)
}

// Koefisien is the annual AK coefficient of j (zero if unknown).
func (j Jenjang) Koefisien() AK { r, _ := j.Info(); return r.Koefisien }

// Keahlian reports whether j is in the expertise category (guru, KS, pengawas).
func (j Jenjang) Keahlian() bool { r, _ := j.Info(); return r.Kategori == "keahlian" }

// HasGolongan reports whether golongan g lies in the range of j.
func (j Jenjang) HasGolongan(g string) bool {
	r := j.baris()
	if r == nil {
		return false
	}
	for _, x := range r.Golongan {
		if x == g {
			return true
		}
	}
	return false
}
