package domain

import (
	"errors"
	"fmt"
)

// PerbandinganResult compares the conventional DUPAK count with the conversion model (seed 001).
type PerbandinganResult struct {
	DupakTotal   AK     `json:"dupak_total"`
	Dupak        string `json:"dupak"` // display
	Konversi     AK     `json:"konversi_total"`
	KonversiText string `json:"konversi"` // display
	// Selisih is Konversi − DupakTotal; SelisihText its display form with a sign.
	Selisih     AK     `json:"selisih"`
	SelisihText string `json:"selisih_text"`
	// Baris are the DUPAK lines with their totals, in input order.
	Baris []BarisDupak `json:"baris"`
	// Langkah explains the comparison ("Mengapa?").
	Langkah []Step `json:"langkah"`
}

// BarisDupak is one DUPAK line of the comparison: AK per item × count = total.
type BarisDupak struct {
	Butir     string `json:"butir,omitempty"`
	AKButir   string `json:"ak_butir"` // display
	Jumlah    int    `json:"jumlah"`
	Total     AK     `json:"total"`
	TotalText string `json:"total_text"`
}

// ErrButirDupak reports a DUPAK line that cannot be counted.
var ErrButirDupak = errors.New("butir DUPAK tidak sah")

// Limits of the DUPAK table; they also keep the exact sums far from int64 overflow.
const (
	maxButirDupak  = 200
	maxAKButir     = 1000
	maxJumlahButir = 10000
	maxTeksButir   = 200
)

// dupakSources: the DUPAK illustration and "AK no longer depends on the number of
// activities" [SEED1][BKN-NEWS].
var dupakSources = []string{"SEED1", "BKN-NEWS"}

// akButir returns the total of one DUPAK line: ParseAK(item.AK) × item.Jumlah.
func akButir(item ButirDupak) (AK, error) {
	v, err := ParseAK(item.AK)
	if err != nil {
		return AK{}, fmt.Errorf("%w: AK per butir: %w", ErrButirDupak, err)
	}
	if v.Sign() < 0 || v.Cmp(AKInt(maxAKButir)) > 0 {
		return AK{}, fmt.Errorf("%w: AK per butir %s di luar 0 sampai %d", ErrButirDupak, v.Display(), maxAKButir)
	}
	if item.Jumlah < 0 || item.Jumlah > maxJumlahButir {
		return AK{}, fmt.Errorf("%w: jumlah %d di luar 0 sampai %d", ErrButirDupak, item.Jumlah, maxJumlahButir)
	}
	return v.MulFrac(int64(item.Jumlah), 1), nil
}

// DUPAK sums a conventional DUPAK table exactly: Σ AK per item × count
// (seed 001: 12,5×1 + 8×1 + 7×1 + 2×2 + 0,5×8 = 35,5) [SEED1].
func DUPAK(items []ButirDupak) (AK, error) {
	if len(items) > maxButirDupak {
		return AK{}, fmt.Errorf("%w: paling banyak %d butir", ErrButirDupak, maxButirDupak)
	}
	var total AK
	for i, it := range items {
		v, err := akButir(it)
		if err != nil {
			return AK{}, fmt.Errorf("butir ke-%d: %w", i+1, err)
		}
		total = total.Add(v)
	}
	return total, nil
}

// Bandingkan sets the conventional DUPAK total beside the AK of the conversion
// model (predikat × koefisien, given as konversi) [SEED1].
func Bandingkan(dupak []ButirDupak, konversi AK) (*PerbandinganResult, error) {
	total, err := DUPAK(dupak)
	if err != nil {
		return nil, err
	}
	r := &PerbandinganResult{
		DupakTotal: total, Dupak: total.Display(),
		Konversi: konversi, KonversiText: konversi.Display(),
		Selisih: konversi.Sub(total),
		Baris:   make([]BarisDupak, 0, len(dupak)),
	}
	r.SelisihText = r.Selisih.Display()
	if r.Selisih.Sign() > 0 {
		r.SelisihText = "+" + r.SelisihText
	}
	for _, it := range dupak {
		v, _ := akButir(it) // every line was checked by DUPAK
		a, _ := ParseAK(it.AK)
		r.Baris = append(r.Baris, BarisDupak{Butir: it.Butir, AKButir: a.Display(), Jumlah: it.Jumlah, Total: v, TotalText: v.Display()})
	}
	r.Langkah = []Step{
		{Rule: "dupak", Pesan: fmt.Sprintf("Cara lama (DUPAK): setiap butir kegiatan dikalikan jumlah yang terlaksana lalu dijumlahkan = %s; makin banyak kegiatan, makin besar AK.", r.Dupak), Sources: dupakSources},
		{Rule: "konversi_predikat", Pesan: fmt.Sprintf("Cara baru: AK = persentase predikat × koefisien jenjang = %s; tidak lagi dipengaruhi jumlah kegiatan. Selisih %s.", r.KonversiText, r.SelisihText), Sources: []string{"SEED1", "P1", "BKN-NEWS"}},
	}
	return r, nil
}

// validateDupak checks the DUPAK lines (paths "dupak[i].…").
func validateDupak(items []ButirDupak, ps *problems) {
	if len(items) > maxButirDupak {
		ps.add("dupak", "paling banyak %d butir kegiatan", maxButirDupak)
	}
	for i, it := range items {
		at := fmt.Sprintf("dupak[%d]", i)
		checkTeks(ps, at+".butir", it.Butir, maxTeksButir)
		v, err := ParseAK(it.AK)
		switch {
		case err != nil:
			ps.add(at+".ak", "AK per butir harus angka desimal dengan paling banyak 4 angka di belakang koma, misalnya 12,5")
		case v.Sign() < 0 || v.Cmp(AKInt(maxAKButir)) > 0:
			ps.add(at+".ak", "AK per butir harus 0 sampai %d", maxAKButir)
		}
		if it.Jumlah < 0 || it.Jumlah > maxJumlahButir {
			ps.add(at+".jumlah", "jumlah terlaksana harus 0 sampai %d", maxJumlahButir)
		}
	}
}
