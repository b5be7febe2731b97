package domain

import "sort"

// RuleYear identifies a rule set: the year of the pedoman it models ("2024",
// "2025", "2026"). It is an identifier, not a number: a calendar year maps to a
// rule year through RuleYearFor, and nothing parses it.
type RuleYear string

// Basis grades a rule row as RULES.md §13 does: P (primary, grade A), S-B and
// S-C (secondary, grade B or C), D (a default or inference with its §11
// question). Rows graded S-C or D are carried into the trace as assumptions.
type Basis string

// The grades.
const (
	BasisP  Basis = "P"
	BasisSB Basis = "S-B"
	BasisSC Basis = "S-C"
	BasisD  Basis = "D"
)

// Asumsi reports whether rows of this grade are shown as "asumsi".
func (b Basis) Asumsi() bool { return b == BasisSC || b == BasisD }

// Sumber is the provenance every rule row carries: its source keys (Sources),
// its grade and, for a default, the RULES.md §11 question it answers.
type Sumber struct {
	Sources []string `json:"sources"`
	Basis   Basis    `json:"basis,omitempty"`
	Q       string   `json:"q,omitempty"`
}

// RuleSet is the rule set of one rule year, entirely as data: everything that
// differs between years lives here, each row with its source keys. A new rule
// year is a new rules_YYYY.go file (see README "Aturan tahun baru").
type RuleSet struct {
	Year RuleYear `json:"year"`
	// Judul names the year's model for the screens.
	Judul string `json:"judul"`
	// Catatan qualifies the whole set, e.g. 2026 "berdasarkan ringkasan resmi/sekunder" (§11 Q20).
	Catatan string `json:"catatan,omitempty"`
	// DasarHukum is the legal basis of the year's model.
	DasarHukum []string `json:"dasar_hukum"`
	Sumber
	// Matriks is the predikat matrix with the labels the regulation prints (RULES.md §4).
	Matriks Matriks `json:"matriks"`
	// Koefisien and Pengali are the AK tables (RULES.md §3.4, §3.2, §7.1).
	Koefisien []KoefisienRow `json:"koefisien"`
	Pengali   []PengaliRow   `json:"pengali"`
	// Periods are the assessment periods with the months of their stages.
	Periods []PeriodDef `json:"periods"`
	// Tahapan names the stages of the improvement cycle in this year's words.
	Tahapan []TahapDef `json:"tahapan"`
	// Kompetensi is the competency-development model.
	Kompetensi KompetensiModel `json:"kompetensi"`
	// Dokumen is the accountability-document model and the documents per role.
	Dokumen DokumenModel `json:"dokumen"`
	// TugasPokok: the 5M core duties are part of the SKP.
	TugasPokok     bool   `json:"tugas_pokok"`
	TugasPokokFrom Sumber `json:"tugas_pokok_sumber"`
	// Peran lists the roles admitted; PemetaanPeran maps roles that merge away.
	Peran         []PeranRow    `json:"peran"`
	PemetaanPeran []PemetaanRow `json:"pemetaan_peran,omitempty"`
	// JenisSatuan lists the school types admitted (negeri; swasta from 2026).
	JenisSatuan []JenisSatuanRow `json:"jenis_satuan"`
	// Penilai names the assessor per role and school type.
	Penilai []PenilaiRow `json:"penilai"`
	// Penempatan is the new-appointee table: for each appointment month 1–12,
	// what applies in each period.
	Penempatan [12]Penempatan `json:"penempatan"`
	// SKP is the planning deadline and what missing it costs.
	SKP SKPRule `json:"skp"`
	// AKHanyaPNS: AK is converted for PNS only; a PPPK gets a predikat only.
	AKHanyaPNS Sumber `json:"ak_hanya_pns"`

	// pra holds the trace steps that depend on the rule set alone, built
	// once when the set is registered (siapkan), never changed after.
	pra *praHitung
}

// Matriks is the predikat matrix of a rule year: Sel[hasil kerja][perilaku],
// both in the order DiBawah, Sesuai, DiAtas, each cell with the label the
// regulation prints in the matrix ("Kurang/Misconduct").
type Matriks struct {
	Sel [3][3]SelMatriks `json:"sel"`
	Sumber
}

