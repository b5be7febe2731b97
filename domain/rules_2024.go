package domain

// Rule year 2024: Perdirjen GTK 7607/B.B1/HK.03/2023 (RULES.md §3, §5, §6.1, §6.3, §9).
func init() { register(aturan2024) }

var aturan2024 = RuleSet{
	Year:       "2024",
	Judul:      "Pengelolaan Kinerja 2024 (dua semester, PMM)",
	DasarHukum: []string{"Perdirjen GTK No. 7607/B.B1/HK.03/2023", "PermenPANRB No. 6 Tahun 2022", "PermenPANRB No. 1 Tahun 2023", "Peraturan BKN No. 3 Tahun 2023"},
	Sumber:     Sumber{Sources: []string{"SEED1", "P6", "P1", "BKN3"}, Basis: BasisP},
	Matriks:    matriksNasional,
	Koefisien:  koefisienNasional,
	Pengali:    pengaliNasional,
	Periods: []PeriodDef{
		// RULES.md §6.1 [SEED1]: two semesters, one cycle each.
		{"semester_1", "Semester 1 (Januari–Juni)", 1, 6, 1, map[Stage][]int{
			StageA: {2}, StageB: {3}, StageC: {3}, StageD: {4, 5}, StageE: {6}, StageF: {6}, StageG: {6},
		}, nil, Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
		{"semester_2", "Semester 2 (Juli–Desember)", 7, 12, 7, map[Stage][]int{
			StageA: {8}, StageB: {9}, StageC: {9}, StageD: {10, 11}, StageE: {12}, StageF: {12}, StageG: {12},
		}, nil, Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
	},
	Tahapan: tahapan2024,
	// RULES.md §5.3: points, minimum 32 and recommended maximum 128 per period [SEED1][PI-PK].
	Kompetensi: KompetensiModel{Poin: true, MinPoin: 32, MaxPoin: 128, Sumber: Sumber{Sources: []string{"SEED1", "PI-PK"}, Basis: BasisP}},
	Dokumen: DokumenModel{
		Model: DokumenUnggah,
		// RULES.md §5.4: the predikat is hidden while documents are missing [SEED1].
		Gate: true, GateFrom: Sumber{Sources: []string{"SEED1"}, Basis: BasisP},
		// RULES.md §3.11 [SEED1]: collected, not scored.
		Wajib: []DokumenRow{
			{Guru, Item{"K3", "Kurikulum Operasional Satuan Pendidikan (KOSP)", ""}, "", Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
			{Guru, Item{"K4", "SK Tugas Tambahan", "wajib hanya jika memiliki tugas tambahan (asumsi §11 Q6)"}, SyaratTugasTambahan, Sumber{Sources: []string{"SEED1", "ASUMSI"}, Basis: BasisD, Q: "Q6"}},
			{Guru, Item{"K5", "Kehadiran di Kelas", ""}, "", Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
			{KepalaSekolah, Item{"K3", "Kurikulum Operasional Satuan Pendidikan (KOSP)", ""}, "", Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
			{KepalaSekolah, Item{"K4", "Perencanaan Program Sekolah", ""}, "", Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
			{KepalaSekolah, Item{"K5", "Pelaporan Program Sekolah", ""}, "", Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
			{KepalaSekolah, Item{"K6", "Kehadiran di Sekolah", ""}, "", Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
		},
		Sumber: Sumber{Sources: []string{"SEED1"}, Basis: BasisP},
	},
	Peran: []PeranRow{
		{Role: Guru, Sumber: Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
		{Role: KepalaSekolah, Sumber: Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
	},
	JenisSatuan: []JenisSatuanRow{{Negeri, Sumber{Sources: []string{"SEED1"}, Basis: BasisP}}},
	Penilai: []PenilaiRow{
		{Guru, "", "Kepala Sekolah", "", Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
		{KepalaSekolah, "", "Kepala Dinas Pendidikan", "Pengawas Sekolah", Sumber{Sources: []string{"SEED1", "SEED2"}, Basis: BasisP}},
	},
	Penempatan: penempatan2024,
	// RULES.md §6.1: an SKP at the start of each semester (January and July) [SEED1].
	SKP:        SKPRule{Catatan: "SKP disusun pada awal setiap semester (Januari dan Juli).", Sumber: Sumber{Sources: []string{"SEED1"}, Basis: BasisP}},
	AKHanyaPNS: akHanyaPNS,
}

// penempatan2024: RULES.md §6.3 [SEED2]; October follows July–September (§11 Q3).
var penempatan2024 = [12]Penempatan{
	{1, []string{TLPenuh, TLPenuh}, false, "", false, []string{"SEED2"}},
	{2, []string{TLPenuh, TLPenuh}, false, "", false, []string{"SEED2"}},
	{3, []string{TLPenuh, TLPenuh}, false, "", false, []string{"SEED2"}},
	{4, []string{TLPenuh, TLPenuh}, false, "", false, []string{"SEED2"}},
	{5, []string{TLOtomatis, TLPenuh}, false, "", false, []string{"SEED2"}},
	{6, []string{TLOtomatis, TLPenuh}, false, "", false, []string{"SEED2"}},
	{7, []string{TLTidakBerlaku, TLPenuh}, false, "", false, []string{"SEED2"}},
	{8, []string{TLTidakBerlaku, TLPenuh}, false, "", false, []string{"SEED2"}},
	{9, []string{TLTidakBerlaku, TLPenuh}, false, "", false, []string{"SEED2"}},
	{10, []string{TLTidakBerlaku, TLPenuh}, true, "Oktober tidak disebut dalam sumber; diperlakukan seperti Juli–September (asumsi §11 Q3).", false, []string{"SEED2", "ASUMSI"}},
	{11, []string{TLTidakBerlaku, TLOtomatis}, false, "", false, []string{"SEED2"}},
	{12, []string{TLTidakBerlaku, TLOtomatis}, false, "", false, []string{"SEED2"}},
}
