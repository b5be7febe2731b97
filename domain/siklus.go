package domain

// Stage is a stage of the Siklus Peningkatan Kinerja (RULES.md §3.9) [SEED1].
type Stage string

// The stages. The sources name F and G only together ("F & G: Penilaian"); the
// split below is inferred (RULES.md §11 Q15).
const (
	StageA Stage = "A"
	StageB Stage = "B"
	StageC Stage = "C"
	StageD Stage = "D"
	StageE Stage = "E"
	StageF Stage = "F"
	StageG Stage = "G"
)

// StageInfo describes a stage and the fields of its form.
type StageInfo struct {
	Code  Stage  `json:"code"`
	Label string `json:"label"`
	// Isian are the form fields the seeds name for the stage.
	Isian []Item `json:"isian"`
	// Catatan is a note shown with the stage ("bukan penilaian").
	Catatan string `json:"catatan,omitempty"`
	// Inferred marks labels not stated in the sources (F, G: §11 Q15).
	Inferred bool     `json:"inferred,omitempty"`
	Sources  []string `json:"sources"`
}

// Stages lists the stages in order (RULES.md §3.9, §11 Q15) [SEED1].
var Stages = []StageInfo{
	{StageA, "Diskusi Persiapan", []Item{
		{"fokus_perilaku", "Fokus perilaku yang disepakati", ""},
		{"upaya_mempelajari", "Upaya mempelajari", ""},
		{"jadwal_observasi", "Jadwal observasi", ""},
	}, "", false, []string{"SEED1"}},
	{StageB, "Observasi Kinerja", []Item{
		{"catatan_baseline", "Catatan observasi (baseline)", ""},
	}, "Observasi untuk menetapkan baseline; bukan penilaian.", false, []string{"SEED1"}},
	{StageC, "Diskusi Tindak Lanjut", []Item{
		{"refleksi", "Refleksi hasil observasi", ""},
		{"upaya_tindak_lanjut", "Upaya tindak lanjut yang disepakati", ""},
		{"kebutuhan_dukungan", "Kebutuhan dukungan", ""},
	}, "", false, []string{"SEED1"}},
	{StageD, "Upaya Tindak Lanjut", []Item{
		{"upaya", "Upaya pengembangan kompetensi yang dilakukan", "terkait kegiatan pengembangan kompetensi"},
	}, "", false, []string{"SEED1"}},
	{StageE, "Refleksi Tindak Lanjut", []Item{
		{"capaian", "Capaian", ""},
		{"tantangan", "Tantangan", ""},
		{"rencana_perbaikan", "Rencana perbaikan", ""},
	}, "", false, []string{"SEED1"}},
	{StageF, "Penilaian", nil, "Rating Praktik Kinerja (tiga aspek) dan Perilaku Kerja (tujuh aspek).", true, []string{"SEED1", "ASUMSI"}},
	{StageG, "Penetapan Predikat", nil, "Predikat dari matriks rating hasil kerja × perilaku kerja.", true, []string{"SEED1", "ASUMSI"}},
}

// Info returns the stage's description.
func (s Stage) Info() (StageInfo, bool) {
	for _, x := range Stages {
		if x.Code == s {
			return x, true
		}
	}
	return StageInfo{}, false
}

// Label is the Indonesian name of the stage.
func (s Stage) Label() string { i, _ := s.Info(); return i.Label }
