package domain

import (
	"fmt"
	"slices"
	"strings"
)

// Limits of a record.
const (
	maxTahunRecord   = 60   // recorded years
	minTahunRecord   = 2024 // the first rule year modelled; earlier AK goes into AK awal
	maxTahunKalender = 2100
)

// ValidateRecord checks a schema-2 record and returns every problem at once
// as a *ValidationError, or nil. Each year is checked against its own rule
// set. An incomplete record (ratings not chosen) is valid.
func ValidateRecord(r Record) error {
	var ps problems
	if r.Schema != SchemaRecord {
		ps.add("schema", "versi skema harus %d untuk rekaman lintas tahun", SchemaRecord)
	}
	p := r.Profil
	validateProfil(&ps, "profil.", p)
	validateAKAwal(&ps, "profil.", p.AKAwal, p.AKKonvensional, p.Jenjang, p.Golongan)
	if p.TahunDalamPangkat < 0 || p.TahunDalamPangkat > maxTahunDalamPangkat {
		ps.add("profil.tahun_dalam_pangkat", "masa dalam pangkat harus 0 sampai %d tahun", maxTahunDalamPangkat)
	}
	if m := p.MKG; m != nil && (m.Tahun < 0 || m.Tahun > mkgInput) {
		ps.add("profil.mkg.tahun", "masa kerja golongan harus 0 sampai %d tahun", mkgInput)
	}
	if m := p.MKG; m != nil && (m.Bulan < 0 || m.Bulan > 11) {
		ps.add("profil.mkg.bulan", "bulan masa kerja golongan harus 0 sampai 11")
	}
	tmtYear, _, tmtOK := parseTMT(p.TMT)
	if p.TMT != "" && !tmtOK {
		ps.add("profil.tmt", "TMT harus berbentuk TTTT-BB, misalnya 2024-05")
	}
	switch {
	case len(r.Tahun) == 0:
		ps.add("tahun", "isi minimal satu tahun")
	case len(r.Tahun) > maxTahunRecord:
		ps.add("tahun", "paling banyak %d tahun", maxTahunRecord)
	}
	prof := p
	for k, d := range r.Tahun {
		at := fmt.Sprintf("tahun[%d]", k)
		if k > 0 && d.Tahun <= r.Tahun[k-1].Tahun {
			ps.add(at+".tahun", "tahun harus urut naik dan tidak berulang (%d sesudah %d)", d.Tahun, r.Tahun[k-1].Tahun)
		}
		if tmtOK && d.Tahun < tmtYear {
			ps.add(at+".tahun", "tahun %d sebelum TMT %s", d.Tahun, p.TMT)
		}
		validateTahun(&ps, at, d, &prof)
	}
	if rc := r.Rencana; rc != nil {
		validatePlan(&ps, "rencana.", rc.Proyeksi, rc.Ulangi, rc.TahunProyeksi)
		if rc.TahunMulai != 0 && (rc.TahunMulai < minTahunMulai || rc.TahunMulai > maxTahunMulai) {
			ps.add("rencana.tahun_mulai", "tahun mulai proyeksi harus antara %d dan %d, atau dikosongkan", minTahunMulai, maxTahunMulai)
		}
		kode := TugasKode()
		for _, k := range sortedKeys(rc.Tugas) {
			if !slices.Contains(kode, k) {
				ps.add("rencana.tugas."+k, "tugas %q tidak dikenal; pilih %s", k, strings.Join(kode, ", "))
			}
		}
		if tj := rc.Tujuan; tj != nil {
			validateTujuan(&ps, *tj)
		}
	}
	if len(r.Dupak) > 0 {
		validateDupak(r.Dupak, &ps)
	}
	if r.Sekolah != nil {
		validateSekolah(r.Sekolah, &ps)
	}
	validateIdentitas(&ps, r.Identitas)
	return ps.err()
}

