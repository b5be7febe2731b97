package domain

// Role is the assessed employee's role (RULES.md §2).
type Role string

// Roles. PengawasSekolah exists from the 2025 rules (Kepdirjen 4242/2024)
// [SEED4][K4242]; GuruPendidikanKhusus (GPK at a Unit Layanan Disabilitas) from
// the 2026 rules [RG-IG] (RULES.md §13.2).
const (
	Guru                 Role = "guru"
	KepalaSekolah        Role = "kepala_sekolah"
	PengawasSekolah      Role = "pengawas_sekolah"
	GuruPendidikanKhusus Role = "guru_pendidikan_khusus"
)

// roleInfo: label and assessor (Pejabat Penilai Kinerja) per role, RULES.md §2.
var roleInfo = []struct {
	Code    Role
	Label   string
	Penilai string
	Sources []string
}{
	{Guru, "Guru", "Kepala Sekolah", []string{"SEED1"}},
	{KepalaSekolah, "Kepala Sekolah", "Kepala Dinas Pendidikan (Pengawas Sekolah sebagai tim kerja)", []string{"SEED1", "SEED2"}},
	// The assessor of a pengawas is not stated; Kepala Dinas is the default (RULES.md §2).
	{PengawasSekolah, "Pengawas Sekolah", "Kepala Dinas Pendidikan (asumsi)", []string{"SEED4", "K4242", "2025-DISWAY"}},
	{GuruPendidikanKhusus, "Guru Pendidikan Khusus", "Kepala Dinas Pendidikan (asumsi §11 Q28)", []string{"RG-IG", "ASUMSI"}},
}

// Roles lists every role.
var Roles = []Role{Guru, KepalaSekolah, PengawasSekolah, GuruPendidikanKhusus}

// JenisSatuan is the school type: negeri (public) or swasta (private, admitted
// from the 2026 rules, RULES.md §13.2) [RG-IG].
type JenisSatuan string

// School types.
const (
	Negeri JenisSatuan = "negeri"
	Swasta JenisSatuan = "swasta"
)

// Label is the Indonesian name.
func (j JenisSatuan) Label() string {
	switch j {
	case Swasta:
		return "Sekolah swasta"
	case Negeri, "":
		return "Sekolah negeri"
	}
	return string(j)
}

// Valid reports whether j is a known school type ("" means negeri).
func (j JenisSatuan) Valid() bool { return j == "" || j == Negeri || j == Swasta }

// StatusASN is the employment status: PNS earn AK, PPPK get a predikat only
// (RULES.md §13.2) [K271-PGRI][SEED1].
type StatusASN string

// Employment statuses.
const (
	PNS  StatusASN = "pns"
	PPPK StatusASN = "pppk"
)

// Valid reports whether s is a known status ("" means PNS).
func (s StatusASN) Valid() bool { return s == "" || s == PNS || s == PPPK }

// Label is the Indonesian name.
func (s StatusASN) Label() string {
	if s == PPPK {
		return "PPPK"
	}
	return "PNS"
}

// Penugasan is an assignment of a guru under PermenPANRB 21/2024 Pasal 8
// (RULES.md §13.10) [P21-WAAHYU].
type Penugasan string

// Assignments.
const (
	// PendampingSatuanPendidikan is the assignment of a former pengawas sekolah.
	PendampingSatuanPendidikan Penugasan = "pendamping_satuan_pendidikan"
)

// Valid reports whether p is a known assignment ("" is none).
func (p Penugasan) Valid() bool { return p == "" || p == PendampingSatuanPendidikan }

// Label is the Indonesian name.
func (p Penugasan) Label() string {
	if p == PendampingSatuanPendidikan {
		return "Pendamping Satuan Pendidikan"
	}
	return string(p)
}

// Valid reports whether r is a known role (whether a rule year admits it is
// a question for the RuleSet).
func (r Role) Valid() bool {
	for _, x := range roleInfo {
		if x.Code == r {
			return true
		}
	}
	return false
}

// Label is the Indonesian name.
func (r Role) Label() string {
	for i := range roleInfo {
		if roleInfo[i].Code == r {
			return roleInfo[i].Label
		}
	}
	return string(r)
}

// Penilai names the role's assessor.
func (r Role) Penilai() string {
	for _, x := range roleInfo {
		if x.Code == r {
			return x.Penilai
		}
	}
	return ""
}

// Item is a coded entry of a reference list with its Indonesian label.
type Item struct {
	Code  string `json:"code"`
	Label string `json:"label"`
	// Keterangan is a longer explanation, when the sources give one.
	Keterangan string `json:"keterangan,omitempty"`
}

func findItem(items []Item, code string) (Item, bool) {
	for _, it := range items {
		if it.Code == code {
			return it, true
		}
	}
	return Item{}, false
}

// IndikatorGuru: the 8 sub-indicators of Rapor Pendidikan D1 Kualitas Pembelajaran;
// the guru chooses one (RULES.md §3.6) [SEED1]; kept in 2025 [2025-KABA].
var IndikatorGuru = []Item{
	{"G1", "Keteraturan Suasana Kelas", ""},
	{"G2", "Ekspektasi pada Peserta Didik", ""},
	{"G3", "Penerapan Disiplin Positif", ""},
	{"G4", "Aktivitas Interaktif", ""},
	{"G5", "Umpan Balik Konstruktif", ""},
	{"G6", "Instruksi yang Adaptif", ""},
	{"G7", "Perhatian dan Kepedulian", ""},
	{"G8", "Instruksi Pembelajaran", ""},
}

