package store

// The named edits of the Karier screen's plan (issue 11): the to-dos the user
// ticks, the planner's goal and the masa kerja golongan. They change the
// record (rencana.tugas, rencana.tujuan, profil.mkg), never a year.

import (
	"fmt"
	"slices"
	"strings"

	"simkinerja/domain"
)

// ensureRencana gives the record a plan to hold ticks and a goal: one year
// Baik, as the Karier screen starts one.
func ensureRencana(r *domain.Record) *domain.Rencana {
	if r.Rencana == nil {
		r.Rencana = &domain.Rencana{Proyeksi: []domain.Predikat{domain.Baik}}
	}
	return r.Rencana
}

// SetTugas ticks (done) or unticks the user's to-do kode (one of
// domain.TugasKode) in rencana.tugas. A to-do is never assumed: only this
// tick makes it met.
func (s *Store) SetTugas(kode string, done bool) error {
	if !slices.Contains(domain.TugasKode(), kode) {
		return &domain.ValidationError{Problems: []domain.Problem{{Path: "rencana.tugas." + kode,
			Message: fmt.Sprintf("tugas %q tidak dikenal; pilih %s", kode, strings.Join(domain.TugasKode(), ", "))}}}
	}
	return s.EditRecord("", func(r *domain.Record) {
		rc := ensureRencana(r)
		if done {
			if rc.Tugas == nil {
				rc.Tugas = map[string]bool{}
			}
			rc.Tugas[kode] = true
			return
		}
		delete(rc.Tugas, kode)
		if len(rc.Tugas) == 0 {
			rc.Tugas = nil
		}
	})
}

// TahunTujuanRange is the span of goal years the planner answers for the
// current draft: from the first projected year to TahunProyeksiMaks later.
func (s *Store) TahunTujuanRange() (lo, hi int) {
	r := s.Current().Record
	lo = r.Tahun[len(r.Tahun)-1].Tahun + 1
	if k := s.RecordResult().Karier; k != nil && k.TahunMulai > 0 {
		lo = k.TahunMulai
	} else if rc := r.Rencana; rc != nil && rc.TahunMulai > 0 {
		lo = rc.TahunMulai
	}
	return lo, lo + domain.TahunProyeksiMaks
}

// SetTujuan stores the planner's goal (nil removes it). A year the planner
// cannot answer for is refused under rencana.tujuan.tahun, so the draft
// never holds a goal that gives no answer.
func (s *Store) SetTujuan(t *domain.TujuanKarier) error {
	if t != nil {
		if lo, hi := s.TahunTujuanRange(); t.Tahun < lo || t.Tahun > hi {
			return &domain.ValidationError{Problems: []domain.Problem{{Path: "rencana.tujuan.tahun",
				Message: fmt.Sprintf("tahun tujuan harus %d sampai %d", lo, hi)}}}
		}
	}
	return s.EditRecord("", func(r *domain.Record) {
		if t == nil {
			if r.Rencana != nil {
				r.Rencana.Tujuan = nil
			}
			return
		}
		tj := *t
		ensureRencana(r).Tujuan = &tj
	})
}

// SetMKG stores the masa kerja golongan on 1 January of the first recorded
// year (nil removes it, and with it the gaji pokok estimates).
func (s *Store) SetMKG(m *domain.MasaKerja) error {
	return s.EditRecord("", func(r *domain.Record) {
		if m == nil {
			r.Profil.MKG = nil
			return
		}
		v := *m
		r.Profil.MKG = &v
	})
}
