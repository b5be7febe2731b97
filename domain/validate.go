package domain

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Text limits keep documents small (drafts, shares ≤ 64 KiB).
const (
	maxTeks      = 2000 // characters of one free-text field
	maxKegiatan  = 50   // plan lines per period
	maxJumlah    = 100  // planned/done count of one line
	maxIndikator = 200  // characters of a free-text indicator (pengawas)
)

// Validate checks a scenario against its rule year and returns every problem at
// once as a *ValidationError, or nil. An incomplete scenario (ratings not yet
// chosen) is valid: a draft is saved while it is being filled in.
func Validate(s Scenario) error {
	var ps problems
	if s.Schema < 1 {
		ps.add("schema", "versi skema wajib diisi (%d)", SchemaVersion)
	} else if s.Schema > SchemaVersion {
		ps.add("schema", "versi skema %d lebih baru daripada yang dikenal aplikasi ini (%d); perbarui aplikasi", s.Schema, SchemaVersion)
	}
	rs, ok := Rules(s.Rules)
	if !ok {
		ps.add("rules", "tahun aturan %q tidak dikenal; pilih salah satu dari %s", s.Rules, daftarTahunAturan())
		return ps.err()
	}
	p := Profil{Role: s.Role, Jenjang: s.Jenjang, Golongan: s.Golongan, TMT: s.TMT, TugasTambahan: s.TugasTambahan}
	validateProfil(&ps, "", p)
	validatePeranTahun(&ps, "role", p, rs, 0)
	tmtYear, _, tmtOK := parseTMT(s.TMT)
	if s.TMT != "" {
		ruleYear := tahunAturan(rs.Year)
		switch {
		case !tmtOK:
			ps.add("tmt", "TMT harus berbentuk TTTT-BB, misalnya 2024-05")
		case tmtYear > ruleYear:
			ps.add("tmt", "TMT %s sesudah tahun aturan %s", s.TMT, rs.Year)
		}
	}
	if s.PredikatTahunan != "" && !s.PredikatTahunan.Valid() {
		ps.add("predikat_tahunan", "predikat %q tidak dikenal", s.PredikatTahunan)
	}
	if len(s.Periods) == 0 {
		ps.add("periods", "isi minimal satu periode penilaian")
	}
	if len(s.Periods) > len(rs.Periods) {
		ps.add("periods", "aturan %s hanya memiliki %d periode", rs.Year, len(rs.Periods))
	}
	timeline := Timeline(rs, s.TMT)
	seen := map[string]bool{}
	for i, per := range s.Periods {
		validatePeriod(&ps, fmt.Sprintf("periods[%d]", i), per, p, rs, timeline, seen)
	}
	if s.Karier != nil {
		validateKarier(s.Karier, s, &ps)
	}
	if len(s.Dupak) > 0 {
		validateDupak(s.Dupak, &ps)
	}
	if s.Sekolah != nil {
		validateSekolah(s.Sekolah, &ps)
	}
	validateIdentitas(&ps, s.Identitas)
	return ps.err()
}

func validateIdentitas(ps *problems, id *Identitas) {
	if id == nil {
		return
	}
	checkTeks(ps, "identitas.nama", id.Nama, 200)
	if id.NIP != "" && (len(id.NIP) != 18 || !digitsOnly(id.NIP)) {
		ps.add("identitas.nip", "NIP terdiri atas 18 angka")
	}
}

// validateProfil checks the fields of a profile that do not depend on the
// rule year; at is the path prefix ("" for schema 1, "profil." for schema 2).
func validateProfil(ps *problems, at string, p Profil) {
	if !p.Role.Valid() {
		ps.add(at+"role", "peran %q tidak dikenal; pilih guru, guru_pendidikan_khusus, kepala_sekolah, atau pengawas_sekolah", p.Role)
	}
	switch {
	case !p.Jenjang.Valid():
		ps.add(at+"jenjang", "jenjang %q tidak dikenal", p.Jenjang)
	case !p.Jenjang.Keahlian():
		ps.add(at+"jenjang", "jenjang %s termasuk kategori keterampilan; guru, kepala sekolah, dan pengawas memakai jenjang keahlian", p.Jenjang.Label())
	}
	validateGolongan(ps, at+"golongan", p.Golongan, p.Jenjang)
	if !p.Status.Valid() {
		ps.add(at+"status", "status %q tidak dikenal; pilih pns atau pppk", p.Status)
	}
	if !p.JenisSatuan.Valid() {
		ps.add(at+"jenis_satuan", "jenis satuan pendidikan %q tidak dikenal; pilih negeri atau swasta", p.JenisSatuan)
	}
	if !p.Penugasan.Valid() {
		ps.add(at+"penugasan", "penugasan %q tidak dikenal; pilih pendamping_satuan_pendidikan atau kosongkan", p.Penugasan)
	} else if p.Penugasan != "" && p.Role != Guru {
		ps.add(at+"penugasan", "penugasan %s hanya untuk guru", p.Penugasan.Label())
	}
}

