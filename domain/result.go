package domain

// Result is everything computed from a Scenario by Simulate. It is derived,
// never stored.
type Result struct {
	// Tahun is the calendar year; Rules the rule year it follows, with
	// RulesCatatan when that is an earlier year's set ("aturan 2027 belum terbit").
	Tahun        int            `json:"tahun,omitempty"`
	Rules        RuleYear       `json:"rules"`
	RulesCatatan string         `json:"rules_catatan,omitempty"`
	Role         Role           `json:"role"`
	Jenjang      Jenjang        `json:"jenjang"`
	Periods      []PeriodResult `json:"periods"`
	// AKTotal is the exact AK of the year; AngkaKreditTotal its display form.
	AKTotal          AK     `json:"ak_total"`
	AngkaKreditTotal string `json:"angka_kredit_total"`
	// AKTertahan is the AK the year would add once the withheld periods'
	// documents are there; AKTertahanText its display form.
	AKTertahan     AK     `json:"ak_tertahan"`
	AKTertahanText string `json:"ak_tertahan_text,omitempty"`
	// PredikatTahun is the year's predikat for look-back conditions, empty
	// while not established; PredikatTahunSumber says how it was found
	// (tahunan, periode, terendah) or why it is empty.
	PredikatTahun       Predikat `json:"predikat_tahun,omitempty"`
	PredikatTahunSumber string   `json:"predikat_tahun_sumber,omitempty"`
	// Penilai is the year's assessor; SKP the state of its planning deadline.
	Penilai *PenilaiResult `json:"penilai,omitempty"`
	SKP     *SKPResult     `json:"skp,omitempty"`
	// Metode says how the year's AK was obtained: "periode" (sum of periods) or
	// "tahunan" (annual predikat, RULES.md §11 Q14).
	Metode   string           `json:"metode"`
	Timeline []TimelinePeriod `json:"timeline"`
	Karier   *KarierResult    `json:"karier,omitempty"`
	// Akumulasi adds this year's AK to what was held before (RULES.md §10
	// ex. 5); present with a career projection that starts by the rule year.
	Akumulasi    *AkumulasiResult    `json:"akumulasi,omitempty"`
	Perbandingan *PerbandinganResult `json:"perbandingan,omitempty"`
	Distribusi   *DistribusiResult   `json:"distribusi,omitempty"`
	// Asumsi lists the non-official defaults this result relied on.
	Asumsi []Step `json:"asumsi,omitempty"`
	// Trace lists the steps taken, each with its rule's source keys ("mengapa").
	Trace []Step `json:"trace"`
}

// Step is one traced step: which rule, from which sources, with what outcome.
type Step struct {
	Rule    string   `json:"rule"`             // rule key, e.g. "matriks_predikat"
	Pesan   string   `json:"pesan"`            // Indonesian explanation
	Sources []string `json:"sources"`          // source keys (Sources)
	Period  string   `json:"period,omitempty"` // period code, when the step is per period
	Tahun   int      `json:"tahun,omitempty"`  // calendar year, when the step is per year
	Asumsi  bool     `json:"asumsi,omitempty"` // a non-official default (RULES.md §11)
}

// PeriodResult is the outcome of one period.
type PeriodResult struct {
	Name   string `json:"name"`
	Label  string `json:"label"`
	Months int    `json:"months"`
	// HasilKerja and Perilaku are the ratings used, with how each was obtained.
	HasilKerja RatingResult `json:"hasil_kerja"`
	Perilaku   RatingResult `json:"perilaku"`
	// Predikat is always computed; Status says whether it may be shown.
	Predikat      Predikat `json:"predikat"`
	PredikatLabel string   `json:"predikat_label"`
	// PredikatMatriks is the cell's label as the matrix prints it ("Kurang/Misconduct").
	PredikatMatriks string `json:"predikat_matriks,omitempty"`
	// PredikatSumber: "matriks" (from ratings) or "langsung" (entered directly).
	PredikatSumber string `json:"predikat_sumber"`
	// Status is StatusDitampilkan, StatusTertahan (documents missing, RULES.md
	// §5.4), StatusBelumLengkap or StatusTerkunci (no approved SKP, §11 Q25).
	Status string `json:"status"`
	// AK counts only a shown predikat; AngkaKredit is empty otherwise.
	AK          AK     `json:"ak"`
	AngkaKredit string `json:"angka_kredit"`
	// AKTertahan is what a withheld period adds once its documents are there.
	AKTertahan     AK               `json:"ak_tertahan"`
	AKTertahanText string           `json:"ak_tertahan_text,omitempty"`
	Kompetensi     KompetensiResult `json:"kompetensi"`
	Dokumen        DokumenResult    `json:"dokumen"`
	Siklus         []TahapStatus    `json:"siklus"`
}

