package domain

// PerbandinganResult compares the conventional DUPAK count with the conversion model (seed 001).
type PerbandinganResult struct {
	DupakTotal   AK     `json:"dupak_total"`
	Dupak        string `json:"dupak"`    // display
	Konversi     AK     `json:"konversi_total"`
	KonversiText string `json:"konversi"` // display
}
