package domain

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestRuleSetsConsistent checks every rule year's tables against each other
// and against the source list: a new rule year that breaks one of these is
// caught before it reaches a teacher.
func TestRuleSetsConsistent(t *testing.T) {
	for _, y := range RuleYears() {
		rs, _ := Rules(y)
		t.Run(string(y), func(t *testing.T) { cekRuleSet(t, rs) })
	}
}

func cekRuleSet(t *testing.T, rs RuleSet) {
	t.Helper()
	var sumber []Sumber
	sumber = append(sumber, rs.Sumber, rs.Matriks.Sumber, rs.Kompetensi.Sumber, rs.Dokumen.Sumber, rs.Dokumen.GateFrom, rs.SKP.Sumber, rs.AKHanyaPNS)
	if tahunAturan(rs.Year) == 0 {
		t.Errorf("rule year %q is not a year", rs.Year)
	}
	// Matrix: every cell a known predikat with a label; the national reading rules hold.
	for h, row := range rs.Matriks.Sel {
		for p, c := range row {
			if !c.Predikat.Valid() || c.Label == "" {
				t.Errorf("matriks[%d][%d] = %+v", h, p, c)
			}
		}
	}
	// AK tables: a coefficient for every jenjang, a multiplier for every predikat.
	for _, j := range Jenjangs() {
		if _, ok := rs.KoefisienOf(j.Code); !ok {
			t.Errorf("no koefisien for %s", j.Code)
		}
	}
	for _, k := range rs.Koefisien {
		sumber = append(sumber, k.Sumber)
	}
	for _, p := range Predikats {
		if _, ok := rs.PengaliOf(p); !ok {
			t.Errorf("no pengali for %s", p)
		}
	}
	for _, k := range rs.Pengali {
		sumber = append(sumber, k.Sumber)
	}
	// Periods: in order, covering January–December without overlap; the SKP
	// month and every stage month inside their period.
	next := 1
	for _, p := range rs.Periods {
		sumber = append(sumber, p.Sumber)
		if p.Start != next || p.End < p.Start || p.End > 12 {
			t.Errorf("period %s covers %d–%d, want to start at %d", p.Name, p.Start, p.End, next)
		}
		next = p.End + 1
		if p.SKP < p.Start || p.SKP > p.End {
			t.Errorf("period %s: SKP month %d outside the period", p.Name, p.SKP)
		}
		for st, months := range p.Stages {
			if _, ok := rs.Tahap(st); !ok {
				t.Errorf("period %s: stage %s has months but no definition", p.Name, st)
			}
			for _, m := range months {
				if m < p.Start || m > p.End {
					t.Errorf("period %s: stage %s month %d outside the period", p.Name, st, m)
				}
			}
		}
		for _, st := range p.Asumsi {
			if _, ok := p.Stages[st]; !ok {
				t.Errorf("period %s: assumed stage %s has no months", p.Name, st)
			}
		}
	}
	if next != 13 {
		t.Errorf("periods end in month %d, want December", next-1)
	}
	// Stages: A–G once each, unique field codes, assessment stages last.
	seen := map[Stage]bool{}
	for _, td := range rs.Tahapan {
		sumber = append(sumber, td.Sumber)
		if seen[td.Code] || td.Label == "" || td.Kode == "" {
			t.Errorf("stage %s duplicated or unnamed", td.Code)
		}
		seen[td.Code] = true
		fields := map[string]bool{}
		for _, f := range td.Isian {
			if fields[f.Code] || f.Label == "" {
				t.Errorf("stage %s: field %q duplicated or unlabelled", td.Code, f.Code)
			}
			fields[f.Code] = true
		}
		for _, p := range rs.Periods {
			if len(p.Stages[td.Code]) == 0 {
				t.Errorf("stage %s has no month in period %s", td.Code, p.Name)
			}
		}
	}
	for _, st := range []Stage{StageA, StageB, StageC, StageD, StageE, StageF, StageG} {
		if !seen[st] {
			t.Errorf("stage %s missing", st)
		}
	}
	// New appointees: one row per month, one status per period.
	for i, row := range rs.Penempatan {
		if row.Bulan != i+1 {
			t.Errorf("penempatan[%d] is month %d", i, row.Bulan)
		}
		if len(row.Status) != len(rs.Periods) {
			t.Errorf("penempatan month %d: %d statuses for %d periods", row.Bulan, len(row.Status), len(rs.Periods))
		}
		for _, st := range row.Status {
			if st != TLPenuh && st != TLOtomatis && st != TLTidakBerlaku {
				t.Errorf("penempatan month %d: status %q", row.Bulan, st)
			}
		}
		if row.Asumsi != strings.Contains(strings.Join(row.Sources, " "), "ASUMSI") {
			t.Errorf("penempatan month %d: asumsi flag and ASUMSI source disagree", row.Bulan)
		}
		sumber = append(sumber, Sumber{Sources: row.Sources})
	}
	// Roles: known, each with an assessor at every school type admitted; its
	// documents belong to admitted roles; mappings lead to admitted roles.
	for _, p := range rs.Peran {
		sumber = append(sumber, p.Sumber)
		if !p.Role.Valid() {
			t.Errorf("unknown role %q", p.Role)
		}
		for _, js := range rs.JenisSatuan {
			if _, ok := rs.PenilaiFor(p.Role, js.Jenis); !ok {
				t.Errorf("role %s at %s has no assessor", p.Role, js.Jenis)
			}
		}
		if len(p.JenjangDitolak) > 0 && p.Pesan == "" {
			t.Errorf("role %s refuses a jenjang without saying why", p.Role)
		}
	}
	for _, js := range rs.JenisSatuan {
		sumber = append(sumber, js.Sumber)
	}
	for _, pn := range rs.Penilai {
		sumber = append(sumber, pn.Sumber)
		if !rs.HasRole(pn.Role) || pn.Penilai == "" {
			t.Errorf("assessor row for %s (%s) names no admitted role or no assessor", pn.Role, pn.JenisSatuan)
		}
	}
	for _, d := range rs.Dokumen.Wajib {
		sumber = append(sumber, d.Sumber)
		if !rs.HasRole(d.Role) || d.Item.Code == "" || d.Item.Label == "" {
			t.Errorf("document %+v for a role the year does not admit, or unnamed", d)
		}
	}
	for _, r := range rs.Roles() {
		if rs.Dokumen.Gate && len(rs.RequiredDokumen(r, true)) == 0 {
			t.Errorf("role %s has no document although the gate applies", r)
		}
	}
	for _, m := range rs.PemetaanPeran {
		sumber = append(sumber, m.Sumber)
		if !rs.HasRole(m.Ke) || !m.Penugasan.Valid() || m.MulaiTahun < tahunAturan(rs.Year) {
			t.Errorf("mapping %+v leads to a role the year does not admit or starts too early", m)
		}
	}
	// Competency model and SKP deadline are coherent.
	if k := rs.Kompetensi; k.Poin == k.Refleksi || (k.Poin && (k.MinPoin <= 0 || k.MaxPoin < k.MinPoin)) {
		t.Errorf("competency model %+v", k)
	}
	if rs.SKP.Bulan != 0 && (rs.SKP.Hari < 1 || rs.SKP.Hari > 31) || rs.SKP.Lockout && rs.SKP.Bulan == 0 {
		t.Errorf("SKP rule %+v", rs.SKP)
	}
	if rs.Dokumen.Model != DokumenUnggah && rs.Dokumen.Model != DokumenKonfirmasiAtasan {
		t.Errorf("document model %q", rs.Dokumen.Model)
	}
	// Every source key resolves; a default names its question and says ASUMSI.
	for _, s := range sumber {
		if len(s.Sources) == 0 {
			t.Errorf("a row of %s has no source", rs.Year)
		}
		for _, k := range s.Sources {
			if _, ok := SourceByKey(k); !ok {
				t.Errorf("source key %q does not resolve", k)
			}
		}
		switch s.Basis {
		case "", BasisP, BasisSB, BasisSC:
		case BasisD:
			if s.Q == "" && !strings.Contains(strings.Join(s.Sources, " "), "ASUMSI") {
				t.Errorf("default row %v names neither its §11 question nor ASUMSI", s.Sources)
			}
		default:
			t.Errorf("unknown basis %q", s.Basis)
		}
	}
}

