package domain

// sumberKarier resolves the source keys of RULES.md §14.7 (gaji pokok table,
// TPG, MKG and KGB, PerBKN 3/2023 text) that sources.go does not list; the
// §12 keys of §13.11 (KP windows, UKKJ, KS door) are in sources.go. Sources
// and SourceByKey read both lists.
var sumberKarier = []Source{
	{"BKN3-PASAL", "Peraturan BKN 3/2023 (teks; kenaikan jenjang setelah perpindahan)", "B", "https://pasal.id/peraturan/perban/peraturan-bkn-no-3-tahun-2023"},
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