// Period statuses of the documents gate (RULES.md §5.4).
const (
	StatusDitampilkan = "ditampilkan"
	StatusTertahan    = "tertahan"
)

// RatingResult is a rating with its origin.
type RatingResult struct {
	Rating Rating `json:"rating,omitempty"`
	Label  string `json:"label,omitempty"`
	// Sumber: "diberikan" (given), "saran_median" (suggested from aspects, non-official,
	// RULES.md §11 Q1/Q2), "asumsi_sesuai" (perilaku-only period, §11 Q4) or "" (none).
	Sumber string `json:"sumber,omitempty"`
	// Saran is the median suggestion from the aspects, when aspects were given.
	Saran Rating `json:"saran,omitempty"`
}

// KompetensiResult totals a period's competency development (RULES.md §5.3).
type KompetensiResult struct {
	Poin       bool             `json:"poin"`     // false under rules without points (2025)
	Opsional   bool             `json:"opsional"` // 2026: optional list, no minimum (§11 Q29)
	Total      int              `json:"total"`    // points of completed activities
	Rencana    int              `json:"rencana"`  // points of planned activities
	Minimum    int              `json:"minimum"`  // 32
	Maksimum   int              `json:"maksimum"` // recommended upper bound, 128
	Memenuhi   bool             `json:"memenuhi"` // Total ≥ Minimum (2025: every activity has a reflection)
	Kurang     int              `json:"kurang"`   // points still missing
	StatusText string           `json:"status_text"`
	Baris      []KegiatanResult `json:"baris"`
}

// KegiatanResult is one plan line with its points.
type KegiatanResult struct {
	Activity    string `json:"activity"`
	Label       string `json:"label"`
	Poin        int    `json:"poin"` // points per activity
	Planned     int    `json:"planned"`
	Done        int    `json:"done"`
	PoinDone    int    `json:"poin_done"`
	PoinPlanned int    `json:"poin_planned"`
	Refleksi    bool   `json:"refleksi"`
}

// DokumenResult lists the accountability documents of a period.
type DokumenResult struct {
	Wajib      []string `json:"wajib"`      // required codes
	Kurang     []string `json:"kurang"`     // required but not collected/confirmed
	Konfirmasi bool     `json:"konfirmasi"` // 2025: confirmed by the principal, not uploaded
}

// TahapStatus is the status of one cycle stage in a period.
type TahapStatus struct {
	Stage  Stage    `json:"stage"`
	Label  string   `json:"label"`
	Bulan  []int    `json:"bulan"`            // calendar months (1–12)
	Status string   `json:"status"`           // belum | sedang | selesai | otomatis
	Kurang []string `json:"kurang,omitempty"` // field codes still empty
}

// TimelinePeriod says, for one period, what applies to the user (RULES.md §6.3).
type TimelinePeriod struct {
	Period string `json:"period"`
	// Status: "penuh" (full cycle through assessment), "otomatis" (implementation
	// auto-completed, perilaku rated only), "tidak_berlaku" (before appointment).
	Status     string   `json:"status"`
	Bulan      int      `json:"bulan"`      // months counted from TMT (whole period without TMT)
	Dikerjakan []string `json:"dikerjakan"` // what the user does
	Otomatis   []string `json:"otomatis"`   // what the system completes
	Dinilai    []string `json:"dinilai"`    // what is assessed
	Asumsi     bool     `json:"asumsi,omitempty"`
	Catatan    string   `json:"catatan,omitempty"`
}
