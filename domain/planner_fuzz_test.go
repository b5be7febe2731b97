package domain

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

// FuzzPlanner feeds arbitrary starts and goals to the planner through the
// scenario projection. It must never panic, refuse bad input only with a
// ValidationError, give the same answer twice, and its answers must hold when
// projected again: a reachable plan reaches the goal and no Sangat Baik year
// of it can be dropped; an unreachable goal stays unreachable with Sangat
// Baik every year. Seeds are below and in testdata/fuzz/FuzzPlanner.
func FuzzPlanner(f *testing.F) {
	f.Add(uint8(4), uint16(0), uint8(0), uint8(26), false, uint8(5), uint8(3), uint8(0), uint8(0))
	f.Add(uint8(5), uint16(350), uint8(2), uint8(26), true, uint8(1), uint8(1), uint8(0), uint8(0))
	f.Add(uint8(7), uint16(480), uint8(1), uint8(26), false, uint8(8), uint8(30), uint8(3), uint8(0))
	f.Add(uint8(4), uint16(0), uint8(0), uint8(23), false, uint8(6), uint8(12), uint8(1), uint8(30))
	f.Add(uint8(10), uint16(9999), uint8(40), uint8(100), true, uint8(3), uint8(40), uint8(255), uint8(255))
	f.Fuzz(func(t *testing.T, gi uint8, akQuarter uint16, masa uint8, mulai uint8, jenjangGoal bool, goal uint8, tahun uint8, riwayat uint8, tmt uint8) {
		gs := Golongans()
		g := gs[int(gi)%len(gs)].Code
		j := JenjangOf(g)
		if j == "" {
			j = AhliPertama // a golongan outside the expertise levels: refused below
		}
		s := NewScenario("2025", Guru, j)
		s.Golongan = g
		// TMT before the rule year, so partial years fall in the projection.
		if tmt%4 == 1 {
			s.TMT = fmt.Sprintf("%d-%02d", 2015+int(tmt)%10, 1+int(tmt)%12)
		}
		s.Karier = &Karier{AKAwal: AKInt(int64(akQuarter)).MulFrac(1, 4).String(), TahunDalamPangkat: int(masa) % 45,
			TahunMulai: 2000 + int(mulai)%101, Proyeksi: []Predikat{Baik}}
		if Validate(s) != nil {
			return
		}
		var tj TujuanKarier
		if jenjangGoal {
			tj.Jenjang = Jenjangs()[int(goal)%len(Jenjangs())].Code
		} else {
			tj.Golongan = gs[int(goal)%len(gs)].Code
		}
		tj.Tahun = s.Karier.TahunMulai + int(tahun)%45 - 2
		r1, err1 := RencanaScenario(s, tj, UKKJJadwal{})
		r2, err2 := RencanaScenario(s, tj, UKKJJadwal{})
		if !reflect.DeepEqual(r1, r2) || (err1 == nil) != (err2 == nil) {
			t.Fatalf("same input, different answers:\n%+v %v\n%+v %v", r1, err1, r2, err2)
		}
		if err1 != nil {
			var ve *ValidationError
			if !errors.As(err1, &ve) || len(ve.Problems) == 0 {
				t.Fatalf("error is not a validation error: %v", err1)
			}
			return
		}
		proyeksi := proyektorScenario(s)
		jadwal := UKKJJadwalBaku()
		n := tj.Tahun - r1.TahunMulai
		switch r1.Status {
		case RencanaSudah:
			if g := s.Golongan; !tj.memenuhi(s.Jenjang, g) {
				t.Fatalf("already reached, but the start does not hold %s", tj.Label())
			}
		case RencanaDapat:
			sb := 0
			for _, p := range r1.Rencana {
				if p == SangatBaik {
					sb++
				} else if p != Baik {
					t.Fatalf("plan uses %s", p)
				}
			}
			if len(r1.Rencana) != n || sb != r1.JumlahSangatBaik || sb != len(r1.TahunSangatBaik) {
				t.Fatalf("plan %v: %d years, %d Sangat Baik, reported %d %v", r1.Rencana, n, sb, r1.JumlahSangatBaik, r1.TahunSangatBaik)
			}
			if _, _, ok := capaiTujuan(proyeksi(r1.Rencana), tj, jadwal); !ok {
				t.Fatalf("plan %v does not reach %s", r1.Rencana, tj.Label())
			}
			for i, p := range r1.Rencana {
				if p != SangatBaik {
					continue
				}
				kurang := append([]Predikat(nil), r1.Rencana...)
				kurang[i] = Baik
				if _, _, ok := capaiTujuan(proyeksi(kurang), tj, jadwal); ok {
					t.Fatalf("plan %v: the Sangat Baik of %d is not needed", r1.Rencana, r1.TahunMulai+i)
				}
			}
		case RencanaTidakDapat:
			if n > 0 {
				semua := make([]Predikat, n)
				for i := range semua {
					semua[i] = SangatBaik
				}
				if _, _, ok := capaiTujuan(proyeksi(semua), tj, jadwal); ok {
					t.Fatalf("%s reported unreachable, but Sangat Baik every year reaches it", tj.Label())
				}
			}
		default:
			t.Fatalf("unknown status %q", r1.Status)
		}
	})
}
