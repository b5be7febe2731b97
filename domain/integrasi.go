package domain

import (
	"errors"
	"fmt"
	"strings"
)

// ErrIntegrasi reports a conventional AK the simulator cannot convert: an
// unknown jenjang, a golongan outside the jenjang, or a result outside the
// jenjang (RULES.md §7.4, §11 Q11).
var ErrIntegrasi = errors.New("integrasi tidak dapat dihitung")

// integrasiSources: formula and nilai dasar [BKN3 via BKN-SLIDES-C]; worked form [PAK-INT-FORM];
// conventional thresholds [OLD-PKG].
var integrasiSources = []string{"BKN3", "BKN-SLIDES-C", "PAK-INT-FORM", "OLD-PKG"}

// Integrasi converts the cumulative AK of the last conventional PAK into AK
// within the current jenjang (RULES.md §7.4) [BKN3][BKN-SLIDES-C][PAK-INT-FORM]:
//
//	AK_integrasi = AK_konvensional − nilai_dasar(jenjang)
//
// Only the main case is supported: golongan g lies in the range of jenjang j and
// the result lies in [0, AK for the next jenjang). Other cases (rank and jenjang
// not matching, excess above the jenjang) are rejected with ErrIntegrasi (§11 Q11).
// A result below the current rank's step is allowed but flagged in the Step,
// since the form expects it between the rank's step and the jenjang threshold.
func Integrasi(j Jenjang, g Golongan, konvensional AK) (AK, Step, error) {
	info, ok := j.Info()
	if !ok {
		return AK{}, Step{}, fmt.Errorf("%w: jenjang %q tidak dikenal", ErrIntegrasi, j)
	}
	if info.NilaiDasar.IsZero() {
		return AK{}, Step{}, fmt.Errorf("%w: nilai dasar jenjang %s tidak tersedia; integrasi hanya untuk jenjang keahlian guru (Ahli Pertama–Ahli Utama)", ErrIntegrasi, info.Label)
	}
	if !j.HasGolongan(string(g)) {
		return AK{}, Step{}, fmt.Errorf("%w: golongan %s tidak berada dalam jenjang %s (%s); integrasi dengan jenjang yang tidak sesuai pangkat berada di luar cakupan simulator",
			ErrIntegrasi, g, info.Label, strings.Join(info.Golongan, "–"))
	}
	if konvensional.Sign() < 0 {
		return AK{}, Step{}, fmt.Errorf("%w: AK konvensional tidak boleh negatif", ErrIntegrasi)
	}
	hasil := konvensional.Sub(info.NilaiDasar)
	if hasil.Sign() < 0 {
		return AK{}, Step{}, fmt.Errorf("%w: AK konvensional %s lebih kecil daripada nilai dasar %s (%s); periksa jenjang atau AK kumulatif pada PAK terakhir",
			ErrIntegrasi, konvensional.Display(), info.Label, info.NilaiDasar.Display())
	}
	if !info.KenaikanJenjang.IsZero() && hasil.Cmp(info.KenaikanJenjang) >= 0 {
		return AK{}, Step{}, fmt.Errorf("%w: hasil %s mencapai atau melebihi AK kenaikan jenjang %s (%s); kelebihan AK di atas jenjang berada di luar cakupan simulator",
			ErrIntegrasi, hasil.Display(), info.Label, info.KenaikanJenjang.Display())
	}
	pesan := fmt.Sprintf("AK integrasi = AK konvensional %s − nilai dasar %s %s = %s; menjadi AK awal dalam jenjang.",
		konvensional.Display(), info.Label, info.NilaiDasar.Display(), hasil.Display())
	if bawah := syaratPangkatDalamJenjang(j, g); hasil.Cmp(bawah) < 0 {
		atas := "tanpa batas atas"
		if !info.KenaikanJenjang.IsZero() {
			atas = info.KenaikanJenjang.Display()
		}
		pesan += fmt.Sprintf(" Perhatian: hasil di bawah rentang wajar golongan %s (%s sampai %s); periksa AK pada PAK terakhir.", g, bawah.Display(), atas)
	}
	return hasil, Step{Rule: "integrasi", Pesan: pesan, Sources: integrasiSources}, nil
}

// syaratPangkatDalamJenjang is the AK within jenjang j needed to have reached
// golongan g: 0 for the first golongan of the jenjang, otherwise the golongan's
// cumulative step threshold (RULES.md §7.3).
func syaratPangkatDalamJenjang(j Jenjang, g Golongan) AK {
	info, _ := j.Info()
	if len(info.Golongan) == 0 || info.Golongan[0] == string(g) {
		return AK{}
	}
	r, _ := g.Info()
	return r.Syarat
}
