package domain

// KarierResult is the career projection (RULES.md §7.3–7.4).
type KarierResult struct {
	// AKIntegrasi is the display form of the integrasi result, when conventional AK was given.
	AKIntegrasi string `json:"ak_integrasi,omitempty"`
	// AKAwal is the AK in jenjang the projection starts from.
	AKAwal  AK             `json:"ak_awal"`
	Tahunan []KarierTahun  `json:"tahunan"`
	Langkah []LangkahKarier `json:"langkah"`
}

// KarierTahun is one projected year.
type KarierTahun struct {
	Tahun       int      `json:"tahun"`
	Predikat    Predikat `json:"predikat"`
	AK          AK       `json:"ak"`
	AngkaKredit string   `json:"angka_kredit"`
	// Kumulatif is the AK within the jenjang at the end of the year (after any promotion).
	Kumulatif     AK       `json:"kumulatif"`
	KumulatifText string   `json:"kumulatif_text"`
	Golongan      Golongan `json:"golongan"`
	Jenjang       Jenjang  `json:"jenjang"`
}

// LangkahKarier is one rank step (and possibly jenjang step) of the projection.
type LangkahKarier struct {
	Dari     Golongan `json:"dari"`
	Golongan Golongan `json:"golongan"`
	Jenjang  Jenjang  `json:"jenjang"`
	// NaikJenjang marks a step that also moves to the next jenjang.
	NaikJenjang bool `json:"naik_jenjang"`
	// Tahun is the calendar year the step can be considered; 0 when not reached.
	Tahun int `json:"tahun"`
	// Dapat: the conditions are met by Tahun; Verdict is the wording
	// "dapat dipertimbangkan" / "belum dapat dipertimbangkan".
	Dapat   bool   `json:"dapat"`
	Verdict string `json:"verdict"`
	// Kekurangan is the AK still missing at the end of the projection (display), when not reached.
	Kekurangan string       `json:"kekurangan,omitempty"`
	Syarat     []SyaratStep `json:"syarat"`
	// AKDibuang is the excess AK discarded at a jenjang promotion (RULES.md §11 Q18), display form.
	AKDibuang string `json:"ak_dibuang,omitempty"`
}

// SyaratStep is one promotion condition with whether it is met.
type SyaratStep struct {
	Kode      string   `json:"kode"`
	Pesan     string   `json:"pesan"`
	Terpenuhi bool     `json:"terpenuhi"`
	Asumsi    bool     `json:"asumsi,omitempty"`
	Sources   []string `json:"sources"`
}
