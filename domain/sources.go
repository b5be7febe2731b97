package domain

// Source is one legal or documentary source of a rule (RULES.md §12).
type Source struct {
	Key   string `json:"key"`   // short key used in rule tables, e.g. "P1"
	Title string `json:"title"` // document name
	Grade string `json:"grade"` // reliability A–D as graded in RULES.md §12
	URL   string `json:"url,omitempty"`
}

// sources resolves the keys used across the rule tables (RULES.md §12).
var sources = []Source{
	{"SEED1", "Panduan Substansi Pengelolaan Kinerja Guru & Kepala Sekolah (Perdirjen GTK 7607/B.B1/HK.03/2023), Des 2023", "A", ""},
	{"SEED2", "Modul 3: Penyelesaian Pengelolaan Kinerja Guru dan Kepala Sekolah 2024", "A", ""},
	{"SEED3", "Integrasi PMM dan e-Kinerja BKN, rilis Ditjen GTK 26 Des 2023", "B", ""},
	{"SEED4", "Pengelolaan Kinerja 2025 (ringkasan Kepdirjen GTK 4242/B.B1/HK.03.01/2024)", "C", "https://www.sman1tolitoli.sch.id/pengelolaan-kinerja-asn-di-pmm-mulai-tahun-2025/"},
	{"P6", "PermenPANRB No. 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai ASN", "A", ""},
	{"P1", "PermenPANRB No. 1 Tahun 2023 tentang Jabatan Fungsional, Pasal 36–37", "A", "https://jdih.maritim.go.id/permen-pan-rb-12023-jabatan-fungsional"},
	{"BKN3", "Peraturan BKN No. 3 Tahun 2023 tentang Angka Kredit, Kenaikan Pangkat, dan Jenjang JF", "A", "https://www.cahayapendidikan.com/2023/07/15/peraturan-bkn-nomor-3-tahun-2023-tentang-angka-kredit-kenaikan-pangkat-dan-jenjang-jabatan-fungsional/"},
	{"SE3", "SE MenPANRB No. 3 Tahun 2023 tentang Tata Cara Penetapan Predikat Kinerja Pegawai ASN", "A", ""},
	{"K4242", "Kepdirjen GTK No. 4242/B.B1/HK.03.01/2024", "C", "https://ainamulyana.com/2024/11/kepdirjen-gtk-nomor-4242-tahun-2024.html"},
	{"PP74", "PP 74/2008 Pasal 52 ayat (1); Permendikbud 15/2018 jo. Permendikbudristek 25/2024 Pasal 3 ayat (1)", "C", "https://smpnegeri1buru.sch.id/tugas-pokok-guru-dan-fungsi-8-standar-nasional-pendidikan"},
	{"PI-PK", "Pusat Informasi Guru: Tentang Poin di Pengembangan Kompetensi untuk Guru", "A", "https://pusatinformasi.guru.kemdikbud.go.id/hc/en-us/articles/26037247064217-Tentang-Poin-di-Pengembangan-Kompetensi-untuk-Guru"},
	{"BKN-NEWS", "BKN: Pejabat Fungsional Tak Perlu Lagi Urus DUPAK (Pasal 37 ayat 1)", "B", ""},
	{"JDIH-MARVES", "JDIH Kemenko Marves: Permen PAN RB 1/2023", "A", "https://jdih.maritim.go.id/permen-pan-rb-12023-jabatan-fungsional"},
	{"BKN-SLIDES-A", "BKN: Pelaksanaan Teknis Peraturan BKN No. 3 Tahun 2023, Juli 2023", "B", "https://id.scribd.com/presentation/695385622/PDF-Ppt-Sosialisasi-Perbkn-No-3-Tahun-2023-Teknis-Bu-Ika1-Compress"},
	{"BKN-SLIDES-B", "BKN: Kebijakan Teknis Peraturan BKN Nomor 3 Tahun 2023", "B", "https://www.slideshare.net/WidarmaAtmaja/kebijakan-teknis-perka-bkn-no-3-tahun-2023-tentang-angka-kredit-kenaikan-pangkat-dan-jenjang-jf-3pdf"},
	{"BKN-SLIDES-C", "BKN: Penyesuaian Angka Kredit Konvensional ke Integrasi & Konversi Predikat Kinerja", "B", "https://id.scribd.com/document/712964724/Teknis-Penyesuaian-AK-dari-Konvensional-ke-Integrasi"},
	{"PAK-INT-FORM", "Formulir Penghitungan dan Akumulasi AK pada Penilaian Integrasi", "C", "https://id.scribd.com/document/670544451/FORMULIR-PAK-INTEGRASI"},
	{"DJKN", "DJKN Kemenkeu: Pemahaman Tentang Kenaikan Pangkat Jabatan Fungsional PNS Terkini, 23 Agu 2023", "A", "https://www.djkn.kemenkeu.go.id/artikel/baca/16364/Pemahaman-Tentang-Kenaikan-Pangkat-Jabatan-Fungsional-PNS-Terkini.html"},
	{"P1-SUM", "Paparan Permenpan No. 1 Tahun 2023 tentang Jabatan Fungsional", "C", "https://id.scribd.com/presentation/704543330/JF-Permenpan-01-2023"},
	{"TINEWSS", "Permenpan RB No 1 Tahun 2023: mekanisme kenaikan pangkat terbaru", "C", "https://www.tinewss.com/indonesia-news/pr-1857510009/permenpan-rb-no-1-tahun-2023-tentang-mekanisme-kenaikan-pangkat-terbaru-jafung-pns"},
	{"MB-SUM", "Ringkasan Peraturan BKN Nomor 3 Tahun 2023", "C", "https://merdekabelajar.id/ebook/131/Peraturan-BKN-Nomor-3-Tahun-2023-tentang-Angka-Kredit--Kenaikan-Pangkat--dan-Jenjang-Jabatan-Fungsional"},
	{"SE3-NEWS", "Ketentuan MenPANRB soal tata cara penetapan predikat kinerja (SE 3/2023)", "B", "https://money.kompas.com/read/2023/02/08/130400326/3-tahapan-evaluasi-kinerja-asn-berdasarkan-se-terbaru-menpan-rb"},
	{"SE3-NEWS2", "Aturan baru PNS (SE 3/2023): capaian organisasi sebagai rating hasil kerja pimpinan", "C", "https://postingnews.id/amp/11905/aturan-baru-pns-tidak-bisa-lagi-kerja-santai-sudah-mulai-dalam-pengawasan-ketat/16"},
	{"SE3-SUM", "Edaran Menpan Nomor 3 Tahun 2023 (ringkasan)", "C", "https://ainamulyana.com/2023/02/edaran-menpan-nomor-3-tahun-2023.html"},
	{"SE3-DIST", "Pola distribusi predikat SE MenPANRB 3/2023", "C", "https://naikpangkat.com/se-terbaru-menpan-rb-tetapkan-3-tahap-evaluasi-kinerja-asn-harus-lebih-waspada/3"},
	{"FLIP-P13", "Penyesuaian Pengguna pada Masa Transisi Pengelolaan Kinerja di PMM (Juli–Desember 2024)", "C", "http://online.flipbuilder.com/tpljr/pmzl/files/basic-html/page13.html"},
	{"2025-BLOG", "Tahapan pengelolaan kinerja guru tahun 2025", "C", "https://blogpendidikan.net/2024/12/tahapan-pengelolaan-kinerja-guru-tahun.html"},
	{"2025-5M", "5M tugas pokok guru pada pengelolaan kinerja 2025", "C", "https://mediabagi.com/5m-tugas-pokok-guru-pada-pengelolaan-kinerja-2025"},
	{"2025-KABA", "4 tahapan pengelolaan kinerja tahun 2025", "C", "https://kabajuolai.blogspot.com/2024/12/4-tahapan-pengelolaan-kinerja-tahun.html"},
	{"2025-TIMUR", "Panduan baru pengelolaan kinerja guru, kepala sekolah dan pengawas tahun 2025", "C", "http://timurkasuari.com/2024/12/09/panduan-baru-pengelolaan-kinerja-guru-kepala-sekolah-dan-pengawas-tahun-2025/"},
	{"2025-DISWAY", "Kemendikdasmen percepat penilaian dan predikat kinerja guru 2025", "B", "https://disway.id/read/911305/kemendikdasmen-percepat-penilaian-dan-predikat-kinerja-guru-2025"},
	{"BKN-KP", "BKN: ensiklopedia pangkat PNS", "A", "https://denpasar.bkn.go.id/kms/_export/xhtml/ensiklopedia:pangkat_pns"},
	{"OLD-PKG", "Direktorat Profesi Pendidik 2010: Penilaian Kinerja (PermenegPAN 16/2009)", "B", "https://id.scribd.com/presentation/559883777/penilaian-kinerja"},
	{"CODE-MATRIX", "Implementasi publik matriks kuadran BKN (korroborasi)", "D", ""},
	{"CODE-SIASN", "Tabel AK per jenjang × predikat pada front-end BKD publik (korroborasi)", "D", ""},
	{"CODE-BERAKHLAK", "Formulir SKP publik: 21 perilaku BerAKHLAK (korroborasi)", "D", ""},
	// Rule year 2026 (RULES.md §12, "Rule year 2026"; §13, §14).
	{"K271-OPS", "\"Kepmendikdasmen 271/O/2025 – Pedoman Baru Pengelolaan Kinerja Guru\" (date of ditetapkan, entry into force, scope)", "C", "https://www.opsbukal.com/2025/12/kepmendikdasmen-271o2025-pedoman-baru.html"},
	{"K271-PGRI", "PGRI Kota Cilegon, \"Resmi! Inilah Pedoman Baru Pengelolaan Kinerja ASN Pendidik\", 28 Dec 2025. Covers the five components with their dates, \"per…", "C", "https://pgrikotacilegon.or.id/blog/2025/12/28/resmi-inilah-pedoman-baru-pengelolaan-kinerja-asn-pendidik-dari-perencanaan-skp-hingga-konversi-angka-kredit"},
	{"K271-SETAPAK", "\"Resmi Berlaku Kepmendikdasmen 271/2025\" (scope, stages, the five categories)", "C", "https://setapakrainumbei.blogspot.com/2026/01/resmi-berlaku-kepmendikdasmen-2712025.html"},
	{"K271-SURO", "\"Pemerintah Terbitkan Pedoman Baru…\" (scope incl. swasta, pendidikan khusus, SILN; earlier results stay valid)", "C", "http://surofarhan.blogspot.com/2025/12/pemerintah-terbitkan-pedoman-baru.html"},
	{"RG-IG", "babeindonesia.com quoting the official Instagram accounts @rumahpendidikan.kemendikdasmen and @ditjen.gtk.kemdikbud. Covers the new groups, once a …", "B", "https://www.babeindonesia.com/read?id=6511714"},
	{"RG-SOS", "report of the Ditjen GTKPG webinar \"Sosialisasi Pembaruan Pengelolaan Kinerja Tahun 2026 pada Ruang GTK\", 29 Dec 2025", "B", "https://smk10semarang.sch.id/?p=16530"},
	{"RG-ARJASA", "\"Rangkuman Hasil Sosialisasi Pembaruan Pengelolaan Kinerja Guru Tahun 2026\" (31 Jan deadline, lockout, January sub-phases)", "C", "https://www.sdnarjasa1.sch.id/2026/01/rangkuman-hasil-sosialisasi-pembaruan.html"},
	{"RG-PAKAGUS-PLAN", "\"Panduan Pengisian Perencanaan Kinerja Guru Tahun 2026 di Ruang GTK\"", "C", "https://pakagus.com/panduan-pengisian-perencanaan-kinerja-guru-tahun-2026-di-ruang-gtk"},
	{"RG-PAKAGUS-4T", "\"4 Tahapan Pengelolaan Kinerja Guru Tahun 2026\"", "C", "https://pakagus.com/4-tahapan-pengelolaan-kinerja-guru-tahun-2026"},
	{"RG-UTAMA-GURU", "\"Cara Isi Pengelolaan Kinerja Guru 2026 di Ruang GTK\"", "C", "https://tekno.utamapos.com/cara-isi-pengelolaan-kinerja-guru-2026-di-ruang-gtk-catat-7-poin-penting-ini"},
	{"RG-UTAMA-KS", "\"Cara Mengisi Pengelolaan Kinerja Kepala Sekolah 2026 di Ruang GTK\"", "C", "https://tekno.utamapos.com/cara-mengisi-pengelolaan-kinerja-kepala-sekolah-2026-di-ruang-gtk-catat-tahapan-pentingnya"},
	{"RG-SINAU", "\"Cara Mengisi Pengelolaan Kinerja 2026 di Ruang GTK\"", "C", "https://www.sinau-thewe.com/2026/01/cara-mengisi-pengelolaan-kinerja-2026.html"},
	{"RG-KALTARA", "\"Inilah Jadwal Lengkap dan Aturan SKP Guru 2026 di Platform Ruang GTK\"", "C", "https://www.kaltarabisnis.co/inilah-jadwal-lengkap-dan-aturan-skp-guru-2026-di-platform-ruang-gtk"},
	{"RG-SWASTA", "\"Panduan Lengkap Pengelolaan Kinerja Guru (PKG) ASN di Sekolah Swasta 2026\"", "C", "https://www.kurikulum-merdeka.id/?p=4089"},
	{"RP-PELAKSANAAN", "Rumah Pendidikan, \"Rangkaian Tahap Pelaksanaan Kinerja bagi Guru\"", "A", "https://rumah.pendidikan.go.id/artikel/rangkaian-tahap-pelaksanaan-kinerja-bagi-guru"},
	{"RP-TINDAKLANJUT", "Rumah Pendidikan, \"Panduan Cara Mengisi Dokumen Tindak Lanjut pada Tahap Pelaksanaan Kinerja Guru di Ruang GTK\"", "A", "https://rumah.pendidikan.go.id/artikel/panduan-cara-mengisi-dokumen-tindak-lanjut-pada-tahap-pelaksanaan-kinerja-guru-di-ruang-gtk"},
	{"PMM-2024-PERSIAPAN", "\"Dokumen Persiapan Observasi Kelas\" (2024 PMM; Target Perilaku already present)", "C", "http://rudypujihanto.blogspot.com/2024/02/dokumen-persiapan-observasi-kelas.html"},
	{"OBS-BIMA", "SDN 10 Penatoi Kota Bima, \"Pelaksanaan Observasi Praktik Kinerja Guru Tahun 2026\" (11 Feb 2026)", "C", "https://sdn10.bimakota.sch.id/web/detail-berita/900/Esdeen%20Sepuluhpenatoi"},
	{"PS-SURO", "\"Mengenal Peran Pengawas Sekolah dalam Sistem Pengelolaan Kinerja\" (5 Jan 2026)", "C", "http://surofarhan.blogspot.com/2026/01/mengenal-peran-pengawas-sekolah-dalam.html"},
	{"2025-RHK-LINK", "\"Link untuk pengisian RHK dan eKinerja\" (2025 deadline 31 Jan 2025)", "C", "https://ainamulyana.blogspot.com/2025/01/link-untuk-pengisian-rhk-dan-ekinerja.html"},
	{"P21-WAAHYU", "summary of PermenPANRB No. 21/2024 (Pasal 8, jenjang mapping, 2-year deadline)", "B", "https://waahyu.web.id/permenpan-rb-no-21-tahun-2024"},
	{"P21-BERITAANDA", "statement of the Plt. Kepala Dinas Pendidikan OKI, 30 Dec 2024 (Ahli Utama rule, educator certificate, \"23 Desember 2024\")", "C", "http://beritaanda.net/peraturan-baru-permenpan-rb-jabatan-fungsional-guru-gantikan-pengawas-sekolah/"},
	{"P21-SUARA", "suararembang.com (promulgation \"10 Desember 2024\", transition ends Dec 2026, BUP 65)", "C", "https://www.suararembang.com/pendidikan/amp/152844869/pemerintah-hapus-jabatan-pengawas-sekolah-integrasikan-ke-jabatan-fungsional-guru?page=2"},
	{"SE0440", "SE Mendikdasmen No. 0440/B/HK.04.00/2025, juklak for appointment into JF Guru by penyesuaian (text reproduced)", "B", "https://ainamulyana.blogspot.com/2025/03/surat-edaran-se-mendikdasmen-nomor.html"},
	{"BKN4-JENEPONTO", "Pemkab Jeneponto, \"Dua Perka Baru BKN 2025…\" (Perka BKN 2/2025 and 4/2025; 12 windows, effective 1 Oct 2025)", "A", "https://organisasi.jenepontokab.go.id/berita/dua-perka-baru-bkn-2025-karier-pns-kini-lebih-fleksibel-naik-pangkat-bisa-melebihi-atasan-dan-setiap-bulan"},
	{"BKN4-HUMAS", "Humas BKN release on Peraturan BKN 4/2025, reproduced", "B", "https://teropongaspirasimasyarakat.com/2025/09/03/bkn-tetapkan-12-periode-kenaikan-pangkat-pns-dalam-setahun"},
	{"BKN4-2023", "Peraturan BKN 4/2023 Pasal 2 quoted (six windows from 1 Jan 2024)", "B", "https://kompas.tv/nasional/429647/kabar-baik-bagi-pns-bkn-resmikan-aturan-kenaikan-pangkat-jadi-enam-periode-berlaku-januari-2024"},
	{"KP-HALO", "\"…Peraturan BKN Nomor 4 Tahun 2025…\" (KP reguler needs PKP ≥ Baik for 2 years)", "C", "https://www.halopengacara.com/?p=2727"},
	{"UKKJ-A", "Portal Uji Kompetensi (prerequisites; once a year in 2025)", "A", "https://ujikompetensi.kemdikbud.go.id/"},
	{"UKKJ-FAQ", "Portal Uji Kompetensi, FAQ (test forms; UKKJ required for jenjang promotion)", "A", "https://ujikompetensi.dikdasmen.go.id/faq"},
	{"PD7", "Permendikdasmen No. 7/2025, Pasal 7 (text)", "B", "https://www.pasal.id/peraturan/permen/permendikdasmen-no-7-tahun-2025/koreksi/9406607"},
	{"PD7-SURO", "\"Masa Tugas atau Jabatan Kepala Sekolah\" (Pasal 23–24 summary)", "C", "http://surofarhan.blogspot.com/2026/01/masa-tugas-atau-jabatan-kepala-sekolah.html"},
	{"TPG-SUMEKS", "TPG 2025 requirements (predikat ≥ Baik; Permendikbudristek 45/2023)", "C", "https://sumateraekspres.bacakoran.co/amp/68572/jadwal-penyaluran-tpg-2025-ditetapkan-cek-triwulan-1-cair-bulan-apa/16"},
	{"TPG-PD4", "Permendikdasmen 4/2025 amends Permendikbudristek 45/2023", "C", "https://mantiqmedia.id/presiden-prabowo-umumkan-teknis-penyaluran-tunjangan-guru-asn-dan-pppk/2"},
	{"ASUMSI", "Asumsi simulator (RULES.md §11): bukan ketentuan resmi", "-", ""},
}

// Sources returns every source, in the order of RULES.md §12, then the §14.7
// keys of sumber_karier.go.
func Sources() []Source { return append(append([]Source(nil), sources...), sumberKarier...) }

// SourceByKey resolves a source key.
func SourceByKey(key string) (Source, bool) {
	for _, list := range [...][]Source{sources, sumberKarier} {
		for _, s := range list {
			if s.Key == key {
				return s, true
			}
		}
	}
	return Source{}, false
}