// validateTahun checks one recorded year against its rule set; prof carries
// jenjang and golongan changes on to later years.
func validateTahun(ps *problems, at string, d TahunData, prof *Profil) {
	if d.Tahun < minTahunRecord || d.Tahun > maxTahunKalender {
		ps.add(at+".tahun", "tahun harus %d sampai %d; AK sebelum %d diisi sebagai AK awal atau AK konvensional pada profil", minTahunRecord, maxTahunKalender, minTahunRecord)
		return
	}
	y, _, _ := RuleYearFor(d.Tahun)
	if d.Rules != "" {
		_, known := Rules(d.Rules)
		switch {
		case !known:
			ps.add(at+".rules", "tahun aturan %q tidak dikenal; pilih salah satu dari %s", d.Rules, daftarTahunAturan())
			return
		case tahunAturan(d.Rules) > d.Tahun:
			ps.add(at+".rules", "tahun %d tidak dapat mengikuti aturan %s yang lebih baru", d.Tahun, d.Rules)
			return
		}
		y = d.Rules
	}
	rs, _ := Rules(y)
	if d.Jenjang != "" {
		if !d.Jenjang.Valid() || !d.Jenjang.Keahlian() {
			ps.add(at+".jenjang", "jenjang %q tidak dikenal untuk guru, kepala sekolah, atau pengawas", d.Jenjang)
		} else {
			prof.Jenjang = d.Jenjang
		}
	}
	if d.Golongan != "" {
		validateGolongan(ps, at+".golongan", d.Golongan, prof.Jenjang)
		prof.Golongan = d.Golongan
	}
	p := *prof
	n := len(*ps)
	validatePeranTahun(ps, "profil.role", p, rs, d.Tahun)
	for i := n; i < len(*ps); i++ {
		(*ps)[i].Message = fmt.Sprintf("tahun %d: %s", d.Tahun, (*ps)[i].Message)
	}
	if d.PredikatTahunan != "" && !d.PredikatTahunan.Valid() {
		ps.add(at+".predikat_tahunan", "predikat %q tidak dikenal", d.PredikatTahunan)
	}
	if d.SKP != nil && d.SKP.Tanggal != "" && !tanggalSah(d.SKP.Tanggal) {
		ps.add(at+".skp.tanggal", "tanggal harus berbentuk TTTT-BB-HH, misalnya %d-01-20", d.Tahun)
	}
	if len(d.Periods) == 0 {
		ps.add(at+".periods", "isi minimal satu periode penilaian")
	}
	if len(d.Periods) > len(rs.Periods) {
		ps.add(at+".periods", "aturan %s hanya memiliki %d periode", rs.Year, len(rs.Periods))
	}
	timeline := timelineTahun(&rs, tmtDalam(p.TMT, d.Tahun), d.Tahun)
	seen := map[string]bool{}
	for i, per := range d.Periods {
		validatePeriod(ps, fmt.Sprintf("%s.periods[%d]", at, i), per, p, rs, timeline, seen)
	}
}

// validateTujuan checks a planner goal: exactly one of golongan and jenjang,
// a keahlian jenjang or a known golongan, a year in range.
func validateTujuan(ps *problems, t TujuanKarier) {
	switch {
	case (t.Golongan == "") == (t.Jenjang == ""):
		ps.add("rencana.tujuan", "isi salah satu: golongan atau jenjang tujuan")
	case t.Golongan != "" && !t.Golongan.Valid():
		ps.add("rencana.tujuan.golongan", "golongan %q tidak dikenal (contoh: IV/a)", t.Golongan)
	case t.Jenjang != "" && (!t.Jenjang.Valid() || !t.Jenjang.Keahlian()):
		ps.add("rencana.tujuan.jenjang", "jenjang %q tidak dikenal untuk guru", t.Jenjang)
	}
	if t.Tahun < minTahunRecord || t.Tahun > maxTahunKalender {
		ps.add("rencana.tujuan.tahun", "tahun tujuan harus %d sampai %d", minTahunRecord, maxTahunKalender)
	}
}

// tanggalSah reports whether s is a calendar date "YYYY-MM-DD".
func tanggalSah(s string) bool {
	ym, dd, ok := strings.Cut(s, "-")
	if !ok {
		return false
	}
	mm, dd, ok := strings.Cut(dd, "-")
	if !ok || len(dd) != 2 || !digitsOnly(dd) {
		return false
	}
	if _, _, ok := parseTMT(ym + "-" + mm); !ok {
		return false
	}
	d := int(dd[0]-'0')*10 + int(dd[1]-'0')
	return d >= 1 && d <= 31
}