// TestRuleSetCheckCanFail: the consistency check catches a broken table.
func TestRuleSetCheckCanFail(t *testing.T) {
	broken := aturan2026
	broken.Periods = []PeriodDef{aturan2026.Periods[0]}
	broken.Periods[0].Stages = map[Stage][]int{StageA: {13}}
	broken.Penilai = nil
	ft := &testing.T{}
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		cekRuleSet(ft, broken)
	}()
	<-done
	if !ft.Failed() {
		t.Error("a stage month outside its period and roles without assessors must fail the check")
	}
}

// TestAturanTahunBaru adds a throw-away rule year 2027 that changes only
// numbers and a label — the whole change a new year needs (see README
// "Aturan tahun baru") — and checks that a 2027 year follows it.
func TestAturanTahunBaru(t *testing.T) {
	rs := aturan2026
	rs.Year, rs.Judul, rs.Catatan = "2027", "Uji: aturan 2027", ""
	rs.Koefisien = append([]KoefisienRow(nil), aturan2026.Koefisien...)
	for i := range rs.Koefisien {
		if rs.Koefisien[i].Jenjang == AhliMuda {
			rs.Koefisien[i].AK = AKInt(30) // a changed number
		}
	}
	rs.Tahapan = append([]TahapDef(nil), aturan2026.Tahapan...)
	rs.Tahapan[0].Label = "Persiapan Observasi Kelas" // a changed label
	cekRuleSet(t, rs)
	a := resmi.with(rs)

	r := NewRecord(Guru, AhliMuda, 2026)
	r.Tahun = append(r.Tahun, TahunData{Tahun: 2027, Periods: []Period{{Name: "tahunan", Months: 12, Predikat: Baik, Dokumen: map[string]bool{"dokumen_tersedia": true}}}})
	r.Tahun[0].Periods[0].Predikat = Baik
	got := simulateRecord(a, r, time.Time{})
	if y := got.Tahun[1]; y.Rules != "2027" || y.RulesCatatan != "" || y.AngkaKreditTotal != "30" || y.Periods[0].Siklus[0].Label != "Persiapan Observasi Kelas" {
		t.Errorf("2027 under its own set: rules %s (%q), AK %s, stage %q", y.Rules, y.RulesCatatan, y.AngkaKreditTotal, y.Periods[0].Siklus[0].Label)
	}
	if y := got.Tahun[0]; y.AngkaKreditTotal != "25" {
		t.Errorf("2026 must keep its own set: AK %s", y.AngkaKreditTotal)
	}
	// Without the new set, 2027 uses 2026's and says so.
	got = simulateRecord(resmi, r, time.Time{})
	if y := got.Tahun[1]; y.Rules != "2026" || y.RulesCatatan != "aturan 2027 belum terbit: memakai aturan 2026" || y.AngkaKreditTotal != "25" {
		t.Errorf("2027 before its set exists: rules %s (%q), AK %s", y.Rules, y.RulesCatatan, y.AngkaKreditTotal)
	}
}

