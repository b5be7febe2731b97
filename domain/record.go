package domain

// SchemaRecord is the schema of a record across years; schema 1 (Scenario)
// is one rule year and still decodes, as a record with one year.
const SchemaRecord = 2

// Record is the schema-2 document: one person across calendar years. Drafts,
// share links and class submissions store a Record (or, from older releases,
// a schema-1 Scenario) and never a Result.
type Record struct {
	Schema int    `json:"schema"`
	Profil Profil `json:"profil"`
	// Tahun lists the recorded calendar years in ascending order.
	Tahun []TahunData `json:"tahun"`
	// Rencana is the plan for the years after the last recorded one.
	Rencana   *Rencana     `json:"rencana,omitempty"`
	Dupak     []ButirDupak `json:"dupak,omitempty"`
	Sekolah   *Sekolah     `json:"sekolah,omitempty"`
	Identitas *Identitas   `json:"identitas,omitempty"`
}

// Profil is the person at the start of the first recorded year.
type Profil struct {
	Role     Role     `json:"role"`
	Jenjang  Jenjang  `json:"jenjang"`
	Golongan Golongan `json:"golongan,omitempty"`
	// Status is pns (default) or pppk: a PPPK gets a predikat and no AK.
	Status StatusASN `json:"status,omitempty"`
	// JenisSatuan is negeri (default) or swasta (admitted from 2026).
	JenisSatuan JenisSatuan `json:"jenis_satuan,omitempty"`
	// Penugasan is a guru's assignment (pendamping satuan pendidikan, §13.10).
	Penugasan Penugasan `json:"penugasan,omitempty"`
	// TMT is the appointment month "YYYY-MM"; in a recorded year the
	// new-appointee table of that year applies (RULES.md §6.3, §13.9).
	TMT           string `json:"tmt,omitempty"`
	TugasTambahan bool   `json:"tugas_tambahan,omitempty"`
	// AKAwal is the AK already accumulated within the jenjang before the first
	// recorded year; AKKonvensional the cumulative AK of the last conventional
	// PAK, converted by integrasi (RULES.md §7.4). At most one is set.
	AKAwal         string `json:"ak_awal,omitempty"`
	AKKonvensional string `json:"ak_konvensional,omitempty"`
	// TahunDalamPangkat is the whole years already served in the golongan at
	// the start of the first recorded year.
	TahunDalamPangkat int `json:"tahun_dalam_pangkat,omitempty"`
	// MKG is the masa kerja golongan on 1 January of the first recorded year;
	// when given, the result estimates gaji pokok, TPG and KS candidacy
	// along the projection (RULES.md §14).
	MKG *MasaKerja `json:"mkg,omitempty"`
}

// MasaKerja is a length of service in whole years and months.
type MasaKerja struct {
	Tahun int `json:"tahun"`
	Bulan int `json:"bulan"`
}

// TugasKode lists the to-do codes a record may tick: the jenjang step's, the
// TPG's and the kepala sekolah candidacy's.
func TugasKode() []string {
	out := TugasLangkah()
	seen := map[string]bool{}
	for _, k := range out {
		seen[k] = true
	}
	for _, d := range syaratKSTable {
		if d.Jenis == JenisTugas && !seen[d.Kode] {
			out, seen[d.Kode] = append(out, d.Kode), true
		}
	}
	if !seen[SyaratSertifikat] {
		out = append(out, SyaratSertifikat)
	}
	return out
}

// TahunData is one recorded calendar year: the rule year it follows and its periods.
type TahunData struct {
	Tahun int `json:"tahun"`
	// Rules is the rule year the calendar year follows; empty means the one
	// RuleYearFor gives. A year keeps the rule set it was entered under.
	Rules RuleYear `json:"rules,omitempty"`
	// Jenjang and Golongan, when set, replace the profile's from this year on
	// (after a promotion).
	Jenjang  Jenjang  `json:"jenjang,omitempty"`
	Golongan Golongan `json:"golongan,omitempty"`
	// PredikatTahunan, when given, is the annual predikat (RULES.md §11 Q14).
	PredikatTahunan Predikat `json:"predikat_tahunan,omitempty"`
	// SKP records whether the year's SKP was approved (2026: lockout, §11 Q25).
	SKP     *SKP     `json:"skp,omitempty"`
	Periods []Period `json:"periods"`
}

