package view

import (
	"strings"
	"testing"

	"simkinerja/domain"
)

// TestKarierAssumedConditionsAreToDos: a jenjang step's competence test and
// vacancy are assumed by the domain; on screen they are "perlu …", never ✓.
func TestKarierAssumedConditionsAreToDos(t *testing.T) {
	kr := &domain.KarierResult{TahunMulai: 2026, Jenjang: domain.AhliPertama, Golongan: "III/b", AKAwalText: "0",
		Langkah: []domain.LangkahKarier{{Dari: "III/b", Golongan: "III/c", Jenjang: domain.AhliMuda, NaikJenjang: true, Dapat: true, Tahun: 2030,
			Verdict: domain.VerdictDapat, AmbangText: "100",
			Syarat: []domain.SyaratStep{
				{Kode: "ak", Pesan: "AK kumulatif cukup", Terpenuhi: true},
				{Kode: "uji_kompetensi", Pesan: "Lulus uji kompetensi untuk jenjang Ahli Muda (dianggap lulus — asumsi)", Terpenuhi: true, Asumsi: true},
				{Kode: "formasi", Pesan: "Tersedia formasi/lowongan jenjang Ahli Muda (dianggap tersedia — asumsi)", Terpenuhi: true, Asumsi: true},
				{Kode: "masa_pangkat", Pesan: "Minimal 2 tahun", Terpenuhi: false},
			}}}}
	k := NewKarier(kr)
	got := map[string]Syarat{}
	for _, s := range k.Langkah[0].Syarat {
		got[s.Kode] = s
	}
	if s := got["ak"]; s.Status != SyaratTerpenuhi || !strings.HasPrefix(s.Mark, "✓") {
		t.Errorf("met condition %+v", s)
	}
	for _, kode := range []string{"uji_kompetensi", "formasi"} {
		s := got[kode]
		if s.Status != SyaratPerlu || strings.Contains(s.Mark, "✓") || s.Mark != "perlu" || strings.Contains(s.Teks, "dianggap") {
			t.Errorf("assumed %s shown as %+v", kode, s)
		}
	}
	if s := got["masa_pangkat"]; s.Status != SyaratBelum {
		t.Errorf("unmet condition %+v", s)
	}
	if len(k.Perlu) != 2 || k.Perlu[0] != "lulus uji kompetensi untuk jenjang Ahli Muda" {
		t.Errorf("to-dos %q", k.Perlu)
	}
	if !strings.HasPrefix(k.Kapan, "Naik jenjang ke Ahli Muda") {
		t.Errorf("kapan %q", k.Kapan)
	}
}