// SelMatriks is one cell of the matrix.
type SelMatriks struct {
	Predikat Predikat `json:"predikat"`
	Label    string   `json:"label"`
}

// KoefisienRow is the annual AK coefficient of a jenjang.
type KoefisienRow struct {
	Jenjang Jenjang `json:"jenjang"`
	AK      AK      `json:"ak"`
	Sumber
}

// PengaliRow is the AK multiplier of a predikat in percent, with the name the AK table uses.
type PengaliRow struct {
	Predikat Predikat `json:"predikat"`
	Persen   int64    `json:"persen"`
	Label    string   `json:"label"`
	Sumber
}

// PeriodDef is one period of a rule year with the months of its stages.
type PeriodDef struct {
	Name  string `json:"name"`
	Label string `json:"label"`
	Start int    `json:"start"` // first calendar month 1–12
	End   int    `json:"end"`   // last calendar month
	// SKP is the month of planning (SKP); Stages maps each stage to its months.
	SKP    int             `json:"skp"`
	Stages map[Stage][]int `json:"stages"`
	Asumsi []Stage         `json:"asumsi,omitempty"` // stages whose months are a default (§11 Q8, Q21, Q22)
	Sumber
}

// Months is the length of the period in whole months.
func (p PeriodDef) Months() int { return p.End - p.Start + 1 }

// TahapDef is one stage of the improvement cycle as a rule year names it. The
// stage codes A–G stay the same across years (they key the saved forms); the
// names, fields and documents change.
type TahapDef struct {
	Code Stage `json:"code"`
	// Kode is the year's own name of the step, e.g. "persiapan_observasi" (2026).
	Kode  string `json:"kode"`
	Label string `json:"label"`
	// Isian are the form fields the sources name for the stage.
	Isian []Item `json:"isian"`
	// Dokumen names the form the step fills, when the year has one (2026:
	// Dokumen Persiapan, Dokumen Tindak Lanjut, Dokumen Refleksi).
	Dokumen string `json:"dokumen,omitempty"`
	// Catatan is a note shown with the stage ("bukan penilaian").
	Catatan string `json:"catatan,omitempty"`
	// Penilaian marks the assessment stages (F, G), whose status follows the ratings.
	Penilaian bool `json:"penilaian,omitempty"`
	Sumber
}

// KompetensiModel is how competency development is recorded in a year.
type KompetensiModel struct {
	// Poin: activities score points with a minimum per period (2024).
	Poin    bool `json:"poin"`
	MinPoin int  `json:"min_poin"`
	MaxPoin int  `json:"max_poin"`
	// Refleksi: each activity carries a reflection instead of points.
	Refleksi bool `json:"refleksi"`
	// Opsional: the list is optional and has no effect on the predikat (2026, §11 Q29).
	Opsional bool `json:"opsional"`
	Sumber
}

// Document models.
const (
	// DokumenUnggah: the employee uploads the documents (2024).
	DokumenUnggah = "unggah"
	// DokumenKonfirmasiAtasan: nothing is uploaded; the atasan confirms that the documents exist.
	DokumenKonfirmasiAtasan = "konfirmasi_atasan"
)

// DokumenModel is how accountability documents are handled in a year.
type DokumenModel struct {
	Model string `json:"model"`
	// Gate: a missing document withholds the predikat (RULES.md §5.4, §11 Q7, Q30).
	Gate     bool   `json:"gate"`
	GateFrom Sumber `json:"gate_sumber"`
	// Wajib lists the documents per role.
	Wajib []DokumenRow `json:"wajib"`
	Sumber
}

// Document conditions (DokumenRow.Syarat).
const (
	// SyaratTugasTambahan: required only with a tugas tambahan (RULES.md §11 Q6).
	SyaratTugasTambahan = "tugas_tambahan"
)

// DokumenRow is one document a role needs, with the condition under which it is required.
type DokumenRow struct {
	Role   Role   `json:"role"`
	Item   Item   `json:"item"`
	Syarat string `json:"syarat,omitempty"`
	Sumber
}

