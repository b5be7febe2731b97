package domain

// matriks is the predikat matrix (kuadran kinerja), indexed by Rating Hasil Kerja
// then Rating Perilaku Kerja in the order DiBawah, Sesuai, DiAtas (RULES.md §4)
// [P6 Lampiran][SEED1][CODE-MATRIX].
var matriks = [3][3]Predikat{
	/* Hasil Kerja Di Bawah */ {SangatKurang, ButuhPerbaikan, ButuhPerbaikan},
	/* Hasil Kerja Sesuai   */ {Kurang, Baik, Baik},
	/* Hasil Kerja Di Atas  */ {Kurang, Baik, SangatBaik},
}

// matriksSources are the sources of the matrix.
var matriksSources = []string{"P6", "SEED1", "CODE-MATRIX"}

// PredikatDari returns the predikat for a Rating Hasil Kerja and a Rating Perilaku
// Kerja; false if either rating is unknown.
func PredikatDari(hasilKerja, perilaku Rating) (Predikat, bool) {
	h, p := hasilKerja.rank(), perilaku.rank()
	if h < 0 || p < 0 {
		return "", false
	}
	return matriks[h][p], true
}

// Median returns the median of ratings in the order DiBawah < Sesuai < DiAtas,
// the simulator's non-official suggestion (RULES.md §11 Q1, Q2). For an even
// count the lower middle is taken, so a suggestion never flatters. Unknown
// ratings are ignored; false when none is known.
func Median(rs []Rating) (Rating, bool) {
	var count [3]int
	for _, r := range rs {
		if i := r.rank(); i >= 0 {
			count[i]++
		}
	}
	return medianHitung(count)
}

// medianHitung is Median from the count of each rating (lowest first): the
// median does not depend on the order, so the simulation counts a period's
// aspects straight from their map without sorting the keys.
func medianHitung(count [3]int) (Rating, bool) {
	n := count[0] + count[1] + count[2]
	if n == 0 {
		return "", false
	}
	target := (n+1)/2 - 1 // lower middle, 0-based
	for i, c := range count {
		if target < c {
			return Ratings[i], true
		}
		target -= c
	}
	return "", false
}
