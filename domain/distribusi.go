package domain

// DistribusiResult is the SE MenPANRB 3/2023 distribution check of a school (RULES.md §8).
type DistribusiResult struct {
	Predikat   PredikatOrganisasi `json:"predikat"`
	Jumlah     int                `json:"jumlah"`     // headcount
	Sesuai     bool               `json:"sesuai"`     // no warnings
	Peringatan []Step             `json:"peringatan"` // warnings, never errors (§11 Q13)
}
