package domain

// KegiatanKatalog is one row of the competency-development catalog (RULES.md §5.3).
type KegiatanKatalog struct {
	Code    string   `json:"code"`
	Label   string   `json:"label"`
	Satuan  string   `json:"satuan"` // unit of one activity
	Poin    int      `json:"poin"`   // points per activity
	Bukti   string   `json:"bukti,omitempty"`
	Peran   string   `json:"peran"` // kontributor | peserta (RULES.md §3.10)
	Sources []string `json:"sources"`
}

// katalog holds the confirmed point values (guru) of RULES.md §5.3 [PI-PK][SEED1].
// The Perdirjen table has more rows whose values were not found; add rows here
// with their source, never invented values (§11 Q5).
var katalog = []KegiatanKatalog{
	{"pelatihan_mandiri", "Peserta pelatihan mandiri (termasuk Aksi Nyata)", "per pelatihan", 8, "sertifikat topik", "peserta", []string{"PI-PK", "SEED1"}},
	{"observasi_rekan_sejawat", "Peserta observasi praktik kinerja rekan sejawat", "per observasi", 8, "laporan", "peserta", []string{"PI-PK", "SEED1"}},
	{"penggerak_komunitas_belajar", "Penggerak komunitas belajar (≥ 3 kali berbagi praktik baik)", "per 3 kegiatan", 36, "sertifikat", "kontributor", []string{"PI-PK"}},
	{"narasumber_praktik_baik", "Narasumber berbagi praktik baik (Kurikulum Merdeka / perencanaan berbasis data)", "per kegiatan 2–3 jam", 8, "sertifikat", "kontributor", []string{"PI-PK"}},
	{"peserta_praktik_baik_komunitas", "Peserta berbagi praktik baik di komunitas belajar", "per kegiatan 2–3 jam", 4, "sertifikat", "peserta", []string{"PI-PK"}},
	{"pendamping_program_prioritas", "Coach/mentor/fasilitator/pengajar praktik/asesor program prioritas, atau guru pamong PPG", "per kegiatan 2–3 jam", 12, "", "kontributor", []string{"SEED1"}},
	{"program_pendidikan_pelatihan", "Peserta program pendidikan dan pelatihan kepemimpinan/teknis (mis. Pendidikan Guru Penggerak)", "per semester", 128, "", "peserta", []string{"SEED1", "PI-PK"}},
}

// Katalog returns the catalog rows.
func Katalog() []KegiatanKatalog { return append([]KegiatanKatalog(nil), katalog...) }

// KegiatanByCode finds a catalog row.
func KegiatanByCode(code string) (KegiatanKatalog, bool) {
	for _, k := range katalog {
		if k.Code == code {
			return k, true
		}
	}
	return KegiatanKatalog{}, false
}

// kompetensiStatusOK is the text the PMM shows at or above the minimum [SEED1].
const kompetensiStatusOK = "Sudah memenuhi ekspektasi"

// HitungKompetensi totals a period's plan under a rule set: points of planned and
// completed activities against the minimum (RULES.md §5.3). Under rules without
// points (2025) every completed activity needs a reflection instead
// [2025-5M][2025-BLOG]; in 2026 the list is optional and has no effect on the
// predikat (§11 Q29).
func HitungKompetensi(rs RuleSet, plan []Kegiatan) KompetensiResult {
	return hitungKompetensi(&rs.Kompetensi, plan)
}

func hitungKompetensi(m *KompetensiModel, plan []Kegiatan) KompetensiResult {
	r := KompetensiResult{Poin: m.Poin, Opsional: m.Opsional, Minimum: m.MinPoin, Maksimum: m.MaxPoin, Baris: []KegiatanResult{}}
	missingRefleksi := 0
	for _, k := range plan {
		row, _ := KegiatanByCode(k.Activity)
		kr := KegiatanResult{Activity: k.Activity, Label: row.Label, Planned: k.Planned, Done: k.Done, Refleksi: k.Refleksi != ""}
		if m.Poin {
			kr.Poin = row.Poin
			kr.PoinPlanned = row.Poin * k.Planned
			kr.PoinDone = row.Poin * k.Done
			r.Rencana += kr.PoinPlanned
			r.Total += kr.PoinDone
		} else if k.Done > 0 && k.Refleksi == "" {
			missingRefleksi++
		}
		r.Baris = append(r.Baris, kr)
	}
	if !m.Poin {
		switch {
		case m.Opsional:
			r.Memenuhi = true
			r.StatusText = "Opsional: " + itoa(len(plan)) + " kegiatan dicatat; tanpa poin dan tanpa minimum"
			if missingRefleksi > 0 {
				r.StatusText += "; " + itoa(missingRefleksi) + " kegiatan selesai belum memiliki refleksi"
			}
		case missingRefleksi == 0:
			r.Memenuhi = true
			r.StatusText = "Setiap kegiatan yang selesai sudah memiliki refleksi"
		default:
			r.StatusText = itoa(missingRefleksi) + " kegiatan selesai belum memiliki refleksi"
		}
		return r
	}
	r.Memenuhi = r.Total >= r.Minimum
	if r.Memenuhi {
		r.StatusText = kompetensiStatusOK
		if r.Maksimum > 0 && r.Total > r.Maksimum {
			r.StatusText += "; melebihi rentang yang disarankan (" + itoa(r.Minimum) + "–" + itoa(r.Maksimum) + " poin)"
		}
	} else {
		r.Kurang = r.Minimum - r.Total
		r.StatusText = "Kurang " + itoa(r.Kurang) + " poin dari minimum " + itoa(r.Minimum) + " poin"
	}
	return r
}
