package domain

// sumberKarier resolves the source keys of the promotion dates, the UKKJ, the
// gaji pokok table, TPG and the KS door (RULES.md §12 for the §13.11 keys,
// §14.7 for the §14 keys). They are kept apart from sources.go so issue 11's
// tables can land while that file is being reworked; SourceByKey and Sources
// read both lists (see sumberSemua).
var sumberKarier = []Source{
	{"BKN4-2023", "Peraturan BKN 4/2023 Pasal 2: enam periode kenaikan pangkat mulai 1 Januari 2024", "B", "https://kompas.tv/nasional/429647/kabar-baik-bagi-pns-bkn-resmikan-aturan-kenaikan-pangkat-jadi-enam-periode-berlaku-januari-2024"},
	{"BKN4-JENEPONTO", "Pemkab Jeneponto: Dua Perka Baru BKN 2025 (Perka BKN 4/2025, 12 periode, berlaku 1 Oktober 2025)", "A", "https://organisasi.jenepontokab.go.id/berita/dua-perka-baru-bkn-2025-karier-pns-kini-lebih-fleksibel-naik-pangkat-bisa-melebihi-atasan-dan-setiap-bulan"},
	{"BKN4-HUMAS", "Humas BKN: BKN tetapkan 12 periode kenaikan pangkat PNS dalam setahun (Peraturan BKN 4/2025)", "B", "https://teropongaspirasimasyarakat.com/2025/09/03/bkn-tetapkan-12-periode-kenaikan-pangkat-pns-dalam-setahun"},
	{"KP-HALO", "Kenaikan pangkat reguler: PKP minimal Baik dua tahun terakhir (Peraturan BKN 4/2025)", "C", "https://www.halopengacara.com/?p=2727"},
	{"UKKJ-A", "Portal Uji Kompetensi Kenaikan Jenjang (persyaratan; satu kali setahun pada 2025)", "A", "https://ujikompetensi.kemdikbud.go.id/"},
	{"UKKJ-FAQ", "Portal Uji Kompetensi: FAQ (bentuk tes; UKKJ wajib untuk kenaikan jenjang)", "A", "https://ujikompetensi.dikdasmen.go.id/faq"},
	{"BKN3-PASAL", "Peraturan BKN 3/2023 (teks; kenaikan jenjang setelah perpindahan)", "B", "https://pasal.id/peraturan/perban/peraturan-bkn-no-3-tahun-2023"},
	{"PD7", "Permendikdasmen No. 7 Tahun 2025, Pasal 7 (persyaratan penugasan kepala sekolah)", "B", "https://www.pasal.id/peraturan/permen/permendikdasmen-no-7-tahun-2025/koreksi/9406607"},
	{"PD7-SURO", "Masa tugas kepala sekolah (ringkasan Permendikdasmen 7/2025 Pasal 23–24)", "C", "http://surofarhan.blogspot.com/2026/01/masa-tugas-atau-jabatan-kepala-sekolah.html"},
	{"TPG-SUMEKS", "Persyaratan TPG 2025 menurut Permendikbudristek 45/2023 (predikat minimal Baik)", "C", "https://sumateraekspres.bacakoran.co/amp/68572/jadwal-penyaluran-tpg-2025-ditetapkan-cek-triwulan-1-cair-bulan-apa/16"},
	{"PD4-PGRI", "PGRI Kota Cilegon: Permendikdasmen 4/2025 (5 Maret 2025; pengganti Permendikbudristek 45/2023)", "C", "https://pgrikotacilegon.or.id/?p=5894"},
	{"PD4-NTT", "NTT Kreatif: penyesuaian tunjangan pada KGB dan kenaikan pangkat (Permendikdasmen 4/2025)", "C", "https://www.nttkreatif.com/tunjangan-khusus-guru-ternyata-bisa-dihentikan-asalkan-penuhi-syarat-berikut-salah-satunya-meninggal-dunia/2"},
	{"PD4-WACA", "Wacaberita: Permendikdasmen 4/2025 Pasal 1 dan Pasal 4", "C", "https://wacaberita.com/ketentuan-tunjangan-profesi-guru-asn-daerah-berdasarkan-permendikdasmen-nomor-4-tahun-2025/"},
	{"PD4-GURUSEJARAH", "Delapan persyaratan TPG menurut Permendikdasmen 4/2025", "C", "https://gurusejarah.web.id/2025/03/juknis-terbaru-tentang-pemberian-tunjangan-guru-2025.html"},
	{"UU14-BLOG", "UU 14/2005 Pasal 16 ayat (2) (tunjangan profesi = 1 kali gaji pokok)", "C", "https://kardimaniman79.blogspot.com/2015/04/tunjangan-profesi.html"},
	{"PP41-TRIBUN", "PP 41/2009 Pasal 4 (tunjangan profesi guru PNS = 1 kali gaji pokok)", "B", "https://m.tribunnews.com/amp/nasional/2020/07/20/ini-loh-perbandingan-tunjuangan-guru-non-pns-dengan-pns?page=2"},
	{"GAPOK-BISNIS", "Bisnis.com: gaji PNS resmi naik (PP 5/2024, berlaku 1 Januari 2024)", "B", "https://ekonomi.bisnis.com/read/20240130/9/1736758/kabar-baik-gaji-pns-resmi-naik-cek-besarannya"},
	{"GAPOK-POSKOTA", "Poskota: rentang gaji pokok golongan III dan IV (PP 5/2024)", "C", "https://poskota.co.id/2025/04/08/benarkah-gaji-pns-naik-16-persen-tahun-2025-berikut-penjelasannya?halaman=2"},
	{"GAPOK-BUNGKO", "Ringkasan PP 5/2024 tentang gaji PNS", "C", "https://bungko.desa.id/baca/9868/2024/berikut-ini-ringkasan-pp-nomor-5-tahun-2024-tentang-peraturan-gaji-pegawai-negeri-sipil"},
	{"GAPOK-BENGKULU", "Gaji pokok PNS menurut MKG 0–32 tahun", "C", "https://harianbengkuluekspress.bacakoran.co/read/14192/terbaru-2024-ini-besaran-gaji-cpns-pppk-dan-pns/45"},
	{"GAPOK-TRIBUN-2026", "Tribun Medan: gaji PNS 2026 tidak naik, masih PP 5/2024", "B", "https://medan.tribunnews.com/2025/08/17/daftar-program-prabowo-yang-membuat-gaji-pns-tidak-naik-kini-belum-ada-rencana-cpns-2026?page=all"},
	{"GAPOK-OKEPOST", "Gaji pokok PNS Januari 2026 masih PP 5/2024", "C", "https://okepost.id/?p=648"},
	{"CODE-GAPOK", "Tiga implementasi publik tabel gaji pokok PP 5/2024 (korroborasi sel tengah)", "D", ""},
	{"KGB-GORONTALO", "BKPP Kota Gorontalo: Kenaikan Gaji Berkala (setiap 2 tahun)", "A", "https://bkpp.gorontalokota.go.id/layanan/kenaikan-gaji-berkala"},
	{"PP7-WIKI", "PP 7/1977 tentang Peraturan Gaji PNS (Pasal 4, Pasal 5 ayat (1))", "B", "https://id.wikisource.org/wiki/Peraturan_Pemerintah_Republik_Indonesia_Nomor_7_Tahun_1977"},
	{"PP7-TWB", "Poin-poin penting PP 7 Tahun 1977", "C", "https://twbillion.blogspot.com/2019/09/poin-poin-penting-pp-7-tahun-1977.html"},
	{"MKG-SCRIBD", "Cara menghitung masa kerja golongan PNS (data BKN)", "C", "https://id.scribd.com/doc/276006354/Cara-Menghitung-Masa-Kerja-Golongan-Dan-Keseluruhan-PNS"},
}
