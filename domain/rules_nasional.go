package domain

// National tables that every rule year so far implements unchanged
// (PermenPANRB 6/2022, 1/2023, PerBKN 3/2023; RULES.md §3.2, §3.4, §4, §7).
// That they are unchanged in 2026 is a negative finding (no amending
// instrument was found, RULES.md §13.8). A year that changes them gives its
// own copy in its rules_YYYY.go file.

// matriksNasional is the predikat matrix (kuadran kinerja) with the labels the
// regulation prints in it: "Kurang/Misconduct" (RULES.md §3.2, §4) [P6][SEED1][CODE-MATRIX].
var matriksNasional = Matriks{
	Sel: [3][3]SelMatriks{
		/* Hasil Kerja Di Bawah */ {{SangatKurang, "Sangat Kurang"}, {ButuhPerbaikan, "Butuh Perbaikan"}, {ButuhPerbaikan, "Butuh Perbaikan"}},
		/* Hasil Kerja Sesuai   */ {{Kurang, "Kurang/Misconduct"}, {Baik, "Baik"}, {Baik, "Baik"}},
		/* Hasil Kerja Di Atas  */ {{Kurang, "Kurang/Misconduct"}, {Baik, "Baik"}, {SangatBaik, "Sangat Baik"}},
	},
	Sumber: Sumber{Sources: matriksSources, Basis: BasisP},
}

// pengaliNasional: AK multiplier per predikat, named as the AK table of
// PermenPANRB 1/2023 Pasal 37 ayat (1) names them ("cukup/butuh perbaikan") [P1][BKN-NEWS][JDIH-MARVES].
var pengaliNasional = []PengaliRow{
	{SangatBaik, 150, "Sangat Baik", Sumber{Sources: []string{"P1", "BKN-NEWS"}, Basis: BasisP}},
	{Baik, 100, "Baik", Sumber{Sources: []string{"P1", "BKN-NEWS"}, Basis: BasisP}},
	{ButuhPerbaikan, 75, "Cukup/Butuh Perbaikan", Sumber{Sources: []string{"P1", "JDIH-MARVES", "BKN-SLIDES-A"}, Basis: BasisP}},
	{Kurang, 50, "Kurang", Sumber{Sources: []string{"P1", "BKN-NEWS"}, Basis: BasisP}},
	{SangatKurang, 25, "Sangat Kurang", Sumber{Sources: []string{"P1", "BKN-NEWS"}, Basis: BasisP}},
}

// koefisienNasional: annual AK coefficient per jenjang (RULES.md §3.4), from the jenjang table.
var koefisienNasional = func() []KoefisienRow {
	out := make([]KoefisienRow, 0, len(jenjangTable))
	for _, j := range jenjangTable {
		out = append(out, KoefisienRow{j.Code, j.Koefisien, Sumber{Sources: j.Sources, Basis: BasisP}})
	}
	return out
}()

// akHanyaPNS: AK is converted for PNS only (RULES.md §2, §13.2) [SEED1][K271-PGRI].
var akHanyaPNS = Sumber{Sources: []string{"SEED1", "K271-PGRI"}, Basis: BasisP}

// tahapan2024 names the cycle stages as the 2024 guide does (RULES.md §3.9);
// F and G are named together in the sources, the split is inferred (§11 Q15).
var tahapan2024 = []TahapDef{
	{Code: StageA, Kode: "diskusi_persiapan", Label: "Diskusi Persiapan", Isian: []Item{
		{"fokus_perilaku", "Fokus perilaku yang disepakati", ""},
		{"upaya_mempelajari", "Upaya mempelajari", ""},
		{"jadwal_observasi", "Jadwal observasi", ""},
	}, Sumber: Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
	{Code: StageB, Kode: "observasi_kinerja", Label: "Observasi Kinerja", Isian: []Item{
		{"catatan_baseline", "Catatan observasi (baseline)", ""},
	}, Catatan: "Observasi untuk menetapkan baseline; bukan penilaian.", Sumber: Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
	{Code: StageC, Kode: "diskusi_tindak_lanjut", Label: "Diskusi Tindak Lanjut", Isian: []Item{
		{"refleksi", "Refleksi hasil observasi", ""},
		{"upaya_tindak_lanjut", "Upaya tindak lanjut yang disepakati", ""},
		{"kebutuhan_dukungan", "Kebutuhan dukungan", ""},
	}, Sumber: Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
	{Code: StageD, Kode: "upaya_tindak_lanjut", Label: "Upaya Tindak Lanjut", Isian: []Item{
		{"upaya", "Upaya pengembangan kompetensi yang dilakukan", "terkait kegiatan pengembangan kompetensi"},
	}, Sumber: Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
	{Code: StageE, Kode: "refleksi_tindak_lanjut", Label: "Refleksi Tindak Lanjut", Isian: []Item{
		{"capaian", "Capaian", ""},
		{"tantangan", "Tantangan", ""},
		{"rencana_perbaikan", "Rencana perbaikan", ""},
	}, Sumber: Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
	{Code: StageF, Kode: "penilaian", Label: "Penilaian", Catatan: "Rating Praktik Kinerja (tiga aspek) dan Perilaku Kerja (tujuh aspek).", Penilaian: true,
		Sumber: Sumber{Sources: []string{"SEED1", "ASUMSI"}, Basis: BasisD, Q: "Q15"}},
	{Code: StageG, Kode: "penetapan_predikat", Label: "Penetapan Predikat", Catatan: "Predikat dari matriks rating hasil kerja × perilaku kerja.", Penilaian: true,
		Sumber: Sumber{Sources: []string{"SEED1", "ASUMSI"}, Basis: BasisD, Q: "Q15"}},
}
