package domain

import "strconv"

func itoa(n int) string { return strconv.Itoa(n) }

// bulanNama are the Indonesian month names, January first.
var bulanNama = [12]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}

// NamaBulan returns the Indonesian name of month m (1–12), or "".
func NamaBulan(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return bulanNama[m-1]
}
