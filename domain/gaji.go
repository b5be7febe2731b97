package domain

import (
	"fmt"
	"strconv"
	"time"
)

// gajiGolongan are the columns of the gaji pokok table, golongan III/a … IV/e
// (the simulator covers III and IV only, RULES.md §14.6).
var gajiGolongan = [...]Golongan{"III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"}

// gajiPokokTable is the monthly gaji pokok in rupiah of PP 5/2024 (Lampiran),
// rows MKG 0, 2, …, 32 years, columns gajiGolongan (RULES.md §14.2). Rows 0
// and 32 are national news and summaries (S-B/S-C) [GAPOK-BISNIS]
// [GAPOK-POSKOTA][GAPOK-BUNGKO]; the interior cells come only from public code
// that agree with one another and with the table's ratios (D) [CODE-GAPOK]:
// provisional until the Lampiran is read (§14.6 Q36). The ratio test in
// gaji_test.go catches a mistyped cell.
var gajiPokokTable = [17][9]int64{
	{2785700, 2903600, 3026400, 3154400, 3287800, 3426900, 3571900, 3723000, 3880400}, // MKG 0
	{2873500, 2995000, 3121700, 3253700, 3391400, 3534800, 3684400, 3840200, 4002700}, // MKG 2
	{2964000, 3089300, 3220000, 3356200, 3498200, 3646200, 3800400, 3961200, 4128700}, // MKG 4
	{3057300, 3186600, 3321400, 3461900, 3608400, 3761000, 3920100, 4085900, 4258700}, // MKG 6
	{3153600, 3287000, 3426000, 3571000, 3722000, 3879500, 4043600, 4214600, 4392900}, // MKG 8
	{3252900, 3390500, 3533900, 3683400, 3839200, 4001600, 4170900, 4347300, 4531200}, // MKG 10
	{3355400, 3497300, 3645200, 3799400, 3960200, 4127700, 4302300, 4484300, 4673900}, // MKG 12
	{3461100, 3607500, 3760100, 3919100, 4084900, 4257700, 4437800, 4625500, 4821100}, // MKG 14
	{3570100, 3721100, 3878500, 4042500, 4213500, 4391800, 4577500, 4771200, 4973000}, // MKG 16
	{3682500, 3838300, 4000600, 4169900, 4346200, 4530100, 4721700, 4921400, 5129600}, // MKG 18
	{3798500, 3959200, 4126600, 4301200, 4483100, 4672800, 4870400, 5076400, 5291200}, // MKG 20
	{3918100, 4083900, 4256600, 4436700, 4624300, 4819900, 5023800, 5236300, 5457800}, // MKG 22
	{4041500, 4212500, 4390700, 4576400, 4770000, 4971700, 5182000, 5401200, 5629700}, // MKG 24
	{4168800, 4345100, 4528900, 4720500, 4920200, 5128300, 5345200, 5571400, 5807000}, // MKG 26
	{4300100, 4482000, 4671600, 4869200, 5075200, 5289800, 5513600, 5746800, 5989900}, // MKG 28
	{4435500, 4623200, 4818700, 5022500, 5235000, 5456400, 5687200, 5927800, 6178600}, // MKG 30
	{4575200, 4768800, 4970500, 5180700, 5399900, 5628300, 5866400, 6114500, 6373200}, // MKG 32
}

// TabelGaji describes the gaji pokok table in use: its instrument, dates,
// grade and whether it is provisional.
type TabelGaji struct {
	DasarHukum string `json:"dasar_hukum"`
	// Mulai is the first day the table applies; Dikenal is the last day for
	// which no later table was found (RULES.md §14.2 "Rule-year answer").
	Mulai   time.Time `json:"mulai"`
	Dikenal time.Time `json:"dikenal"`
	// Sementara: the interior cells are not from the regulation's text (Q36).
	Sementara bool     `json:"sementara"`
	Basis     string   `json:"basis"`
	Catatan   string   `json:"catatan"`
	Sources   []string `json:"sources"`
}

