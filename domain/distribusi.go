package domain

import (
	"fmt"
	"sort"
	"strings"
)

// DistribusiResult is the SE MenPANRB 3/2023 distribution check of a school (RULES.md §8).
type DistribusiResult struct {
	Predikat   PredikatOrganisasi `json:"predikat"`
	Jumlah     int                `json:"jumlah"`     // headcount
	Sesuai     bool               `json:"sesuai"`     // no warnings
	Peringatan []Step             `json:"peringatan"` // warnings, never errors (§11 Q13)
	// Catatan holds notices that are not violations (small organisation, pattern basis).
	Catatan []Step `json:"catatan"`
	// Klausul lists every clause of the pattern with whether the distribution meets it.
	Klausul []KlausulHasil `json:"klausul"`
}

// KlausulHasil is one pattern clause checked against a distribution.
type KlausulHasil struct {
	Kode      string     `json:"kode"`
	Pesan     string     `json:"pesan"` // the clause in words, e.g. "Baik paling banyak 70%"
	Predikat  []Predikat `json:"predikat"`
	Jumlah    int        `json:"jumlah"` // employees with a predikat of the clause
	Persen    string     `json:"persen"` // their share, display ("66,67%")
	Terpenuhi bool       `json:"terpenuhi"`
	Asumsi    bool       `json:"asumsi,omitempty"`
	Sources   []string   `json:"sources"`
}

// Kinds of distribution clauses.
const (
	klausulMaks     = "maks"      // share ≤ Persen
	klausulMin      = "min"       // share ≥ Persen
	klausulLebih    = "lebih"     // share > Persen
	klausulAda      = "ada"       // at least one employee
	klausulTidakAda = "tidak_ada" // no employee
)

// klausulDistribusi is one clause of a distribution pattern, as data.
type klausulDistribusi struct {
	Kode     string
	Jenis    string
	Predikat []Predikat
	Persen   int64
	Asumsi   bool
	Sources  []string
}

// srcDistribusi: SE 3/2023 as summarised by SE3-DIST (RULES.md §8).
var srcDistribusi = []string{"SE3", "SE3-DIST"}

// srcSebagianBesar: "sebagian besar" read as more than half is the simulator's reading.
var srcSebagianBesar = []string{"SE3", "SE3-DIST", "ASUMSI"}

// polaDistribusi holds the distribution pattern per organisation predikat
// (RULES.md §8) [SE3 via SE3-DIST]. Predikat not named in a pattern's clauses
// are "the rest" and are free. "Sebagian besar" is checked as more than half,
// marked as an assumption; its stated maximum of 70 % is a clause of its own.
var polaDistribusi = map[PredikatOrganisasi][]klausulDistribusi{
	OrgIstimewa: {
		{"sebagian_besar_sangat_baik", klausulLebih, []Predikat{SangatBaik}, 50, true, srcSebagianBesar},
		{"maks_sangat_baik", klausulMaks, []Predikat{SangatBaik}, 70, false, srcDistribusi},
	},
	OrgBaik: {
		{"sebagian_besar_baik", klausulLebih, []Predikat{Baik}, 50, true, srcSebagianBesar},
		{"maks_baik", klausulMaks, []Predikat{Baik}, 70, false, srcDistribusi},
		{"ada_butuh_perbaikan_kurang", klausulAda, []Predikat{ButuhPerbaikan, Kurang}, 0, false, srcDistribusi},
	},
	OrgButuhPerbaikan: {
		{"min_butuh_perbaikan", klausulMin, []Predikat{ButuhPerbaikan}, 60, false, srcDistribusi},
		{"maks_sangat_baik", klausulMaks, []Predikat{SangatBaik}, 10, false, srcDistribusi},
	},
	OrgKurang: {
		{"min_kurang", klausulMin, []Predikat{Kurang}, 60, false, srcDistribusi},
		{"min_butuh_perbaikan", klausulMin, []Predikat{ButuhPerbaikan}, 10, false, srcDistribusi},
		{"maks_sangat_baik", klausulMaks, []Predikat{SangatBaik}, 10, false, srcDistribusi},
	},
	OrgSangatKurang: {
		{"min_sangat_kurang", klausulMin, []Predikat{SangatKurang}, 60, false, srcDistribusi},
		{"min_kurang_butuh_perbaikan", klausulMin, []Predikat{Kurang, ButuhPerbaikan}, 10, false, srcDistribusi},
		{"tanpa_sangat_baik", klausulTidakAda, []Predikat{SangatBaik}, 0, false, srcDistribusi},
	},
}

// pegawaiKecil is the headcount below which percentages are coarse (RULES.md §11 Q13).
const pegawaiKecil = 10

// Limits of the school distribution inputs.
const maxPegawaiPerPredikat = 100000

// namaPredikat joins predikat labels with "dan/atau".
func namaPredikat(ps []Predikat) string {
	ls := make([]string, len(ps))
	for i, p := range ps {
		ls[i] = p.Label()
	}
	return strings.Join(ls, " dan/atau ")
}

// pesan describes the clause in words.
func (k klausulDistribusi) pesan() string {
	n := namaPredikat(k.Predikat)
	switch k.Jenis {
	case klausulMaks:
		return fmt.Sprintf("%s paling banyak %d%%", n, k.Persen)
	case klausulMin:
		return fmt.Sprintf("%s paling sedikit %d%%", n, k.Persen)
	case klausulLebih:
		return fmt.Sprintf("Sebagian besar pegawai %s (lebih dari %d%%, tafsiran simulator)", n, k.Persen)
	case klausulAda:
		return fmt.Sprintf("Harus ada pegawai %s", n)
	case klausulTidakAda:
		return fmt.Sprintf("Tidak boleh ada pegawai %s", n)
	}
	return n
}