// SKP is the state of a year's plan (Sasaran Kinerja Pegawai).
type SKP struct {
	Disetujui bool `json:"disetujui"`
	// Tanggal is the approval date "YYYY-MM-DD", when known.
	Tanggal string `json:"tanggal,omitempty"`
}

// Rencana is the plan for the years after the last recorded one.
type Rencana struct {
	// Proyeksi is the predikat of each planned year, in order.
	Proyeksi []Predikat `json:"proyeksi"`
	// Ulangi repeats the last predikat until TahunProyeksi years.
	Ulangi        bool `json:"ulangi,omitempty"`
	TahunProyeksi int  `json:"tahun_proyeksi,omitempty"`
	// Tugas are the to-dos the user ticked as done (a passed UKKJ, a vacancy,
	// the integrity pact, the educator certificate, the KS conditions): they
	// are never assumed (RULES.md §13.11, §14; TugasKode lists the codes).
	Tugas map[string]bool `json:"tugas,omitempty"`
	// Tujuan, when set, asks the planner which predikat reach a golongan or a
	// jenjang by a year ("kapan saya naik?", backwards).
	Tujuan *TujuanKarier `json:"tujuan,omitempty"`
	// TahunMulai is set only by the schema-1 migration: a schema-1 projection
	// started in its rule year with the planned predikat, and keeps doing so
	// so that old documents give the same numbers. Empty: the year after the
	// last recorded one.
	TahunMulai int `json:"tahun_mulai,omitempty"`
}

// RecordDari migrates a schema-1 scenario to a record with one year. Nothing
// is lost: the scenario's career inputs move to the profile and the plan.
func RecordDari(s Scenario) Record {
	r := Record{
		Schema: SchemaRecord,
		Profil: Profil{Role: s.Role, Jenjang: s.Jenjang, Golongan: s.Golongan, TMT: s.TMT, TugasTambahan: s.TugasTambahan},
		Tahun: []TahunData{{
			Tahun: tahunAturan(s.Rules), Rules: s.Rules, PredikatTahunan: s.PredikatTahunan, Periods: s.Periods,
		}},
		Dupak: s.Dupak, Sekolah: s.Sekolah, Identitas: s.Identitas,
	}
	if k := s.Karier; k != nil {
		r.Profil.AKAwal, r.Profil.AKKonvensional, r.Profil.TahunDalamPangkat = k.AKAwal, k.AKKonvensional, k.TahunDalamPangkat
		mulai := k.TahunMulai
		if mulai == 0 {
			mulai = tahunAturan(s.Rules)
		}
		r.Rencana = &Rencana{Proyeksi: k.Proyeksi, Ulangi: k.Ulangi, TahunProyeksi: k.TahunProyeksi, TahunMulai: mulai}
	}
	return r
}

// NewRecord returns an empty record with one year under its own rules: the
// periods with full months, required documents ticked, no ratings.
func NewRecord(role Role, j Jenjang, tahun int) Record {
	r := Record{Schema: SchemaRecord, Profil: Profil{Role: role, Jenjang: j}}
	return r.AddTahun(tahun)
}

// AddTahun returns the record with calendar year tahun added in order, under
// its own rule year, with empty periods: the profile carries over, ratings
// never do. A year already present is left as it is.
func (r Record) AddTahun(tahun int) Record {
	for _, t := range r.Tahun {
		if t.Tahun == tahun {
			return r
		}
	}
	y, _, ok := RuleYearFor(tahun)
	if !ok {
		return r
	}
	td := TahunData{Tahun: tahun, Rules: y, Periods: NewScenario(y, r.Profil.Role, r.Profil.Jenjang).Periods}
	out := r
	out.Tahun = make([]TahunData, 0, len(r.Tahun)+1)
	added := false
	for _, t := range r.Tahun {
		if !added && t.Tahun > tahun {
			out.Tahun, added = append(out.Tahun, td), true
		}
		out.Tahun = append(out.Tahun, t)
	}
	if !added {
		out.Tahun = append(out.Tahun, td)
	}
	return out
}

// TahunIndex returns the index of calendar year tahun in the record, or -1.
func (r Record) TahunIndex(tahun int) int {
	for i, t := range r.Tahun {
		if t.Tahun == tahun {
			return i
		}
	}
	return -1
}
