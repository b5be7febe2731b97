package domain

// RatingDariOrganisasi maps an organisation predikat to the Rating Hasil Kerja of
// its leader, as SE MenPANRB 3/2023 says the organisation's achievement becomes
// the leader's Hasil Kerja [SE3-NEWS2]. The mapping of five levels to three ratings
// is not stated; this is the simulator's optional assumption (RULES.md §11 Q12):
// Istimewa → Di Atas, Baik → Sesuai, the rest → Di Bawah. By default a kepala
// sekolah is rated on Praktik Kinerja (PMM rule) [SEED1].
func RatingDariOrganisasi(p PredikatOrganisasi) (Rating, bool) {
	switch p {
	case OrgIstimewa:
		return DiAtas, true
	case OrgBaik:
		return Sesuai, true
	case OrgButuhPerbaikan, OrgKurang, OrgSangatKurang:
		return DiBawah, true
	}
	return "", false
}