func validateGolongan(ps *problems, at string, g Golongan, j Jenjang) {
	if g == "" {
		return
	}
	switch {
	case !g.Valid():
		ps.add(at, "golongan %q tidak dikenal (contoh: III/c)", g)
	case j.Valid() && !j.HasGolongan(string(g)):
		ps.add(at, "golongan %s tidak sesuai dengan jenjang %s (%s)", g, j.Label(), strings.Join(mustInfo(j).Golongan, "–"))
	}
}

// validatePeranTahun checks that the rule set admits the role (after any
// mapping for calendar year tahun; 0 = the rule year itself), its jenjang and
// the school type.
func validatePeranTahun(ps *problems, at string, p Profil, rs RuleSet, tahun int) {
	if !p.Role.Valid() {
		return // reported by validateProfil
	}
	role := p.Role
	if row, ok := rs.peran(role); ok {
		// A role refused at a jenjang stays refused after it maps (§11 Q32).
		for _, j := range row.JenjangDitolak {
			if j == p.Jenjang && tahun > 0 && tahun >= mulaiPemetaan(rs, role) {
				ps.add(at, "%s", row.Pesan)
			}
		}
	}
	for _, m := range rs.PemetaanPeran {
		if role == m.Dari && tahun >= m.MulaiTahun {
			role = m.Ke
		}
	}
	if !rs.HasJenisSatuan(p.JenisSatuan) && p.JenisSatuan.Valid() {
		ps.add(strings.TrimSuffix(at, "role")+"jenis_satuan", "%s belum masuk pengelolaan kinerja pada aturan %s", p.JenisSatuan.Label(), rs.Year)
	}
	row, ok := rs.peran(role)
	if !ok {
		ps.add(at, "peran %s belum ada dalam aturan %s", role.Label(), rs.Year)
		return
	}
	for _, j := range row.JenjangDitolak {
		if j == p.Jenjang {
			ps.add(at, "%s", row.Pesan)
		}
	}
}

// mulaiPemetaan is the calendar year from which role r maps to another
// (a large year when it never does).
func mulaiPemetaan(rs RuleSet, r Role) int {
	for _, m := range rs.PemetaanPeran {
		if m.Dari == r {
			return m.MulaiTahun
		}
	}
	return 1 << 30
}

// daftarTahunAturan lists the known rule years for messages.
func daftarTahunAturan() string {
	ys := RuleYears()
	parts := make([]string, len(ys))
	for i, y := range ys {
		parts[i] = string(y)
	}
	return strings.Join(parts, ", ")
}