// IndikatorKepalaSekolah: the 8 sub-indicators of D3 Kepemimpinan Pembelajaran (RULES.md §3.6) [SEED1].
var IndikatorKepalaSekolah = []Item{
	{"K1", "Memandu perencanaan pembelajaran", ""},
	{"K2", "Aktivasi kegiatan komunitas belajar", ""},
	{"K3", "Komunikasi visi-misi satuan pendidikan", ""},
	{"K4", "Siklus peningkatan kualitas praktik pembelajaran", ""},
	{"K5", "Presentasi program sekolah", ""},
	{"K6", "Menceritakan praktik baik kepemimpinan", ""},
	{"K7", "Refleksi pengelolaan kurikulum satuan pendidikan", ""},
	{"K8", "Refleksi program pengembangan kompetensi guru", ""},
}

// Indikator returns the practice indicators a role chooses from; nil for
// pengawas, whose list is not in the sources (free text, RULES.md §11 Q16).
func Indikator(r Role) []Item {
	switch r {
	case Guru, GuruPendidikanKhusus: // GPK: the guru list (D, RULES.md §13.5)
		return IndikatorGuru
	case KepalaSekolah:
		return IndikatorKepalaSekolah
	}
	return nil
}

// AspekPraktik: the three assessment aspects of Praktik Kinerja, from Rapor
// Pendidikan D2 (RULES.md §3.7) [SEED1]; same in 2025 [2025-TIMUR].
var AspekPraktik = []Item{
	{"upaya_refleksi", "Upaya Refleksi", "mengenali kesulitan, menjelaskan tantangan, mengakui kelemahan diri; tahap C dan E"},
	{"upaya_mempelajari", "Upaya Mempelajari", "upaya mempelajari kompetensi yang dibutuhkan dan menerapkan tindak lanjut; tahap D, dibahas di E"},
	{"perubahan_praktik", "Perubahan Praktik", "perubahan dibanding baseline observasi B dan dampaknya pada pembelajaran; tahap E"},
}

// AspekPerilaku: the seven BerAKHLAK core values (RULES.md §3.8) [P6][SEED1][CODE-BERAKHLAK].
var AspekPerilaku = []Item{
	{"berorientasi_pelayanan", "Berorientasi Pelayanan", "memahami dan memenuhi kebutuhan peserta didik, rekan sejawat, dan masyarakat"},
	{"akuntabel", "Akuntabel", "jujur, bertanggung jawab, cermat, disiplin, berintegritas; bertindak sesuai kewenangan"},
	{"kompeten", "Kompeten", "meningkatkan kompetensi diri; membantu peserta didik dan rekan belajar"},
	{"harmonis", "Harmonis", "menghargai setiap orang; suka menolong; membangun lingkungan kerja yang kondusif"},
	{"loyal", "Loyal", "menaati aturan; menjaga nama baik sekolah dan instansi"},
	{"adaptif", "Adaptif", "cepat menyesuaikan diri; inovatif dan kreatif; proaktif"},
	{"kolaboratif", "Kolaboratif", "memberi kesempatan berkontribusi; terbuka bekerja sama; menggerakkan sumber daya untuk tujuan sekolah"},
}

// TugasPokok5M: the 2025 core duties of a guru (RULES.md §3.12) [2025-5M][PP74].
// "tugas_tambahan" applies only when assigned.
var TugasPokok5M = []Item{
	{"merencanakan", "Merencanakan pembelajaran/pembimbingan", ""},
	{"melaksanakan", "Melaksanakan pembelajaran/pembimbingan", ""},
	{"menilai", "Menilai hasil pembelajaran/pembimbingan", ""},
	{"membimbing", "Membimbing dan melatih peserta didik", ""},
	{"tugas_tambahan", "Melaksanakan tugas tambahan", "hanya jika mendapat tugas tambahan"},
}

// PredikatOrganisasi is a school's organisation predikat (RULES.md §3.3) [SE3-NEWS].
type PredikatOrganisasi string

// Organisation predikat.
const (
	OrgIstimewa       PredikatOrganisasi = "istimewa"
	OrgBaik           PredikatOrganisasi = "baik"
	OrgButuhPerbaikan PredikatOrganisasi = "butuh_perbaikan"
	OrgKurang         PredikatOrganisasi = "kurang"
	OrgSangatKurang   PredikatOrganisasi = "sangat_kurang"
)

// PredikatOrganisasiItems lists the organisation predikat with labels.
var PredikatOrganisasiItems = []Item{
	{string(OrgIstimewa), "Istimewa", "rencana aksi melampaui target yang disepakati"},
	{string(OrgBaik), "Baik", ""},
	{string(OrgButuhPerbaikan), "Butuh Perbaikan (Cukup)", ""},
	{string(OrgKurang), "Kurang", ""},
	{string(OrgSangatKurang), "Sangat Kurang", "sebagian besar rencana aksi tidak menunjukkan kemajuan"},
}

// UnmarshalText accepts "cukup" as an alias of butuh_perbaikan.
func (p *PredikatOrganisasi) UnmarshalText(b []byte) error {
	if string(b) == "cukup" {
		*p = OrgButuhPerbaikan
		return nil
	}
	*p = PredikatOrganisasi(b)
	return nil
}

// Valid reports whether p is a known organisation predikat.
func (p PredikatOrganisasi) Valid() bool {
	_, ok := findItem(PredikatOrganisasiItems, string(p))
	return ok
}
