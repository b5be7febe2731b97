package client

import (
	"testing"

	"simkinerja/domain"
)

// TestShareCarriesThePlan: a share link carries the user's to-do ticks, the
// planner goal and the MKG (issue 11) — the whole record, identity stripped —
// and the document decodes and validates as the worker reads it.
func TestShareCarriesThePlan(t *testing.T) {
	r := domain.NewRecord(domain.Guru, domain.AhliPertama, 2026)
	r.Profil.Golongan, r.Profil.MKG = "III/a", &domain.MasaKerja{Tahun: 6, Bulan: 3}
	r.Rencana = &domain.Rencana{Proyeksi: []domain.Predikat{domain.Baik},
		Tugas:  map[string]bool{domain.SyaratUjiKompetensi: true, domain.SyaratSertifikat: true},
		Tujuan: &domain.TujuanKarier{Golongan: "III/c", Tahun: 2031}}
	r.Identitas = &domain.Identitas{Nama: "Siti", NIP: "198703152010012003"}
	doc, err := domain.Encode(ShareableRecord(r, false))
	if err != nil {
		t.Fatal(err)
	}
	got, err := domain.DecodeRecord(doc)
	if err != nil {
		t.Fatalf("shared document does not decode: %v\n%s", err, doc)
	}
	rc := got.Rencana
	if rc == nil || !rc.Tugas[domain.SyaratUjiKompetensi] || !rc.Tugas[domain.SyaratSertifikat] || len(rc.Tugas) != 2 {
		t.Errorf("ticks not carried: %+v", rc)
	}
	if rc == nil || rc.Tujuan == nil || *rc.Tujuan != *r.Rencana.Tujuan {
		t.Errorf("goal not carried: %+v", rc)
	}
	if m := got.Profil.MKG; m == nil || *m != *r.Profil.MKG {
		t.Errorf("MKG not carried: %+v", m)
	}
	if got.Identitas != nil {
		t.Errorf("identity carried without consent: %+v", got.Identitas)
	}
}