// TestSekarang: today's date decides the calendar year, the rule year and
// whether the SKP deadline passed; the domain has no clock of its own.
func TestSekarang(t *testing.T) {
	for _, tc := range []struct {
		today        string
		tahun        int
		rules        RuleYear
		catatan      string
		batas        string
		lewat, kunci bool
	}{
		{"2024-03-01", 2024, "2024", "", "", false, false},
		{"2025-01-31", 2025, "2025", "", "2025-01-31", false, false},
		{"2025-02-01", 2025, "2025", "", "2025-01-31", true, false},
		{"2026-01-31", 2026, "2026", "", "2026-01-31", false, true},
		{"2026-11-30", 2026, "2026", "", "2026-01-31", true, true},
		{"2027-01-15", 2027, "2026", "aturan 2027 belum terbit: memakai aturan 2026", "2027-01-31", false, true},
		{"2023-12-31", 2023, "2024", "tahun 2023 sebelum aturan pertama yang dimodelkan; memakai aturan 2024", "", false, false},
	} {
		k := Sekarang(mustDate(t, tc.today))
		if k.Tahun != tc.tahun || k.Rules != tc.rules || k.Catatan != tc.catatan || k.SKPBatas != tc.batas || k.SKPLewat != tc.lewat || k.Lockout != tc.kunci {
			t.Errorf("%s: got %+v", tc.today, k)
		}
	}
}

// TestRuleYearFor: a calendar year maps to its own set or the newest earlier one.
func TestRuleYearFor(t *testing.T) {
	for tahun, want := range map[int]string{2023: "", 2024: "2024", 2025: "2025", 2026: "2026", 2027: "2026", 2040: "2026"} {
		y, note, ok := RuleYearFor(tahun)
		if string(y) != want || ok != (want != "") || (tahun > 2026) != (note != "") {
			t.Errorf("RuleYearFor(%d) = %q, %q, %v", tahun, y, note, ok)
		}
		if tahun > 2026 && note != fmt.Sprintf("aturan %d belum terbit: memakai aturan 2026", tahun) {
			t.Errorf("note %q", note)
		}
	}
}
