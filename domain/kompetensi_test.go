package domain

import "testing"

func TestHitungKompetensi(t *testing.T) {
	r2024, _ := Rules("2024")
	r2025, _ := Rules("2025")
	tests := []struct {
		name     string
		rs       RuleSet
		plan     []Kegiatan
		total    int
		rencana  int
		memenuhi bool
		status   string
	}{
		{"§10 ex. 6: 2×8 + 2×8 = 32", r2024, []Kegiatan{{"pelatihan_mandiri", 2, 2, ""}, {"observasi_rekan_sejawat", 2, 2, ""}}, 32, 32, true, "Sudah memenuhi ekspektasi"},
		{"planned but not done", r2024, []Kegiatan{{"pelatihan_mandiri", 4, 1, ""}}, 8, 32, false, "Kurang 24 poin dari minimum 32 poin"},
		{"community driver 36", r2024, []Kegiatan{{"penggerak_komunitas_belajar", 1, 1, ""}}, 36, 36, true, "Sudah memenuhi ekspektasi"},
		{"speaker and participant", r2024, []Kegiatan{{"narasumber_praktik_baik", 1, 1, ""}, {"peserta_praktik_baik_komunitas", 3, 3, ""}}, 20, 20, false, "Kurang 12 poin dari minimum 32 poin"},
		{"priority programme 12", r2024, []Kegiatan{{"pendamping_program_prioritas", 3, 3, ""}}, 36, 36, true, "Sudah memenuhi ekspektasi"},
		{"above the recommended range", r2024, []Kegiatan{{"program_pendidikan_pelatihan", 1, 1, ""}, {"pelatihan_mandiri", 1, 1, ""}}, 136, 136, true, "Sudah memenuhi ekspektasi; melebihi rentang yang disarankan (32–128 poin)"},
		{"empty", r2024, nil, 0, 0, false, "Kurang 32 poin dari minimum 32 poin"},
		{"2025: no points, reflection written", r2025, []Kegiatan{{"pelatihan_mandiri", 2, 2, "Saya belajar umpan balik."}}, 0, 0, true, "Setiap kegiatan yang selesai sudah memiliki refleksi"},
		{"2025: reflection missing", r2025, []Kegiatan{{"pelatihan_mandiri", 2, 1, ""}}, 0, 0, false, "1 kegiatan selesai belum memiliki refleksi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := HitungKompetensi(tt.rs, tt.plan)
			if got.Total != tt.total || got.Rencana != tt.rencana || got.Memenuhi != tt.memenuhi || got.StatusText != tt.status {
				t.Errorf("got total %d rencana %d memenuhi %v %q; want %d %d %v %q", got.Total, got.Rencana, got.Memenuhi, got.StatusText, tt.total, tt.rencana, tt.memenuhi, tt.status)
			}
			if got.Poin != tt.rs.Poin() {
				t.Errorf("Poin = %v, want %v", got.Poin, tt.rs.Poin())
			}
		})
	}
}

func TestKatalogHasSources(t *testing.T) {
	want := map[string]int{"pelatihan_mandiri": 8, "observasi_rekan_sejawat": 8, "penggerak_komunitas_belajar": 36, "narasumber_praktik_baik": 8, "peserta_praktik_baik_komunitas": 4, "pendamping_program_prioritas": 12, "program_pendidikan_pelatihan": 128}
	for code, poin := range want {
		k, ok := KegiatanByCode(code)
		if !ok || k.Poin != poin {
			t.Errorf("%s = %d, %v; want %d", code, k.Poin, ok, poin)
		}
		for _, src := range k.Sources {
			if _, ok := SourceByKey(src); !ok {
				t.Errorf("%s: unknown source %q", code, src)
			}
		}
	}
}
