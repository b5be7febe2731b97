package domain

import "testing"

// RULES.md §14.3 worked path: CPNS in III/a at MKG 0 in January 2024, Baik
// every year, every jenjang condition met on time. The rank steps fall at MKG
// 4, 8, …, 32 with the table's before/after figures.
func TestDampakJalur143(t *testing.T) {
	s := rencanaScenario(t, "III/a", "", 0, 2024, "")
	s.Karier.Proyeksi, s.Karier.Ulangi, s.Karier.TahunProyeksi = []Predikat{Baik}, true, 33
	kr, _ := ProyeksiKarier(s)
	d, err := DampakDariProyeksi(kr, DampakInput{Tugas: map[string]bool{SyaratSertifikat: true}})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		jenis            string
		tanggal          string
		mkg              int
		sebelum, sesudah int64
	}{
		{PerubahanKP, "1 Januari 2028", 4, 2964000, 3089300},
		{PerubahanKJ, "1 Juli 2032", 8, 3287000, 3426000},
		{PerubahanKP, "1 Januari 2036", 12, 3645200, 3799400},
		{PerubahanKJ, "1 Juli 2040", 16, 4042500, 4213500},
		{PerubahanKP, "1 Januari 2044", 20, 4483100, 4672800},
		{PerubahanKP, "1 Januari 2048", 24, 4971700, 5182000},
		{PerubahanKJ, "1 Juli 2052", 28, 5513600, 5746800},
		{PerubahanKP, "1 Januari 2056", 32, 6114500, 6373200},
	}
	var steps []PeristiwaGaji
	kgb := 0
	for i, p := range d.Peristiwa {
		if i > 0 && p.Tanggal.Before(d.Peristiwa[i-1].Tanggal) {
			t.Errorf("events out of order at %d", i)
		}
		if p.Jenis == PerubahanKGB {
			kgb++
			continue
		}
		steps = append(steps, p)
	}
	if len(steps) != len(want) {
		t.Fatalf("%d steps, want %d: %+v", len(steps), len(want), steps)
	}
	for i, w := range want {
		p := steps[i]
		if p.Jenis != w.jenis || p.TanggalText != w.tanggal || p.MKG != w.mkg || p.Sebelum != w.sebelum || p.Sesudah != w.sesudah {
			t.Errorf("step %d: %s %s MKG %d %d→%d, want %+v", i, p.Jenis, p.TanggalText, p.MKG, p.Sebelum, p.Sesudah, w)
		}
	}
	// KGB at MKG 2, 4, …, 32: 16 of them within the projection (1 Jan 2026 … 1 Jan 2056).
	if kgb != 16 {
		t.Errorf("%d KGB events, want 16", kgb)
	}
	// Both on 1 January 2028: the KGB to MKG 4 in III/a first, then the rank step.
	if p := d.Peristiwa[1]; p.Jenis != PerubahanKGB || p.Dari != "III/a" || p.MKG != 4 || p.Sesudah != 2964000 {
		t.Errorf("KGB before the step: %+v", p)
	}
	// KS: III/b from 2028 (ayat 2 fallback), III/c from 1 July 2032, so 1 January 2033.
	if d.KSAyat2 != 2028 || d.KSAyat1 != 2033 {
		t.Errorf("KS ayat 1 from %d, ayat 2 from %d", d.KSAyat1, d.KSAyat2)
	}
	// TPG on 1 January 2025 (2024's predikat Baik, the 45/2023 gate): the III/a MKG 1 cell.
	y := d.Tahunan[0]
	if y.TPG == nil || y.TPG.Jenis != JenisTPG || y.TPG.Jumlah != 2785700 || y.Golongan != "III/a" || y.MKG != 1 {
		t.Errorf("TPG 2025: %+v", y)
	}
}

func TestDampakTPGGate(t *testing.T) {
	s := rencanaScenario(t, "III/a", "", 0, 2023, "")
	s.Karier.Proyeksi = []Predikat{Baik, ButuhPerbaikan, ButuhPerbaikan}
	kr, _ := ProyeksiKarier(s)
	d, err := DampakDariProyeksi(kr, DampakInput{MKGTahun: 3, Tugas: map[string]bool{SyaratSertifikat: true}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]*TPGResult{}
	for _, y := range d.Tahunan {
		got[y.Tahun] = y.TPG
	}
	// 1 Jan 2024: Baik, gate met. 1 Jan 2025: Butuh Perbaikan under 45/2023: no
	// TPG. 1 Jan 2026: Butuh Perbaikan under 4/2025: TPG with a notice.
	// MKG 3 on 1 January 2023: 4 in 2024 and 6 in 2026.
	if r := got[2023]; r == nil || r.Jumlah != 2964000 {
		t.Errorf("2024: %+v", r)
	}
	if r := got[2024]; r == nil || r.Jumlah != 0 || r.Status != StatusBelum {
		t.Errorf("2025: %+v", r)
	}
	if r := got[2025]; r == nil || r.Jumlah != 3057300 || r.Peringatan == "" {
		t.Errorf("2026: %+v", r)
	}
	// The projection starts in 2023: no KGB figure before 1 January 2024.
	for _, p := range d.Peristiwa {
		if p.Tanggal.Year() < 2024 {
			t.Errorf("event before the table: %+v", p)
		}
	}
	if _, err := DampakDariProyeksi(kr, DampakInput{MKGBulan: 12}); err == nil {
		t.Error("MKG months above 11 must be refused")
	}
	if d, err := DampakDariProyeksi(nil, DampakInput{}); err != nil || len(d.Peristiwa) != 0 {
		t.Errorf("nil projection: %+v %v", d, err)
	}
}
