package domain

// Rule year 2025: Kepdirjen GTK 4242/B.B1/HK.03.01/2024 (RULES.md §6.2, §9).
func init() { register(aturan2025) }

var aturan2025 = RuleSet{
	Year:       "2025",
	Judul:      "Pengelolaan Kinerja 2025 (satu periode tahunan, tugas pokok 5M)",
	DasarHukum: []string{"Kepdirjen GTK No. 4242/B.B1/HK.03.01/2024", "PermenPANRB No. 6 Tahun 2022", "PermenPANRB No. 1 Tahun 2023", "Peraturan BKN No. 3 Tahun 2023"},
	Sumber:     Sumber{Sources: []string{"SEED4", "K4242", "P6", "P1", "BKN3"}, Basis: BasisSC},
	Matriks:    matriksNasional,
	Koefisien:  koefisienNasional,
	Pengali:    pengaliNasional,
	Periods: []PeriodDef{
		// RULES.md §6.2: one period a year [2025-BLOG][2025-KABA]. January SKP; Feb–Mar
		// observation and feedback [2025-BLOG]; later quarters default (§11 Q8): Q2–Q3
		// follow-up, Q4 reflection and assessment [2025-DISWAY].
		{"tahunan", "Tahunan (Januari–Desember)", 1, 12, 1, map[Stage][]int{
			StageA: {1}, StageB: {2, 3}, StageC: {3}, StageD: {4, 5, 6, 7, 8, 9}, StageE: {10, 11}, StageF: {11, 12}, StageG: {12},
		}, []Stage{StageD, StageE, StageF, StageG}, Sumber{Sources: []string{"2025-BLOG", "2025-KABA", "2025-DISWAY", "ASUMSI"}, Basis: BasisD, Q: "Q8"}},
	},
	// The 2025 model keeps stages A–E [2025-KABA]; its step-A label is not settled (§13.12).
	Tahapan: tahapan2024,
	// No points; a reflection after each activity [2025-5M][2025-BLOG].
	Kompetensi: KompetensiModel{Refleksi: true, Sumber: Sumber{Sources: []string{"2025-5M", "2025-BLOG"}, Basis: BasisSC}},
	Dokumen: DokumenModel{
		Model: DokumenKonfirmasiAtasan,
		// §11 Q7: the same gate as 2024 until the KS confirms.
		Gate: true, GateFrom: Sumber{Sources: []string{"SEED4", "ASUMSI"}, Basis: BasisD, Q: "Q7"},
		// No uploads; the principal confirms that the daily 5M documents exist
		// [SEED4][2025-5M]. Pengawas documents are not in the sources: one
		// everyday-work confirmation is the default (asumsi).
		Wajib: []DokumenRow{
			{Guru, Item{"5M", "Dokumen tugas pokok 5M (dikonfirmasi kepala sekolah)", ""}, "", Sumber{Sources: []string{"SEED4", "2025-5M"}, Basis: BasisSC}},
			{Guru, Item{"K4", "SK Tugas Tambahan", "wajib hanya jika memiliki tugas tambahan (asumsi §11 Q6)"}, SyaratTugasTambahan, Sumber{Sources: []string{"SEED1", "ASUMSI"}, Basis: BasisD, Q: "Q6"}},
			{KepalaSekolah, Item{"K3", "Kurikulum Operasional Satuan Pendidikan (KOSP)", ""}, "", Sumber{Sources: []string{"SEED1", "SEED4"}, Basis: BasisSC}},
			{KepalaSekolah, Item{"K4", "Perencanaan Program Sekolah", ""}, "", Sumber{Sources: []string{"SEED1", "SEED4"}, Basis: BasisSC}},
			{KepalaSekolah, Item{"K5", "Pelaporan Program Sekolah", ""}, "", Sumber{Sources: []string{"SEED1", "SEED4"}, Basis: BasisSC}},
			{PengawasSekolah, Item{"PS", "Dokumen kerja kepengawasan (dikonfirmasi atasan langsung, asumsi)", ""}, "", Sumber{Sources: []string{"SEED4", "ASUMSI"}, Basis: BasisD}},
		},
		Sumber: Sumber{Sources: []string{"SEED4", "2025-5M"}, Basis: BasisSC},
	},
	TugasPokok:     true,
	TugasPokokFrom: Sumber{Sources: []string{"2025-TIMUR", "2025-5M", "PP74"}, Basis: BasisSC},
	Peran: []PeranRow{
		{Role: Guru, Sumber: Sumber{Sources: []string{"SEED4"}, Basis: BasisSC}},
		{Role: KepalaSekolah, Sumber: Sumber{Sources: []string{"SEED4"}, Basis: BasisSC}},
		{Role: PengawasSekolah, Sumber: Sumber{Sources: []string{"SEED4", "K4242"}, Basis: BasisSC}},
	},
	JenisSatuan: []JenisSatuanRow{{Negeri, Sumber{Sources: []string{"SEED4"}, Basis: BasisSC}}},
	Penilai: []PenilaiRow{
		{Guru, "", "Kepala Sekolah", "", Sumber{Sources: []string{"SEED1", "SEED4"}, Basis: BasisSC}},
		{KepalaSekolah, "", "Kepala Dinas Pendidikan", "Pengawas Sekolah", Sumber{Sources: []string{"SEED2", "2025-TIMUR"}, Basis: BasisSC}},
		// The assessor of a pengawas is not stated; Kepala Dinas is the default (RULES.md §2).
		{PengawasSekolah, "", "Kepala Dinas Pendidikan", "", Sumber{Sources: []string{"SEED4", "ASUMSI"}, Basis: BasisD}},
	},
	Penempatan: penempatanTahunan("Tabel pegawai baru 2025 tidak ada dalam sumber; mengikuti pola 2024 (asumsi).", false),
	// SKP approved by 31 January [2025-RHK-LINK].
	SKP:        SKPRule{Bulan: 1, Hari: 31, Catatan: "SKP disetujui paling lambat 31 Januari.", Sumber: Sumber{Sources: []string{"2025-RHK-LINK"}, Basis: BasisSC}},
	AKHanyaPNS: akHanyaPNS,
}

// penempatanTahunan is the new-appointee table of a one-period year: the
// sources give none for 2025 or 2026, so the 2024 pattern (≥ 3 months left ⇒
// full cycle) applies — the last two months of the year are auto-completed with
// perilaku only (asumsi, §11 Q24 for 2026).
func penempatanTahunan(catatan string, skpAkhirBulan bool) (t [12]Penempatan) {
	for m := 1; m <= 12; m++ {
		st := TLPenuh
		if m >= 11 {
			st = TLOtomatis
		}
		t[m-1] = Penempatan{m, []string{st}, true, catatan, skpAkhirBulan && m > 1, []string{"SEED2", "ASUMSI"}}
	}
	return t
}
