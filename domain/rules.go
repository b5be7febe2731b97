package domain

import "sort"

// RuleSet is the rule set of one year, as data. Adding a year means adding a
// RuleSet to ruleSets, not editing logic.
type RuleSet struct {
	Year string `json:"year"`
	// DasarHukum is the legal basis of the year's model.
	DasarHukum []string    `json:"dasar_hukum"`
	Sources    []string    `json:"sources"`
	Roles      []Role      `json:"roles"`
	Periods    []PeriodDef `json:"periods"`
	// Poin: competency development scores points (2024); otherwise a reflection
	// per activity is written instead (2025) [2025-5M][2025-BLOG].
	Poin bool `json:"poin"`
	// MinPoin and MaxPoin are the minimum and the recommended upper bound of points
	// per period (RULES.md §5.3) [SEED1][PI-PK].
	MinPoin int `json:"min_poin"`
	MaxPoin int `json:"max_poin"`
	// Dokumen lists the accountability documents required per role (RULES.md §3.11, §9).
	Dokumen map[Role][]Item `json:"dokumen"`
	// DokumenKonfirmasi: documents are not uploaded but confirmed by the principal (2025) [SEED4].
	DokumenKonfirmasi bool `json:"dokumen_konfirmasi"`
	// TugasPokok: the 5M core duties are part of the SKP (2025) [2025-TIMUR][2025-5M].
	TugasPokok bool `json:"tugas_pokok"`
	// Penempatan is the new-appointee table: for each appointment month 1–12, what
	// applies in each period (RULES.md §6.3) [SEED2].
	Penempatan [12]Penempatan `json:"penempatan"`
}

// PeriodDef is one period of a rule year with the months of its stages.
type PeriodDef struct {
	Name  string `json:"name"`
	Label string `json:"label"`
	Start int    `json:"start"` // first calendar month 1–12
	End   int    `json:"end"`   // last calendar month
	// SKP is the month of planning (SKP); Stages maps each stage to its months.
	SKP     int             `json:"skp"`
	Stages  map[Stage][]int `json:"stages"`
	Asumsi  []Stage         `json:"asumsi,omitempty"` // stages whose months are a default (§11 Q8)
	Sources []string        `json:"sources"`
}

// Months is the length of the period in whole months.
func (p PeriodDef) Months() int { return p.End - p.Start + 1 }

// Penempatan is one row of the new-appointee table: per period, "penuh" (full
// cycle through assessment), "otomatis" (implementation auto-completed, perilaku
// only) or "tidak_berlaku".
type Penempatan struct {
	Bulan   int      `json:"bulan"`
	Status  []string `json:"status"` // one per period, in order
	Asumsi  bool     `json:"asumsi,omitempty"`
	Catatan string   `json:"catatan,omitempty"`
	Sources []string `json:"sources"`
}

// Timeline statuses.
const (
	TLPenuh        = "penuh"
	TLOtomatis     = "otomatis"
	TLTidakBerlaku = "tidak_berlaku"
)

var dokumen2024 = map[Role][]Item{
	// RULES.md §3.11 [SEED1]: collected, not scored. K4 for guru only with a tugas tambahan (§11 Q6).
	Guru: {
		{"K3", "Kurikulum Operasional Satuan Pendidikan (KOSP)", ""},
		{"K4", "SK Tugas Tambahan", "wajib hanya jika memiliki tugas tambahan (asumsi §11 Q6)"},
		{"K5", "Kehadiran di Kelas", ""},
	},
	KepalaSekolah: {
		{"K3", "Kurikulum Operasional Satuan Pendidikan (KOSP)", ""},
		{"K4", "Perencanaan Program Sekolah", ""},
		{"K5", "Pelaporan Program Sekolah", ""},
		{"K6", "Kehadiran di Sekolah", ""},
	},
}

var dokumen2025 = map[Role][]Item{
	// 2025: no uploads; the principal confirms that the daily 5M documents exist
	// [SEED4][2025-5M]. Pengawas documents are not in the sources: the KS list's
	// everyday-work confirmation is the default (asumsi).
	Guru: {
		{"5M", "Dokumen tugas pokok 5M (dikonfirmasi kepala sekolah)", ""},
		{"K4", "SK Tugas Tambahan", "wajib hanya jika memiliki tugas tambahan (asumsi §11 Q6)"},
	},
	KepalaSekolah: {
		{"K3", "Kurikulum Operasional Satuan Pendidikan (KOSP)", ""},
		{"K4", "Perencanaan Program Sekolah", ""},
		{"K5", "Pelaporan Program Sekolah", ""},
	},
	PengawasSekolah: {
		{"PS", "Dokumen kerja kepengawasan (dikonfirmasi atasan langsung, asumsi)", ""},
	},
}

// penempatan2024: RULES.md §6.3 [SEED2]; October follows July–September (§11 Q3).
var penempatan2024 = [12]Penempatan{
	{1, []string{TLPenuh, TLPenuh}, false, "", []string{"SEED2"}},
	{2, []string{TLPenuh, TLPenuh}, false, "", []string{"SEED2"}},
	{3, []string{TLPenuh, TLPenuh}, false, "", []string{"SEED2"}},
	{4, []string{TLPenuh, TLPenuh}, false, "", []string{"SEED2"}},
	{5, []string{TLOtomatis, TLPenuh}, false, "", []string{"SEED2"}},
	{6, []string{TLOtomatis, TLPenuh}, false, "", []string{"SEED2"}},
	{7, []string{TLTidakBerlaku, TLPenuh}, false, "", []string{"SEED2"}},
	{8, []string{TLTidakBerlaku, TLPenuh}, false, "", []string{"SEED2"}},
	{9, []string{TLTidakBerlaku, TLPenuh}, false, "", []string{"SEED2"}},
	{10, []string{TLTidakBerlaku, TLPenuh}, true, "Oktober tidak disebut dalam sumber; diperlakukan seperti Juli–September (asumsi §11 Q3).", []string{"SEED2", "ASUMSI"}},
	{11, []string{TLTidakBerlaku, TLOtomatis}, false, "", []string{"SEED2"}},
	{12, []string{TLTidakBerlaku, TLOtomatis}, false, "", []string{"SEED2"}},
}