// terpenuhi compares exactly on the headcount: no rounding and no tolerance (§11 Q13).
func (k klausulDistribusi) terpenuhi(jumlah, total int) bool {
	c, t, p := int64(jumlah), int64(total), k.Persen
	switch k.Jenis {
	case klausulMaks:
		return c*100 <= p*t
	case klausulMin:
		return c*100 >= p*t
	case klausulLebih:
		return c*100 > p*t
	case klausulAda:
		return c > 0
	case klausulTidakAda:
		return c == 0
	}
	return true
}

// CekDistribusi checks a school's predikat counts against the SE 3/2023 pattern
// of its organisation predikat (RULES.md §8) [SE3][SE3-DIST]. The pattern is a
// consideration for leaders, so every failed clause is a warning, never an
// error; shares are computed on the headcount and compared exactly (§11 Q13).
func CekDistribusi(s Sekolah) DistribusiResult {
	r := DistribusiResult{Predikat: s.Predikat, Peringatan: []Step{}, Catatan: []Step{}, Klausul: []KlausulHasil{}}
	for _, p := range Predikats {
		n := s.Jumlah[p]
		if n < 0 || n > maxPegawaiPerPredikat {
			// Validate reports it at "sekolah.jumlah.…"; the bound also keeps the
			// exact percentage arithmetic far from overflow.
			r.Peringatan = append(r.Peringatan, Step{Rule: "distribusi", Pesan: fmt.Sprintf("Jumlah pegawai %s tidak sah (%d); pola distribusi tidak dapat diperiksa.", p.Label(), n), Sources: srcDistribusi})
			return r
		}
		r.Jumlah += n
	}
	pola, ok := polaDistribusi[s.Predikat]
	if !ok {
		r.Peringatan = append(r.Peringatan, Step{Rule: "distribusi", Pesan: fmt.Sprintf("Predikat organisasi %q tidak dikenal; pola distribusi tidak dapat diperiksa.", s.Predikat), Sources: srcDistribusi})
		return r
	}
	label := string(s.Predikat)
	if it, ok := findItem(PredikatOrganisasiItems, string(s.Predikat)); ok {
		label = it.Label
	}
	if r.Jumlah == 0 {
		r.Peringatan = append(r.Peringatan, Step{Rule: "distribusi", Pesan: "Belum ada pegawai yang diisi; pola distribusi tidak dapat diperiksa.", Sources: srcDistribusi})
		return r
	}
	r.Catatan = append(r.Catatan, Step{Rule: "distribusi_pola", Pesan: fmt.Sprintf("Predikat organisasi %s menentukan pola distribusi predikat pegawai sebagai bahan pertimbangan pimpinan; pelanggaran ditampilkan sebagai peringatan.", label), Sources: []string{"SE3", "SE3-NEWS", "SE3-DIST"}})
	if r.Jumlah < pegawaiKecil {
		r.Catatan = append(r.Catatan, Step{Rule: "distribusi_kecil", Pesan: fmt.Sprintf("Hanya %d pegawai: setiap pegawai bernilai %s%%, sehingga persentase pola distribusi bersifat kasar.", r.Jumlah, NewAK(100, int64(r.Jumlah)).Display()), Sources: []string{"SE3", "ASUMSI"}, Asumsi: true})
	}
	for _, k := range pola {
		n := 0
		for _, p := range k.Predikat {
			n += s.Jumlah[p]
		}
		h := KlausulHasil{
			Kode: k.Kode, Pesan: k.pesan(), Predikat: k.Predikat, Jumlah: n,
			Persen:    NewAK(int64(n)*100, int64(r.Jumlah)).Display() + "%",
			Terpenuhi: k.terpenuhi(n, r.Jumlah), Asumsi: k.Asumsi, Sources: k.Sources,
		}
		r.Klausul = append(r.Klausul, h)
		if !h.Terpenuhi {
			r.Peringatan = append(r.Peringatan, Step{
				Rule:    "distribusi_" + k.Kode,
				Pesan:   fmt.Sprintf("Pola organisasi %s: %s, sedangkan terisi %d dari %d pegawai (%s).", label, h.Pesan, n, r.Jumlah, h.Persen),
				Sources: k.Sources,
				Asumsi:  k.Asumsi,
			})
		}
	}
	r.Sesuai = len(r.Peringatan) == 0
	return r
}

// validateSekolah checks the school distribution inputs (paths "sekolah.…").
func validateSekolah(sk *Sekolah, ps *problems) {
	if sk == nil {
		return
	}
	if !sk.Predikat.Valid() {
		ps.add("sekolah.predikat", "predikat organisasi %q tidak dikenal; pilih istimewa, baik, butuh_perbaikan (cukup), kurang, atau sangat_kurang", sk.Predikat)
	}
	keys := make([]string, 0, len(sk.Jumlah))
	for p := range sk.Jumlah {
		keys = append(keys, string(p))
	}
	sort.Strings(keys)
	total := 0
	for _, key := range keys {
		p := Predikat(key)
		n := sk.Jumlah[p]
		at := "sekolah.jumlah." + key
		if !p.Valid() {
			ps.add(at, "predikat %q tidak dikenal; pilih sangat_baik, baik, butuh_perbaikan, kurang, atau sangat_kurang", key)
			continue
		}
		if n < 0 || n > maxPegawaiPerPredikat {
			ps.add(at, "jumlah pegawai harus 0 sampai %d", maxPegawaiPerPredikat)
			continue
		}
		total += n
	}
	if total == 0 {
		ps.add("sekolah.jumlah", "isi jumlah pegawai untuk minimal satu predikat")
	}
}