// tabelGajiPP5 is the only table known: PP 5/2024 from 1 Jan 2024, still the
// table in January 2026 [GAPOK-TRIBUN-2026][GAPOK-OKEPOST].
var tabelGajiPP5 = TabelGaji{
	DasarHukum: "PP No. 5 Tahun 2024 (Perubahan Kesembilan Belas atas PP 7/1977), Lampiran",
	Mulai:      time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC),
	Dikenal:    time.Date(2026, time.December, 31, 0, 0, 0, 0, time.UTC),
	Sementara:  true,
	Basis:      "S-B (MKG 0 dan 32) / D (sel tengah, sementara)",
	Catatan:    "Tabel sementara: sel MKG 2–30 dari implementasi publik, belum dicocokkan dengan Lampiran PP 5/2024 (§14.6 Q36).",
	Sources:    []string{"GAPOK-BISNIS", "GAPOK-POSKOTA", "GAPOK-BUNGKO", "GAPOK-BENGKULU", "CODE-GAPOK", "GAPOK-TRIBUN-2026", "GAPOK-OKEPOST"},
}

// TabelGajiPokok returns the description of the gaji pokok table.
func TabelGajiPokok() TabelGaji {
	t := tabelGajiPP5
	t.Sources = append([]string(nil), t.Sources...)
	return t
}

// Limits of the MKG input.
const (
	mkgMaks  = 32 // the table stops at 32 [GAPOK-BENGKULU]
	mkgInput = 50 // largest MKG accepted as input
)

// barisMKG is the table row of MKG years: the lower even row, capped at 32
// (RULES.md §14.2 "Lookup and MKG rules").
func barisMKG(mkg int) int {
	if mkg > mkgMaks {
		mkg = mkgMaks
	}
	return mkg / 2
}

func kolomGaji(g Golongan) (int, bool) {
	for i, x := range gajiGolongan {
		if x == g {
			return i, true
		}
	}
	return 0, false
}

// GajiPokok returns the monthly gaji pokok in rupiah of a PNS in golongan g
// with mkg whole years of masa kerja golongan: row min(32, mkg − mkg mod 2) of
// PP 5/2024 (RULES.md §14.6). ok is false for a golongan outside III/a … IV/e
// or a negative MKG.
func GajiPokok(g Golongan, mkg int) (rupiah int64, ok bool) {
	c, ok := kolomGaji(g)
	if !ok || mkg < 0 {
		return 0, false
	}
	return gajiPokokTable[barisMKG(mkg)][c], true
}

// GajiPokokCPNS is 80 % of the cell during the CPNS period (PP 7/1977 Pasal
// 5(1)) [PP7-WIKI]. Every cell is a multiple of 100, so the result is exact.
func GajiPokokCPNS(g Golongan, mkg int) (rupiah int64, ok bool) {
	v, ok := GajiPokok(g, mkg)
	return v * 80 / 100, ok
}

// Estimasi marks a computed amount as an estimate with its basis and sources.
type Estimasi struct {
	Estimasi bool     `json:"estimasi"`
	Basis    string   `json:"basis"`
	Catatan  string   `json:"catatan,omitempty"`
	Sources  []string `json:"sources"`
}

// Perubahan kinds.
const (
	PerubahanKP  = "kenaikan_pangkat"
	PerubahanKJ  = "kenaikan_jenjang"
	PerubahanKGB = "kenaikan_gaji_berkala"
)

// PerubahanGaji is the gaji pokok before and after a rank step or a KGB, and
// the monthly change with TPG for a certified guru (TPG = gaji pokok, §14.4).
type PerubahanGaji struct {
	Jenis   string   `json:"jenis"`
	Label   string   `json:"label"`
	Dari    Golongan `json:"dari"`
	Ke      Golongan `json:"ke"`
	MKG     int      `json:"mkg"`
	Sebelum int64    `json:"sebelum"`
	Sesudah int64    `json:"sesudah"`
	Selisih int64    `json:"selisih"`
	// SelisihDenganTPG is twice Selisih: TPG follows the gaji pokok (§14.3).
	SelisihDenganTPG int64  `json:"selisih_dengan_tpg"`
	Teks             string `json:"teks"`
	Estimasi
}

