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
	{"ASUMSI", "Asumsi simulator (RULES.md §11): bukan ketentuan resmi", "-", ""},
}

// Sources returns every source, in the order of RULES.md §12.
func Sources() []Source { return append([]Source(nil), sources...) }

// SourceByKey resolves a source key.
func SourceByKey(key string) (Source, bool) {
	for _, s := range sources {
		if s.Key == key {
			return s, true
		}
	}
	return Source{}, false
}