func validatePeriod(ps *problems, at string, p Period, s Profil, rs RuleSet, timeline []TimelinePeriod, seen map[string]bool) {
	def, ok := rs.Period(p.Name)
	if !ok {
		names := make([]string, len(rs.Periods))
		for i, d := range rs.Periods {
			names[i] = d.Name
		}
		ps.add(at+".name", "periode %q tidak ada dalam aturan %s; pilih %s", p.Name, rs.Year, strings.Join(names, " atau "))
	} else if seen[p.Name] {
		ps.add(at+".name", "periode %s sudah ada; setiap periode hanya sekali", p.Name)
	}
	seen[p.Name] = true
	if ok {
		maxBulan := def.Months()
		for _, t := range timeline {
			if t.Period == p.Name && s.TMT != "" {
				if t.Status == TLTidakBerlaku {
					ps.add(at+".name", "periode %s belum berlaku karena TMT %s", def.Label, s.TMT)
				} else {
					maxBulan = t.Bulan
				}
			}
		}
		if p.Months < 1 || p.Months > maxBulan {
			ps.add(at+".months", "jumlah bulan harus 1 sampai %d", maxBulan)
		}
	}
	if p.Indicator != "" {
		if list := Indikator(s.Role); list != nil {
			if _, ok := findItem(list, p.Indicator); !ok {
				ps.add(at+".indicator", "indikator %q tidak dikenal untuk %s", p.Indicator, s.Role.Label())
			}
		} else {
			checkTeks(ps, at+".indicator", p.Indicator, maxIndikator)
		}
	}
	validateNilai(ps, at+".praktik", p.Praktik, AspekPraktik)
	validateNilai(ps, at+".perilaku", p.Perilaku, AspekPerilaku)
	if p.Predikat != "" && !p.Predikat.Valid() {
		ps.add(at+".predikat", "predikat %q tidak dikenal; pilih sangat_baik, baik, butuh_perbaikan (cukup), kurang, atau sangat_kurang", p.Predikat)
	}
	if len(p.Kompetensi) > maxKegiatan {
		ps.add(at+".kompetensi", "paling banyak %d kegiatan", maxKegiatan)
	}
	for j, k := range p.Kompetensi {
		kat := fmt.Sprintf("%s.kompetensi[%d]", at, j)
		if _, ok := KegiatanByCode(k.Activity); !ok {
			ps.add(kat+".activity", "kegiatan %q tidak ada dalam katalog", k.Activity)
		}
		if k.Planned < 0 || k.Planned > maxJumlah {
			ps.add(kat+".planned", "jumlah rencana harus 0 sampai %d", maxJumlah)
		}
		if k.Done < 0 || k.Done > maxJumlah {
			ps.add(kat+".done", "jumlah selesai harus 0 sampai %d", maxJumlah)
		}
		checkTeks(ps, kat+".refleksi", k.Refleksi, maxTeks)
	}
	for _, code := range sortedKeys(p.Dokumen) {
		if !rs.HasRole(s.Role) {
			break // the role problem is reported once, at "role"
		}
		if _, ok := findItem(rs.DokumenPeran(s.Role), code); !ok {
			ps.add(at+".dokumen."+code, "dokumen %q bukan dokumen akuntabilitas %s pada aturan %s", code, s.Role.Label(), rs.Year)
		}
	}
	for _, code := range sortedKeys(p.Fokus) {
		if _, ok := findItem(AspekPerilaku, code); !ok {
			ps.add(at+".fokus."+code, "aspek perilaku %q tidak dikenal", code)
		}
		checkTeks(ps, at+".fokus."+code, p.Fokus[code], maxTeks)
	}
	for _, code := range sortedKeys(p.Siklus) {
		info, ok := rs.Tahap(Stage(code))
		if !ok {
			ps.add(at+".siklus."+code, "tahap %q tidak dikenal; gunakan A sampai G", code)
			continue
		}
		t := p.Siklus[code]
		for _, f := range sortedKeys(t.Isian) {
			if _, ok := findItem(info.Isian, f); !ok {
				ps.add(at+".siklus."+code+".isian."+f, "isian %q tidak ada pada tahap %s", f, info.Label)
			}
			checkTeks(ps, at+".siklus."+code+".isian."+f, t.Isian[f], maxTeks)
		}
	}
	if len(p.TugasPokok) > 0 && !rs.TugasPokok {
		ps.add(at+".tugas_5m", "tugas pokok 5M tidak berlaku pada aturan %s", rs.Year)
	}
	for _, code := range sortedKeys(p.TugasPokok) {
		if _, ok := findItem(TugasPokok5M, code); !ok {
			ps.add(at+".tugas_5m."+code, "tugas pokok %q tidak dikenal", code)
		}
	}
}

func validateNilai(ps *problems, at string, n *Nilai, aspek []Item) {
	if n == nil {
		return
	}
	if n.Rating != "" && !n.Rating.Valid() {
		ps.add(at+".rating", "rating %q tidak dikenal; pilih di_atas, sesuai, atau di_bawah", n.Rating)
	}
	for _, code := range sortedKeys(n.Aspects) {
		if _, ok := findItem(aspek, code); !ok {
			ps.add(at+".aspects."+code, "aspek %q tidak dikenal", code)
		} else if r := n.Aspects[code]; r != "" && !r.Valid() {
			ps.add(at+".aspects."+code, "rating %q tidak dikenal; pilih di_atas, sesuai, atau di_bawah", r)
		}
	}
}

func checkTeks(ps *problems, at, s string, max int) {
	if !utf8.ValidString(s) {
		ps.add(at, "teks bukan UTF-8 yang sah")
	} else if n := utf8.RuneCountInString(s); n > max {
		ps.add(at, "teks terlalu panjang (%d karakter; paling banyak %d)", n, max)
	}
}

// parseTMT reads "YYYY-MM".
func parseTMT(s string) (year, month int, ok bool) {
	y, m, found := strings.Cut(s, "-")
	if !found || len(y) != 4 || len(m) != 2 || !digitsOnly(y) || !digitsOnly(m) {
		return 0, 0, false
	}
	year, _ = strconv.Atoi(y)
	month, _ = strconv.Atoi(m)
	return year, month, month >= 1 && month <= 12 && year >= 1950
}

func mustInfo(j Jenjang) JenjangInfo { r, _ := j.Info(); return r }