// NaikPangkatGaji is the gaji pokok before and after a rank step from dari to
// ke at mkg years: MKG carries over unchanged for a guru in III/IV (§14.2,
// Q38, inferred), so the new gaji pokok is the new column on the same row.
func NaikPangkatGaji(dari, ke Golongan, mkg int) (PerubahanGaji, error) {
	a, ok1 := GajiPokok(dari, mkg)
	b, ok2 := GajiPokok(ke, mkg)
	if !ok1 || !ok2 {
		return PerubahanGaji{}, fmt.Errorf("gaji pokok hanya tersedia untuk golongan III/a sampai IV/e dan MKG 0 ke atas (%s → %s, MKG %d)", dari, ke, mkg)
	}
	p := PerubahanGaji{Jenis: PerubahanKP, Label: fmt.Sprintf("Kenaikan pangkat %s → %s", dari, ke), Dari: dari, Ke: ke, MKG: mkg, Sebelum: a, Sesudah: b, Selisih: b - a, SelisihDenganTPG: 2 * (b - a)}
	p.Estimasi = Estimasi{Estimasi: true, Basis: "S-C/D", Catatan: "MKG dibawa utuh pada kenaikan pangkat guru golongan III/IV (disimpulkan, §14.6 Q38); " + tabelGajiPP5.Catatan,
		Sources: []string{"PP7-TWB", "MKG-SCRIBD", "GAPOK-BISNIS", "CODE-GAPOK", "ASUMSI"}}
	p.isiTeks()
	return p, nil
}

// isiTeks writes the sentence shown for a change.
func (p *PerubahanGaji) isiTeks() {
	p.Teks = fmt.Sprintf("%s: gaji pokok %s → %s (%s per bulan; %s dengan TPG)", p.Label, FormatRupiah(p.Sebelum), FormatRupiah(p.Sesudah), formatSelisih(p.Selisih), formatSelisih(p.SelisihDenganTPG))
}

// KGBGaji is the gaji pokok before and after the periodic step (kenaikan gaji
// berkala, every 2 years of MKG [KGB-GORONTALO]) that brings golongan g to mkg
// years; mkg must be even, 2 … 32.
func KGBGaji(g Golongan, mkg int) (PerubahanGaji, error) {
	if mkg < 2 || mkg > mkgMaks || mkg%2 != 0 {
		return PerubahanGaji{}, fmt.Errorf("kenaikan gaji berkala terjadi pada MKG genap 2 sampai 32 tahun (bukan %d)", mkg)
	}
	a, ok1 := GajiPokok(g, mkg-2)
	b, ok2 := GajiPokok(g, mkg)
	if !ok1 || !ok2 {
		return PerubahanGaji{}, fmt.Errorf("gaji pokok hanya tersedia untuk golongan III/a sampai IV/e (bukan %s)", g)
	}
	p := PerubahanGaji{Jenis: PerubahanKGB, Label: fmt.Sprintf("Kenaikan gaji berkala %s, MKG %d tahun", g, mkg), Dari: g, Ke: g, MKG: mkg, Sebelum: a, Sesudah: b, Selisih: b - a, SelisihDenganTPG: 2 * (b - a)}
	p.Estimasi = Estimasi{Estimasi: true, Basis: "P (2 tahun) / D (tabel)", Catatan: tabelGajiPP5.Catatan,
		Sources: []string{"KGB-GORONTALO", "GAPOK-BISNIS", "CODE-GAPOK"}}
	p.isiTeks()
	return p, nil
}

// FormatRupiah writes an amount the Indonesian way: "Rp3.089.300".
func FormatRupiah(n int64) string {
	s := formatHundredths(n*100, ",", ".")
	if n < 0 {
		return "−Rp" + s[1:]
	}
	return "Rp" + s
}

func formatSelisih(n int64) string {
	if n >= 0 {
		return "+" + FormatRupiah(n)
	}
	return FormatRupiah(n)
}

// FormatTanggal writes a date the Indonesian way: "1 Oktober 2025".
func FormatTanggal(t time.Time) string {
	y, m, d := t.Date()
	var buf [32]byte // one allocation: the projection writes a few per step
	b := strconv.AppendInt(buf[:0], int64(d), 10)
	b = append(b, ' ')
	b = append(b, NamaBulan(int(m))...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(y), 10)
	return string(b)
}
