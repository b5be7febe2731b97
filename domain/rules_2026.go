package domain

// Rule year 2026: Kepmendikdasmen No. 271/O/2025 (RULES.md §13). Its text was
// not found; every row below carries its grade, and rows graded S-C or D are
// traced as assumptions (§11 Q20: the 2025 model plus the changes of §13).
func init() { register(aturan2026) }

var (
	src271   = Sumber{Sources: []string{"K271-OPS", "K271-PGRI", "K271-SETAPAK"}, Basis: BasisSC, Q: "Q20"}
	srcRGIG  = Sumber{Sources: []string{"RG-IG"}, Basis: BasisSB}
	srcRPPel = Sumber{Sources: []string{"RP-PELAKSANAAN"}, Basis: BasisP}
)

var aturan2026 = RuleSet{
	Year:       "2026",
	Judul:      "Pengelolaan Kinerja 2026 (satu periode, lima langkah pelaksanaan, tanpa poin dan unggah)",
	Catatan:    "Aturan 2026 berdasarkan ringkasan resmi/sekunder Kepmendikdasmen 271/O/2025; teks resmi belum ditemukan (§11 Q20).",
	DasarHukum: []string{"Kepmendikdasmen No. 271/O/2025", "PermenPANRB No. 6 Tahun 2022", "PermenPANRB No. 1 Tahun 2023", "Peraturan BKN No. 3 Tahun 2023", "PermenPANRB No. 21 Tahun 2024"},
	Sumber:     src271,
	// §13.8: matrix, multipliers and coefficients unchanged (negative finding).
	Matriks:   matriksNasional,
	Koefisien: koefisienNasional,
	Pengali:   pengaliNasional,
	Periods: []PeriodDef{
		// §13.4: one period, January–December [RG-IG][RG-UTAMA-GURU]. Months of the
		// five steps §11 Q22 (Feb: A, B; Mar: C; Apr–Oct: D; Nov: E); Penilaian
		// mid-November to 31 December (§11 Q21).
		{"tahunan", "Tahunan (Januari–Desember 2026)", 1, 12, 1, map[Stage][]int{
			StageA: {2}, StageB: {2}, StageC: {3}, StageD: {4, 5, 6, 7, 8, 9, 10}, StageE: {11}, StageF: {11, 12}, StageG: {12},
		}, []Stage{StageA, StageB, StageC, StageD, StageE, StageF, StageG}, Sumber{Sources: []string{"RG-IG", "RG-UTAMA-GURU", "RG-UTAMA-KS", "OBS-BIMA", "ASUMSI"}, Basis: BasisD, Q: "Q22"}},
	},
	Tahapan: []TahapDef{
		// §13.6: the five pelaksanaan steps [RP-PELAKSANAAN] (P); three documents [RP-TINDAKLANJUT] (P).
		{Code: StageA, Kode: "persiapan_observasi", Label: "Persiapan Observasi", Isian: []Item{
			{"target_perilaku", "Target Perilaku", "perilaku dari rubrik observasi yang ingin dicapai (bukan fokus perilaku BerAKHLAK)"},
			{"upaya_perilaku", "Upaya Perilaku", "strategi untuk mencapai target perilaku"},
			{"jadwal_observasi", "Jadwal observasi yang disepakati", ""},
		}, Dokumen: "Dokumen Persiapan", Sumber: Sumber{Sources: []string{"RP-PELAKSANAAN", "RP-TINDAKLANJUT", "PMM-2024-PERSIAPAN"}, Basis: BasisP}},
		{Code: StageB, Kode: "observasi_kinerja", Label: "Observasi Kinerja", Isian: []Item{
			{"catatan_observasi", "Catatan rubrik observasi kelas (diisi kepala sekolah)", ""},
		}, Catatan: "Satu observasi kelas setahun (asumsi §11 Q23); hasil observasi bukan nilai akhir.", Sumber: Sumber{Sources: []string{"RP-PELAKSANAAN", "RP-TINDAKLANJUT"}, Basis: BasisP}},
		{Code: StageC, Kode: "diskusi_tindak_lanjut", Label: "Diskusi Tindak Lanjut", Isian: []Item{
			{"tujuan_tindak_lanjut", "Tujuan tindak lanjut", ""},
			{"langkah_perbaikan", "Langkah-langkah perbaikan", ""},
			{"jadwal_pelaksanaan", "Jadwal pelaksanaan", ""},
			{"kebutuhan_dukungan", "Bentuk dukungan yang dibutuhkan", ""},
		}, Dokumen: "Dokumen Tindak Lanjut", Sumber: Sumber{Sources: []string{"RP-PELAKSANAAN", "RP-TINDAKLANJUT"}, Basis: BasisP}},
		{Code: StageD, Kode: "upaya_tindak_lanjut", Label: "Upaya Tindak Lanjut", Isian: []Item{
			{"upaya", "Upaya tindak lanjut yang dilaksanakan sesuai rencana", ""},
		}, Sumber: srcRPPel},
		// The step text was cut off in the stored copy: the fields are the 2024 ones (D).
		{Code: StageE, Kode: "refleksi", Label: "Refleksi", Isian: []Item{
			{"capaian", "Capaian", ""},
			{"tantangan", "Tantangan", ""},
			{"rencana_perbaikan", "Rencana perbaikan", ""},
		}, Dokumen: "Dokumen Refleksi", Sumber: Sumber{Sources: []string{"RP-PELAKSANAAN", "RP-TINDAKLANJUT", "ASUMSI"}, Basis: BasisD, Q: "Q20"}},
		{Code: StageF, Kode: "penilaian", Label: "Penilaian", Catatan: "Atasan menilai Hasil Kerja dan Perilaku Kerja di akhir tahun (pertengahan November–31 Desember, asumsi §11 Q21).", Penilaian: true,
			Sumber: Sumber{Sources: []string{"RG-UTAMA-KS", "K271-PGRI", "ASUMSI"}, Basis: BasisD, Q: "Q21"}},
		{Code: StageG, Kode: "penetapan_predikat", Label: "Penetapan Predikat", Catatan: "Predikat dari matriks rating hasil kerja × perilaku kerja, bertanggal 31 Desember 2026.", Penilaian: true,
			Sumber: Sumber{Sources: []string{"K271-PGRI", "P6", "ASUMSI"}, Basis: BasisD, Q: "Q21"}},
	},
	// §13.7, §11 Q29: activities with a reflection; no points, no minimum, no gate.
	Kompetensi: KompetensiModel{Refleksi: true, Opsional: true, Sumber: Sumber{Sources: []string{"RG-IG", "RG-SINAU", "RG-PAKAGUS-4T", "ASUMSI"}, Basis: BasisD, Q: "Q29"}},
	Dokumen: DokumenModel{
		Model: DokumenKonfirmasiAtasan,
		// §11 Q30: predikat pending until the atasan confirms (as Q7).
		Gate: true, GateFrom: Sumber{Sources: []string{"RG-IG", "ASUMSI"}, Basis: BasisD, Q: "Q30"},
		// §13.7: "Atasan cukup melakukan konfirmasi ketersediaan dokumen akuntabilitas di sekolah" [RG-IG].
		Wajib: []DokumenRow{
			{Guru, dokumenTersedia, "", srcRGIG},
			{GuruPendidikanKhusus, dokumenTersedia, "", srcRGIG},
			{KepalaSekolah, dokumenTersedia, "", srcRGIG},
			{PengawasSekolah, dokumenTersedia, "", Sumber{Sources: []string{"RG-IG", "ASUMSI"}, Basis: BasisD, Q: "Q30"}},
		},
		Sumber: srcRGIG,
	},
	// The 5M duties are not restated for 2026; kept as in 2025 (§11 Q20).
	TugasPokok:     true,
	TugasPokokFrom: Sumber{Sources: []string{"2025-5M", "ASUMSI"}, Basis: BasisD, Q: "Q20"},
	Peran: []PeranRow{
		{Role: Guru, Sumber: srcRGIG},
		{Role: GuruPendidikanKhusus, Sumber: srcRGIG},
		{Role: KepalaSekolah, Sumber: srcRGIG},
		// §13.10: pengawas only during the transition; no Pengawas Ahli Pertama mapping (§11 Q32).
		{Role: PengawasSekolah, JenjangDitolak: []Jenjang{AhliPertama},
			Pesan:  "Pengawas Sekolah Ahli Pertama tidak ada dalam pemetaan ke Jabatan Fungsional Guru (asumsi §11 Q32)",
			Sumber: Sumber{Sources: []string{"P21-WAAHYU", "P21-SUARA", "ASUMSI"}, Basis: BasisD, Q: "Q32"}},
	},
	PemetaanPeran: []PemetaanRow{
		// §13.10, §11 Q31–Q32: from 2027 a pengawas is a guru assigned as pendamping
		// satuan pendidikan, with the same jenjang, golongan and AK.
		{PengawasSekolah, Guru, PendampingSatuanPendidikan, 2027, Sumber{Sources: []string{"P21-WAAHYU", "P21-SUARA", "ASUMSI"}, Basis: BasisD, Q: "Q31"}},
	},
	JenisSatuan: []JenisSatuanRow{{Negeri, srcRGIG}, {Swasta, srcRGIG}},
	Penilai: []PenilaiRow{
		{Guru, Negeri, "Kepala Sekolah", "", srcRGIG},
		{Guru, Swasta, "Kepala Dinas Pendidikan", "Kepala sekolah swasta (memberi rekomendasi saja, asumsi)", Sumber{Sources: []string{"RG-SWASTA", "ASUMSI"}, Basis: BasisD, Q: "Q26"}},
		{KepalaSekolah, Negeri, "Kepala Dinas Pendidikan", "Pengawas Sekolah", srcRGIG},
		{KepalaSekolah, Swasta, "Kepala Dinas Pendidikan", "Pengawas Sekolah", Sumber{Sources: []string{"RG-IG", "RG-UTAMA-KS", "ASUMSI"}, Basis: BasisD, Q: "Q27"}},
		{PengawasSekolah, "", "Kepala Dinas Pendidikan", "", Sumber{Sources: []string{"PS-SURO", "ASUMSI"}, Basis: BasisD, Q: "Q28"}},
		{GuruPendidikanKhusus, "", "Kepala Dinas Pendidikan", "", Sumber{Sources: []string{"RG-IG", "ASUMSI"}, Basis: BasisD, Q: "Q28"}},
	},
	// §13.9, §11 Q24: TMT Feb–Oct full cycle, Nov–Dec perilaku only; SKP by the end of the TMT month.
	Penempatan: penempatanTahunan("Tabel pegawai baru 2026 tidak ada dalam sumber; SKP paling lambat akhir bulan TMT, mengikuti pola 2024 (asumsi §11 Q24).", true),
	// §13.5, §11 Q25: SKP approved by 31 January, else lockout.
	SKP: SKPRule{Bulan: 1, Hari: 31, Lockout: true,
		Catatan: "Tanpa SKP yang disetujui sampai 31 Januari, akun dapat terkunci (lockout) dan guru tidak memiliki nilai kinerja tahun itu.",
		Sumber:  Sumber{Sources: []string{"RG-ARJASA", "RG-PAKAGUS-PLAN"}, Basis: BasisSC, Q: "Q25"}},
	AKHanyaPNS: Sumber{Sources: []string{"K271-PGRI", "SEED1"}, Basis: BasisSC},
}

// dokumenTersedia is the atasan's single confirmation of 2026 (§13.7).
var dokumenTersedia = Item{"dokumen_tersedia", "Atasan mengonfirmasi dokumen akuntabilitas tersedia di sekolah (tanpa unggah)", ""}
