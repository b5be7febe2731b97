package view

import (
	"strings"
	"testing"

	"simkinerja/domain"
)

// TestRencanaAnswers: a goal that needs Sangat Baik years names them and the
// dates of its steps; an impossible one gives the best reachable and the
// earliest year; one already held says so.
func TestRencanaAnswers(t *testing.T) {
	cases := []struct {
		name   string
		tujuan domain.TujuanKarier
		status string
	}{
		{"dapat", domain.TujuanKarier{Golongan: "III/c", Tahun: 2030}, domain.RencanaDapat},
		{"tidak dapat", domain.TujuanKarier{Golongan: "III/d", Tahun: 2029}, domain.RencanaTidakDapat},
		{"sudah", domain.TujuanKarier{Golongan: "III/a", Tahun: 2027}, domain.RencanaSudah},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tj := c.tujuan
			rr := simulate(t, planRecord(nil, &tj))
			if rr.Rencana == nil {
				t.Fatal("no plan")
			}
			v := NewRencana(rr.Rencana)
			if v.Status != c.status || !strings.Contains(v.Judul, string(tj.Golongan)) || v.Pesan == "" {
				t.Fatalf("%+v", v)
			}
			switch c.status {
			case domain.RencanaDapat:
				if len(v.Jalur) == 0 || v.SangatBaik == "" || len(v.Langkah) == 0 || v.Langkah[0].TMT == "" || v.TMTTujuan == "" {
					t.Errorf("reachable: %+v", v)
				}
				n := 0
				for _, j := range v.Jalur {
					if j.SangatBaik {
						n++
						if !strings.Contains(v.SangatBaik, j.Predikat) && !strings.Contains(v.SangatBaik, "Sangat Baik") {
							t.Errorf("sangat baik %q", v.SangatBaik)
						}
					}
				}
				if n != rr.Rencana.JumlahSangatBaik {
					t.Errorf("path has %d Sangat Baik, plan says %d", n, rr.Rencana.JumlahSangatBaik)
				}
			case domain.RencanaTidakDapat:
				if v.Terbaik == "" || v.PalingCepat == "" || len(v.Jalur) != 0 {
					t.Errorf("unreachable: %+v", v)
				}
			}
		})
	}
}

// TestDampakInRupiah: every gaji pokok change is in rupiah with its source;
// each year says its TPG and KS state.
func TestDampakInRupiah(t *testing.T) {
	rr := simulate(t, planRecord(nil, nil))
	if rr.Dampak == nil {
		t.Fatal("no dampak with an MKG")
	}
	v := NewDampak(rr.Dampak)
	if len(v.Peristiwa) == 0 || len(v.Tahunan) == 0 || v.KS == "" || len(v.Sources) == 0 {
		t.Fatalf("%+v", v)
	}
	for _, p := range v.Peristiwa {
		if !strings.HasPrefix(p.Sebelum, "Rp") || !strings.HasPrefix(p.Sesudah, "Rp") || !strings.HasPrefix(p.Selisih, "+Rp") || strings.Contains(p.Sesudah, ",") || len(p.Sources) == 0 || p.Tanggal == "" {
			t.Errorf("change %+v", p)
		}
	}
	for _, y := range v.Tahunan {
		if y.KS == "" || y.TPG == "" {
			t.Errorf("year %+v", y)
		}
	}
}