// penempatan2025: the sources give no new-appointee table for the annual model.
// Default (asumsi): the 2024 pattern of one period — the last two months of the
// period are auto-completed with perilaku only, earlier months run the full cycle.
var penempatan2025 = func() (t [12]Penempatan) {
	for m := 1; m <= 12; m++ {
		st := TLPenuh
		if m >= 11 {
			st = TLOtomatis
		}
		t[m-1] = Penempatan{m, []string{st}, true, "Tabel pegawai baru 2025 tidak ada dalam sumber; mengikuti pola 2024 (asumsi).", []string{"SEED2", "ASUMSI"}}
	}
	return t
}()

// ruleSets holds one RuleSet per year (RULES.md §9).
var ruleSets = map[string]RuleSet{
	"2024": {
		Year:       "2024",
		DasarHukum: []string{"Perdirjen GTK No. 7607/B.B1/HK.03/2023", "PermenPANRB No. 6 Tahun 2022", "PermenPANRB No. 1 Tahun 2023", "Peraturan BKN No. 3 Tahun 2023"},
		Sources:    []string{"SEED1", "P6", "P1", "BKN3"},
		Roles:      []Role{Guru, KepalaSekolah},
		Periods: []PeriodDef{
			// RULES.md §6.1 [SEED1]: two semesters, one cycle each.
			{"semester_1", "Semester 1 (Januari–Juni)", 1, 6, 1, map[Stage][]int{
				StageA: {2}, StageB: {3}, StageC: {3}, StageD: {4, 5}, StageE: {6}, StageF: {6}, StageG: {6},
			}, nil, []string{"SEED1"}},
			{"semester_2", "Semester 2 (Juli–Desember)", 7, 12, 7, map[Stage][]int{
				StageA: {8}, StageB: {9}, StageC: {9}, StageD: {10, 11}, StageE: {12}, StageF: {12}, StageG: {12},
			}, nil, []string{"SEED1"}},
		},
		Poin:       true,
		MinPoin:    32,
		MaxPoin:    128,
		Dokumen:    dokumen2024,
		Penempatan: penempatan2024,
	},
	"2025": {
		Year:       "2025",
		DasarHukum: []string{"Kepdirjen GTK No. 4242/B.B1/HK.03.01/2024", "PermenPANRB No. 6 Tahun 2022", "PermenPANRB No. 1 Tahun 2023", "Peraturan BKN No. 3 Tahun 2023"},
		Sources:    []string{"SEED4", "K4242", "P6", "P1", "BKN3"},
		Roles:      []Role{Guru, KepalaSekolah, PengawasSekolah},
		Periods: []PeriodDef{
			// RULES.md §6.2: one period a year [2025-BLOG][2025-KABA]. January SKP; Feb–Mar
			// observation and feedback [2025-BLOG]; later quarters default (§11 Q8): Q2–Q3
			// follow-up, Q4 reflection and assessment [2025-DISWAY].
			{"tahunan", "Tahunan (Januari–Desember)", 1, 12, 1, map[Stage][]int{
				StageA: {1}, StageB: {2, 3}, StageC: {3}, StageD: {4, 5, 6, 7, 8, 9}, StageE: {10, 11}, StageF: {11, 12}, StageG: {12},
			}, []Stage{StageD, StageE, StageF, StageG}, []string{"2025-BLOG", "2025-KABA", "2025-DISWAY", "ASUMSI"}},
		},
		Poin:              false,
		MinPoin:           0,
		MaxPoin:           0,
		Dokumen:           dokumen2025,
		DokumenKonfirmasi: true,
		TugasPokok:        true,
		Penempatan:        penempatan2025,
	},
}

// RuleYears lists the known rule years in ascending order.
func RuleYears() []string {
	ys := make([]string, 0, len(ruleSets))
	for y := range ruleSets {
		ys = append(ys, y)
	}
	sort.Strings(ys)
	return ys
}

// Rules returns the rule set of a year.
func Rules(year string) (RuleSet, bool) {
	r, ok := ruleSets[year]
	return r, ok
}

// Period returns the period definition with the given code.
func (rs RuleSet) Period(name string) (PeriodDef, bool) {
	for _, p := range rs.Periods {
		if p.Name == name {
			return p, true
		}
	}
	return PeriodDef{}, false
}

// HasRole reports whether the rule year admits role r.
func (rs RuleSet) HasRole(r Role) bool {
	for _, x := range rs.Roles {
		if x == r {
			return true
		}
	}
	return false
}

// RequiredDokumen returns the document codes required for a role; K4 of a guru
// only with a tugas tambahan (RULES.md §11 Q6).
func (rs RuleSet) RequiredDokumen(r Role, tugasTambahan bool) []Item {
	var out []Item
	for _, d := range rs.Dokumen[r] {
		if r == Guru && d.Code == "K4" && !tugasTambahan {
			continue
		}
		out = append(out, d)
	}
	return out
}
