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

// Stages lists the stages in order with their 2024 names (RULES.md §3.9, §11
// Q15) [SEED1]; a rule year's own names are in RuleSet.Tahapan.
var Stages = stageInfos(tahapan2024)

// stageInfos converts a year's stage table to the StageInfo form.
func stageInfos(ts []TahapDef) []StageInfo {
	out := make([]StageInfo, len(ts))
	for i, t := range ts {
		out[i] = StageInfo{Code: t.Code, Label: t.Label, Isian: t.Isian, Catatan: t.Catatan, Inferred: t.Basis == BasisD, Sources: t.Sources}
	}
	return out
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