// PeranRow admits a role in a rule year.
type PeranRow struct {
	Role Role `json:"role"`
	// JenjangDitolak lists jenjang the role cannot hold in this year, with the message.
	JenjangDitolak []Jenjang `json:"jenjang_ditolak,omitempty"`
	Pesan          string    `json:"pesan,omitempty"`
	Sumber
}

// PemetaanRow maps a role that merges into another from a calendar year on
// (PermenPANRB 21/2024: pengawas sekolah → guru with a penugasan).
type PemetaanRow struct {
	Dari       Role      `json:"dari"`
	Ke         Role      `json:"ke"`
	Penugasan  Penugasan `json:"penugasan"`
	MulaiTahun int       `json:"mulai_tahun"`
	Sumber
}

// JenisSatuanRow admits a school type.
type JenisSatuanRow struct {
	Jenis JenisSatuan `json:"jenis"`
	Sumber
}

// PenilaiRow names the assessor (Pejabat Penilai Kinerja) and the Tim Kinerja
// of a role at a school type ("" matches every type).
type PenilaiRow struct {
	Role        Role        `json:"role"`
	JenisSatuan JenisSatuan `json:"jenis_satuan,omitempty"`
	Penilai     string      `json:"penilai"`
	TimKinerja  string      `json:"tim_kinerja,omitempty"`
	Sumber
}

// Penempatan is one row of the new-appointee table: per period, "penuh" (full
// cycle through assessment), "otomatis" (implementation auto-completed,
// perilaku only) or "tidak_berlaku".
type Penempatan struct {
	Bulan   int      `json:"bulan"`
	Status  []string `json:"status"` // one per period, in order
	Asumsi  bool     `json:"asumsi,omitempty"`
	Catatan string   `json:"catatan,omitempty"`
	// SKPAkhirBulanTMT: the SKP of an appointee is due by the last day of the TMT month (2026, §11 Q24).
	SKPAkhirBulanTMT bool     `json:"skp_akhir_bulan_tmt,omitempty"`
	Sources          []string `json:"sources"`
}

// SKPRule is the deadline for an approved SKP and its consequence.
type SKPRule struct {
	// Bulan and Hari give the deadline in the year (31 January); zero when the
	// year sets none beyond the SKP month of each period.
	Bulan int `json:"bulan"`
	Hari  int `json:"hari"`
	// Lockout: without an approved SKP by the deadline the year has no
	// performance value (2026, §11 Q25).
	Lockout bool   `json:"lockout"`
	Catatan string `json:"catatan,omitempty"`
	Sumber
}

// Timeline statuses.
const (
	TLPenuh        = "penuh"
	TLOtomatis     = "otomatis"
	TLTidakBerlaku = "tidak_berlaku"
)

// Poin reports whether competency development scores points (2024).
func (rs *RuleSet) Poin() bool { return rs.Kompetensi.Poin }

// DokumenKonfirmasi reports whether documents are confirmed by the atasan instead of uploaded.
func (rs *RuleSet) DokumenKonfirmasi() bool { return rs.Dokumen.Model == DokumenKonfirmasiAtasan }

// Period returns the period definition with the given code.
func (rs *RuleSet) Period(name string) (PeriodDef, bool) {
	// Rows are compared in place, by index, here and below: the simulation
	// looks rows up for every period, and copying each row it passed showed
	// in its profile.
	if i := rs.periodeKe(name); i >= 0 {
		return rs.Periods[i], true
	}
	return PeriodDef{}, false
}

// periodeKe is the index of period name in rs.Periods, or -1.
func (rs *RuleSet) periodeKe(name string) int {
	for i := range rs.Periods {
		if rs.Periods[i].Name == name {
			return i
		}
	}
	return -1
}

// Roles lists the roles the rule year admits.
func (rs *RuleSet) Roles() []Role {
	out := make([]Role, len(rs.Peran))
	for i, p := range rs.Peran {
		out[i] = p.Role
	}
	return out
}

// HasRole reports whether the rule year admits role r.
func (rs *RuleSet) HasRole(r Role) bool {
	_, ok := rs.peran(r)
	return ok
}

