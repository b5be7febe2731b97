package domain

import (
	"testing"
	"time"
)

func TestTPGByDate(t *testing.T) {
	ya := map[string]bool{SyaratSertifikat: true}
	tests := []struct {
		name     string
		in       TPGInput
		tugas    map[string]bool
		status   StatusSyarat
		jenis    string
		jumlah   int64
		warning  bool
		aturanPD string
	}{
		{"2024, certified, Baik: TPG = gaji pokok", TPGInput{tgl(2024, time.June, 1), "III/b", 4, Baik}, ya, StatusTerpenuhi, JenisTPG, 3089300, false, "Permendikbudristek No. 45 Tahun 2023"},
		{"2024, certified, Butuh Perbaikan: no TPG", TPGInput{tgl(2024, time.June, 1), "III/b", 4, ButuhPerbaikan}, ya, StatusBelum, JenisTPG, 0, false, "Permendikbudristek No. 45 Tahun 2023"},
		{"4 March 2025: the old gate still holds", TPGInput{tgl(2025, time.March, 4), "III/c", 8, Kurang}, ya, StatusBelum, JenisTPG, 0, false, "Permendikbudristek No. 45 Tahun 2023"},
		{"5 March 2025: no gate, a notice", TPGInput{tgl(2025, time.March, 5), "III/c", 8, Kurang}, ya, StatusTerpenuhi, JenisTPG, 3426000, true, "Permendikdasmen No. 4 Tahun 2025"},
		{"2026, certified, Baik", TPGInput{tgl(2026, time.January, 1), "IV/a", 16, Baik}, ya, StatusTerpenuhi, JenisTPG, 4213500, false, "Permendikdasmen No. 4 Tahun 2025"},
		{"2026, not ticked: tambahan penghasilan", TPGInput{tgl(2026, time.January, 1), "IV/a", 16, Baik}, nil, StatusTugas, JenisTambahanPenghasilan, 250000, false, "Permendikdasmen No. 4 Tahun 2025"},
		{"2024, unknown predikat: not met", TPGInput{tgl(2024, time.June, 1), "III/a", 0, ""}, ya, StatusBelum, JenisTPG, 0, false, "Permendikbudristek No. 45 Tahun 2023"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := TPG(tc.in, tc.tugas)
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != tc.status || r.Jenis != tc.jenis || r.Jumlah != tc.jumlah || (r.Peringatan != "") != tc.warning || r.Aturan.DasarHukum != tc.aturanPD {
				t.Errorf("got %s %s %d warning=%q %s", r.Status, r.Jenis, r.Jumlah, r.Peringatan, r.Aturan.DasarHukum)
			}
			if g, _ := GajiPokok(tc.in.Golongan, tc.in.MKG); r.TPG != g || !r.Estimasi.Estimasi {
				t.Errorf("TPG %d must equal gaji pokok %d and be an estimate", r.TPG, g)
			}
			for _, s := range r.Syarat {
				if s.Kode == SyaratSertifikat && !tc.tugas[SyaratSertifikat] && s.Status != StatusTugas {
					t.Errorf("an unticked certificate must stay a to-do, got %s", s.Status)
				}
				for _, k := range s.Sources {
					if !sumberDikenal(k) {
						t.Errorf("unknown source %s", k)
					}
				}
			}
		})
	}
	if _, err := TPG(TPGInput{tgl(2023, time.December, 31), "III/a", 0, Baik}, ya); err == nil {
		t.Error("before 2024 there is no table")
	}
	if _, err := TPG(TPGInput{tgl(2025, time.June, 1), "II/c", 0, Baik}, ya); err == nil {
		t.Error("II/c is outside the table")
	}
}

func TestKandidatKS(t *testing.T) {
	semua := map[string]bool{}
	for _, d := range syaratKSTable {
		if d.Jenis == JenisTugas {
			semua[d.Kode] = true
		}
	}
	tests := []struct {
		name         string
		in           KSInput
		tugas        map[string]bool
		ayat1, ayat2 StatusSyarat
		jalur        string
	}{
		{"III/c, Baik twice, all ticked", KSInput{2030, "III/c", []Predikat{Baik, SangatBaik}}, semua, StatusTerpenuhi, StatusTerpenuhi, KSAyat1},
		{"III/c, Baik twice, nothing ticked", KSInput{2030, "III/c", []Predikat{Baik, Baik}}, nil, StatusTugas, StatusTugas, KSAyat1},
		{"III/b: only the fallback of ayat (2)", KSInput{2030, "III/b", []Predikat{Baik, Baik}}, semua, StatusBelum, StatusTerpenuhi, KSAyat2},
		{"III/a: neither", KSInput{2030, "III/a", []Predikat{Baik, Baik}}, semua, StatusBelum, StatusBelum, ""},
		{"IV/a with Butuh Perbaikan last year", KSInput{2030, "IV/a", []Predikat{Baik, ButuhPerbaikan}}, semua, StatusBelum, StatusBelum, ""},
		{"one year of record only", KSInput{2030, "III/d", []Predikat{Baik}}, semua, StatusBelum, StatusBelum, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := KandidatKS(tc.in, tc.tugas)
			if r.Ayat1 != tc.ayat1 || r.Ayat2 != tc.ayat2 || r.Jalur != tc.jalur {
				t.Errorf("ayat1 %s ayat2 %s jalur %q: %s", r.Ayat1, r.Ayat2, r.Jalur, r.Pesan)
			}
			for _, s := range r.Syarat {
				if s.Jenis == JenisTugas && !tc.tugas[s.Kode] && s.Status != StatusTugas {
					t.Errorf("%s: an unticked to-do shown as %s", s.Kode, s.Status)
				}
			}
		})
	}
	r := KandidatKS(KSInput{2030, "IV/a", []Predikat{Baik, ButuhPerbaikan}}, nil)
	for _, s := range r.Syarat {
		if s.Kode == SyaratKSPredikat && s.Kurang != "perlu predikat minimal Baik; 2029: Butuh Perbaikan" {
			t.Errorf("missing predikat: %q", s.Kurang)
		}
	}
}

func TestTetapKS(t *testing.T) {
	r := TetapKS(2026, []Predikat{Baik, SangatBaik, SangatBaik})
	if !r.Tetap || !r.Perpanjangan {
		t.Errorf("%+v", r)
	}
	r = TetapKS(2026, []Predikat{Baik, ButuhPerbaikan, SangatBaik})
	if r.Tetap || r.Perpanjangan || r.Syarat[0].Kurang != "di bawah Baik pada 2027: Butuh Perbaikan" {
		t.Errorf("%+v", r)
	}
}
