package domain

// SchemaVersion is the newest scenario document schema this package knows.
const SchemaVersion = 1

// Scenario is the scenario document: everything a user enters. Drafts, share
// links and class submissions store a Scenario and never a Result. Fields are
// decoded strictly: an unknown field is an error.
type Scenario struct {
	Schema   int      `json:"schema"`
	Rules    RuleYear `json:"rules"`              // rule year, e.g. "2024" (see RuleYears)
	Role     Role     `json:"role"`               // guru | kepala_sekolah | pengawas_sekolah
	Jenjang  Jenjang  `json:"jenjang"`            // e.g. ahli_muda
	Golongan Golongan `json:"golongan,omitempty"` // e.g. "III/c"
	// TMT is the appointment month "YYYY-MM" (terhitung mulai tanggal); when it lies in
	// the rule year the new-appointee timeline applies (RULES.md §6.3).
	TMT string `json:"tmt,omitempty"`
	// TugasTambahan: the guru holds an additional task, so K4 is required (RULES.md §11 Q6).
	TugasTambahan bool `json:"tugas_tambahan,omitempty"`
	// PredikatTahunan, when given, is the annual predikat: AK uses the full-year
	// formula instead of summing the periods (RULES.md §11 Q14).
	PredikatTahunan Predikat `json:"predikat_tahunan,omitempty"`
	Periods         []Period `json:"periods"`
	Karier          *Karier  `json:"karier,omitempty"`
	// Dupak lists conventional DUPAK items for the old-vs-new comparison (seed 001).
	Dupak []ButirDupak `json:"dupak,omitempty"`
	// Sekolah holds a school's predikat distribution for the SE 3/2023 check (RULES.md §8).
	Sekolah *Sekolah `json:"sekolah,omitempty"`
	// Identitas is identifying data; it travels in a share or submission only when
	// the user chose to include it.
	Identitas *Identitas `json:"identitas,omitempty"`
}

// Identitas is the user's identifying data, optional everywhere.
type Identitas struct {
	Nama string `json:"nama,omitempty"`
	NIP  string `json:"nip,omitempty"`
}

// Period is one assessment period (semester in 2024, the year in 2025).
type Period struct {
	Name      string `json:"name"`                // period code of the rule set: semester_1, semester_2, tahunan
	Months    int    `json:"months"`              // whole months counted for AK (RULES.md §7.2, §11 Q19)
	Indicator string `json:"indicator,omitempty"` // G1–G8, K1–K8, or free text for pengawas (§11 Q16)
	Praktik   *Nilai `json:"praktik,omitempty"`   // Praktik Kinerja → Rating Hasil Kerja
	Perilaku  *Nilai `json:"perilaku,omitempty"`  // Perilaku Kerja (BerAKHLAK)
	// Predikat, when given, is a known predikat entered directly instead of ratings.
	Predikat   Predikat          `json:"predikat,omitempty"`
	Kompetensi []Kegiatan        `json:"kompetensi,omitempty"`
	Dokumen    map[string]bool   `json:"dokumen,omitempty"`  // document code → collected/confirmed
	Fokus      map[string]string `json:"fokus,omitempty"`    // BerAKHLAK aspect → chosen focus behaviour
	Siklus     map[string]Tahap  `json:"siklus,omitempty"`   // stage code A–G → stage form
	TugasPokok map[string]bool   `json:"tugas_5m,omitempty"` // 2025: 5M duty code → carried out
}

// Nilai holds an overall rating and/or per-aspect ratings.
type Nilai struct {
	Rating  Rating            `json:"rating,omitempty"`
	Aspects map[string]Rating `json:"aspects,omitempty"`
}

// Kegiatan is one line of the competency-development plan.
type Kegiatan struct {
	Activity string `json:"activity"`           // catalog code, see Katalog
	Planned  int    `json:"planned"`            // planned count
	Done     int    `json:"done"`               // completed count
	Refleksi string `json:"refleksi,omitempty"` // 2025: reflection after the activity
}

// Tahap is the form of one improvement-cycle stage.
type Tahap struct {
	Isian   map[string]string `json:"isian,omitempty"`   // field code → text
	Selesai bool              `json:"selesai,omitempty"` // marked done by the user
}

// Karier holds the inputs of the career projection (RULES.md §7.3–7.4).
type Karier struct {
	// AKKonvensional is the cumulative AK of the last conventional PAK; when set,
	// AK in jenjang comes from integrasi (§7.4) instead of AKAwal.
	AKKonvensional string `json:"ak_konvensional,omitempty"`
	// AKAwal is the AK already accumulated within the current jenjang.
	AKAwal string `json:"ak_awal,omitempty"`
	// TahunDalamPangkat is the whole years already served in the current golongan.
	TahunDalamPangkat int `json:"tahun_dalam_pangkat"`
	// TahunMulai is the first projected calendar year (default: the rule year).
	TahunMulai int `json:"tahun_mulai,omitempty"`
	// Proyeksi is the predikat of each future year, in order.
	Proyeksi []Predikat `json:"proyeksi"`
	// Ulangi repeats the last predikat of Proyeksi until TahunProyeksi years.
	Ulangi bool `json:"ulangi,omitempty"`
	// TahunProyeksi is the number of years to project when Ulangi is set (default 30, max 40).
	TahunProyeksi int `json:"tahun_proyeksi,omitempty"`
}

// ButirDupak is one conventional activity item: AK per item × count (seed 001).
type ButirDupak struct {
	Butir  string `json:"butir,omitempty"`
	AK     string `json:"ak"`
	Jumlah int    `json:"jumlah"`
}

// Sekolah is a school's organisation predikat and its teachers' predikat counts.
type Sekolah struct {
	Predikat PredikatOrganisasi `json:"predikat"`
	Jumlah   map[Predikat]int   `json:"jumlah"`
}