func (rs *RuleSet) peran(r Role) (PeranRow, bool) {
	for _, x := range rs.Peran {
		if x.Role == r {
			return x, true
		}
	}
	return PeranRow{}, false
}

// HasJenisSatuan reports whether the rule year admits school type j ("" is negeri).
func (rs *RuleSet) HasJenisSatuan(j JenisSatuan) bool {
	if j == "" {
		j = Negeri
	}
	for _, x := range rs.JenisSatuan {
		if x.Jenis == j {
			return true
		}
	}
	return false
}

// Tahap returns the year's definition of stage s.
func (rs *RuleSet) Tahap(s Stage) (TahapDef, bool) {
	for _, t := range rs.Tahapan {
		if t.Code == s {
			return t, true
		}
	}
	return TahapDef{}, false
}

// RequiredDokumen returns the documents required for a role; a row with a
// condition applies only when it holds (K4 of a guru only with a tugas
// tambahan, RULES.md §11 Q6).
func (rs *RuleSet) RequiredDokumen(r Role, tugasTambahan bool) []Item {
	var out []Item
	for i := range rs.Dokumen.Wajib {
		if d := &rs.Dokumen.Wajib[i]; wajibBagi(d, r, tugasTambahan) {
			out = append(out, d.Item)
		}
	}
	return out
}

// wajibBagi reports whether document row d is required of role r.
func wajibBagi(d *DokumenRow, r Role, tugasTambahan bool) bool {
	return d.Role == r && (d.Syarat != SyaratTugasTambahan || tugasTambahan)
}

// DokumenPeran lists every document a role may record in this year.
func (rs *RuleSet) DokumenPeran(r Role) []Item {
	var out []Item
	for _, d := range rs.Dokumen.Wajib {
		if d.Role == r {
			out = append(out, d.Item)
		}
	}
	return out
}

// PenilaiFor returns the assessor row for a role at a school type: an exact
// school-type row first, then a row for every type.
func (rs *RuleSet) PenilaiFor(r Role, j JenisSatuan) (PenilaiRow, bool) {
	if j == "" {
		j = Negeri
	}
	any := -1
	for i := range rs.Penilai {
		switch p := &rs.Penilai[i]; {
		case p.Role == r && p.JenisSatuan == j:
			return *p, true
		case p.Role == r && p.JenisSatuan == "" && any < 0:
			any = i
		}
	}
	if any < 0 {
		return PenilaiRow{}, false
	}
	return rs.Penilai[any], true
}

// KoefisienOf is the annual AK coefficient of jenjang j in this year.
func (rs *RuleSet) KoefisienOf(j Jenjang) (AK, bool) {
	for i := range rs.Koefisien {
		if rs.Koefisien[i].Jenjang == j {
			return rs.Koefisien[i].AK, true
		}
	}
	return AK{}, false
}

// PengaliOf is the AK multiplier of predikat p in percent in this year.
func (rs *RuleSet) PengaliOf(p Predikat) (int64, bool) {
	for i := range rs.Pengali {
		if rs.Pengali[i].Predikat == p {
			return rs.Pengali[i].Persen, true
		}
	}
	return 0, false
}

// PredikatDari returns the predikat of the year's matrix for two ratings.
func (rs *RuleSet) PredikatDari(hasilKerja, perilaku Rating) (SelMatriks, bool) {
	h, p := hasilKerja.rank(), perilaku.rank()
	if h < 0 || p < 0 {
		return SelMatriks{}, false
	}
	return rs.Matriks.Sel[h][p], true
}

// KonversiAK is the AK of a predikat over a number of months under this year's
// tables: months/12 × multiplier × koefisien (RULES.md §7.1–7.2).
func (rs *RuleSet) KonversiAK(p Predikat, j Jenjang, months int) AK {
	k, _ := rs.KoefisienOf(j)
	m, _ := rs.PengaliOf(p)
	return k.MulFrac(m*int64(months), 100*12)
}

// sortRuleSets orders rule sets by year.
func sortRuleSets(sets []RuleSet) {
	sort.Slice(sets, func(i, j int) bool { return sets[i].Year < sets[j].Year })
}
