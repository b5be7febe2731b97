package domain

// Golongan is a PNS rank code such as "III/c"; its pangkat is the rank's name
// (RULES.md §3.5) [BKN-KP][OLD-PKG].
type Golongan string

// GolonganInfo is one row of the golongan table.
type GolonganInfo struct {
	Code    Golongan `json:"code"`
	Pangkat string   `json:"pangkat"`
	// Konvensional is the conventional (DUPAK-era) cumulative AK of the rank for guru
	// (RULES.md §7.4) [BKN-SLIDES-C][OLD-PKG]; zero where not defined.
	Konvensional AK `json:"konvensional"`
	// Syarat is the AK accumulated within the jenjang needed to reach this golongan
	// from the previous one (RULES.md §7.3, "per golongan for guru"); zero for the first.
	Syarat AK `json:"syarat"`
}

// golonganTable lists the golongan in promotion order. II/* ranks are listed for the
// keterampilan levels; their step thresholds follow the jenjang table.
var golonganTable = []GolonganInfo{
	{"II/a", "Pengatur Muda", AK{}, AK{}},
	{"II/b", "Pengatur Muda Tingkat I", AK{}, AKInt(15)},
	{"II/c", "Pengatur", AK{}, AKInt(20)},
	{"II/d", "Pengatur Tingkat I", AK{}, AKInt(40)},
	{"III/a", "Penata Muda", AKInt(100), AKInt(60)},
	{"III/b", "Penata Muda Tingkat I", AKInt(150), AKInt(50)},
	{"III/c", "Penata", AKInt(200), AKInt(100)},
	{"III/d", "Penata Tingkat I", AKInt(300), AKInt(100)},
	{"IV/a", "Pembina", AKInt(400), AKInt(200)},
	{"IV/b", "Pembina Tingkat I", AKInt(550), AKInt(150)},
	{"IV/c", "Pembina Utama Muda", AKInt(700), AKInt(300)},
	{"IV/d", "Pembina Utama Madya", AKInt(850), AKInt(450)},
	{"IV/e", "Pembina Utama", AKInt(1050), AKInt(200)},
}

// Golongans lists every golongan in promotion order.
func Golongans() []GolonganInfo { return append([]GolonganInfo(nil), golonganTable...) }

// Info returns the table row of g.
func (g Golongan) Info() (GolonganInfo, bool) {
	for i := range golonganTable {
		if golonganTable[i].Code == g {
			return golonganTable[i], true
		}
	}
	return GolonganInfo{}, false
}

// Valid reports whether g is a known golongan.
func (g Golongan) Valid() bool { _, ok := g.Info(); return ok }

// Pangkat is the rank's name ("Penata").
func (g Golongan) Pangkat() string { r, _ := g.Info(); return r.Pangkat }

// Next returns the golongan one step up, or false at the top.
func (g Golongan) Next() (Golongan, bool) {
	for i := range golonganTable {
		if golonganTable[i].Code == g && i+1 < len(golonganTable) {
			return golonganTable[i+1].Code, true
		}
	}
	return "", false
}

// JenjangOf returns the keahlian jenjang whose range holds g (for guru), or "".
func JenjangOf(g Golongan) Jenjang {
	for _, r := range jenjangTable {
		if r.Kategori == "keahlian" && r.Code.HasGolongan(string(g)) {
			return r.Code
		}
	}
	return ""
}
