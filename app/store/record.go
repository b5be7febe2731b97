package store

// A draft is a domain.Record: one person across calendar years. Most screens
// edit one year at a time, through that year seen as a one-year scenario
// (YearScenario) and written back with WithScenario. Both are the inverse of
// each other for everything a scenario holds.
//
// Note for domain/: YearScenario mirrors the domain's unexported
// scenarioTahun, and WithScenario is its inverse. They are small but not
// trivial (profile vs. per-year jenjang/golongan after a promotion), so they
// live here until the domain exports a pair (e.g. Record.Scenario(k) and
// Record.WithScenario(k, s)); then these two should go.

import (
	"simkinerja/domain"
)

// YearScenario is year k of r as a one-year scenario.
func YearScenario(r domain.Record, k int) domain.Scenario {
	d := r.Tahun[k]
	s := domain.Scenario{Schema: domain.SchemaVersion, Rules: d.Rules, Role: r.Profil.Role, Golongan: r.Profil.Golongan,
		TMT: r.Profil.TMT, TugasTambahan: r.Profil.TugasTambahan, PredikatTahunan: d.PredikatTahunan, Periods: d.Periods,
		Dupak: r.Dupak, Sekolah: r.Sekolah, Identitas: r.Identitas}
	s.Jenjang, s.Golongan = inEffect(r, k)
	if s.Rules == "" {
		s.Rules, _, _ = domain.RuleYearFor(d.Tahun)
	}
	if rc := r.Rencana; rc != nil {
		s.Karier = &domain.Karier{AKKonvensional: r.Profil.AKKonvensional, AKAwal: r.Profil.AKAwal, TahunDalamPangkat: r.Profil.TahunDalamPangkat,
			TahunMulai: rc.TahunMulai, Proyeksi: rc.Proyeksi, Ulangi: rc.Ulangi, TahunProyeksi: rc.TahunProyeksi}
	}
	if s.Periods == nil {
		s.Periods = []domain.Period{}
	}
	return s
}

// inEffect is the jenjang and golongan in year k: the profile's, replaced by
// every year up to k that records a promotion.
func inEffect(r domain.Record, k int) (domain.Jenjang, domain.Golongan) {
	j, g := r.Profil.Jenjang, r.Profil.Golongan
	for i := 0; i <= k && i < len(r.Tahun); i++ {
		if r.Tahun[i].Jenjang != "" {
			j = r.Tahun[i].Jenjang
		}
		if r.Tahun[i].Golongan != "" {
			g = r.Tahun[i].Golongan
		}
	}
	return j, g
}

// WithScenario returns r with year k replaced by what s holds: the year's
// rules, predikat and periods; the profile's role, TMT and tugas tambahan;
// a jenjang or golongan different from the year before as that year's
// promotion; the career inputs and the plan.
func WithScenario(r domain.Record, k int, s domain.Scenario) domain.Record {
	out := CloneRecord(r)
	d := &out.Tahun[k]
	d.Rules, d.PredikatTahunan, d.Periods = s.Rules, s.PredikatTahunan, s.Periods
	p := &out.Profil
	p.Role, p.TMT, p.TugasTambahan = s.Role, s.TMT, s.TugasTambahan
	if k == 0 {
		p.Jenjang, p.Golongan = s.Jenjang, s.Golongan
		d.Jenjang, d.Golongan = "", ""
	} else {
		d.Jenjang, d.Golongan = "", ""
		j, g := inEffect(out, k-1)
		if s.Jenjang != j {
			d.Jenjang = s.Jenjang
		}
		if s.Golongan != g {
			d.Golongan = s.Golongan
		}
	}
	out.Dupak, out.Sekolah, out.Identitas = s.Dupak, s.Sekolah, s.Identitas
	// A scenario has no place for the to-do ticks and the planner goal: they
	// stay as the record holds them while the projection exists.
	prev := out.Rencana
	out.Rencana = nil
	if kr := s.Karier; kr != nil {
		p.AKAwal, p.AKKonvensional, p.TahunDalamPangkat = kr.AKAwal, kr.AKKonvensional, kr.TahunDalamPangkat
		out.Rencana = &domain.Rencana{Proyeksi: kr.Proyeksi, Ulangi: kr.Ulangi, TahunProyeksi: kr.TahunProyeksi, TahunMulai: kr.TahunMulai}
		if prev != nil {
			out.Rencana.Tugas, out.Rencana.Tujuan = prev.Tugas, prev.Tujuan
		}
	}
	return out
}

// CloneRecord deep-copies a record through its JSON form.
func CloneRecord(r domain.Record) domain.Record {
	b, err := domain.Encode(r)
	if err != nil {
		return r
	}
	var out domain.Record
	if err := domain.DecodeStrict(b, &out); err != nil {
		return r
	}
	return out
}

// yearResult is the result of year k for the per-year screens: the year's
// own Result with the record-wide parts (projection, accumulation,
// comparison, school distribution) that screens read from it.
func yearResult(rr domain.RecordResult, tahun int) domain.Result {
	var res domain.Result
	for _, t := range rr.Tahun {
		if t.Tahun == tahun {
			res = t
		}
	}
	if len(res.Trace) == 0 {
		// The year's own steps, when the domain lists them only record-wide.
		for _, st := range rr.Trace {
			if st.Tahun == tahun {
				res.Trace = append(res.Trace, st)
				if st.Asumsi {
					res.Asumsi = append(res.Asumsi, st)
				}
			}
		}
	}
	if res.Karier == nil {
		res.Karier = rr.Karier
	}
	if res.Akumulasi == nil {
		res.Akumulasi = rr.Akumulasi
	}
	if res.Perbandingan == nil {
		res.Perbandingan = rr.Perbandingan
	}
	if res.Distribusi == nil {
		res.Distribusi = rr.Distribusi
	}
	return res
}
