package worker

import (
	"fmt"
	"sort"

	"simkinerja/domain"
)

// submissionResult is a submission's result as the server computes it from
// the stored scenario with domain.Simulate; nothing comes from the client.
type submissionResult struct {
	// Name is the display name sent with the submission, if any.
	Name string `json:"name,omitempty"`
	// IdentitasNama is the name in the scenario's identitas, present only
	// when the participant chose to include it (never the NIP, which the
	// server does not keep).
	IdentitasNama string `json:"identitas_nama,omitempty"`
	// UpdatedAt is when the participant last replaced this submission.
	UpdatedAt   string          `json:"updated_at,omitempty"`
	SubmittedAt string          `json:"submitted_at"`
	Rules       string          `json:"rules"`
	Role        domain.Role     `json:"role"`
	Jenjang     domain.Jenjang  `json:"jenjang"`
	Predikat    domain.Predikat `json:"predikat"`
	// PredikatLabel is the predikat for people ("Sangat Baik").
	PredikatLabel string `json:"predikat_label"`
	// AK is exact ("75/2"); AngkaKredit its display form ("37,5").
	AK          string         `json:"ak"`
	AngkaKredit string         `json:"angka_kredit"`
	Periods     []periodResult `json:"periods"`
	// KurangPoin: some period under point rules has fewer than 32 points.
	KurangPoin bool `json:"kurang_poin"`
	// PoinBerlaku: the rules count competency points at all (not in 2025).
	PoinBerlaku bool `json:"poin_berlaku"`

	ak domain.AK
}

type periodResult struct {
	Name        string          `json:"name"`
	Predikat    domain.Predikat `json:"predikat"`
	AngkaKredit string          `json:"angka_kredit"`
	Poin        int             `json:"poin"`
	Memenuhi    bool            `json:"memenuhi"`
}

// summarize recomputes a submission's result from its stored document, of
// either schema; a record shows its last recorded year. The date is the
// submission's, so a result does not change as days pass (the 2026 SKP
// lockout depends on the date).
func summarize(sub Submission) (submissionResult, error) {
	r, err := domain.DecodeRecord(sub.Scenario)
	if err != nil {
		// Stored documents were valid when stored; a rule change may reject one.
		return submissionResult{}, fmt.Errorf("kiriman %s tidak lagi valid: %w", sub.ID, err)
	}
	rr := domain.SimulateRecord(r, sub.CreatedAt)
	if len(rr.Tahun) == 0 {
		return submissionResult{}, fmt.Errorf("kiriman %s tidak memuat tahun yang dapat dihitung", sub.ID)
	}
	res, year := rr.Tahun[len(rr.Tahun)-1], r.Tahun[len(r.Tahun)-1]
	out := submissionResult{
		Name:        sub.Name,
		SubmittedAt: sub.CreatedAt.Format(timeFormat),
		Rules:       string(res.Rules),
		Role:        res.Role,
		Jenjang:     res.Jenjang,
		AK:          res.AKTotal.Exact(),
		AngkaKredit: res.AKTotal.Display(),
		ak:          res.AKTotal,
	}
	if r.Identitas != nil {
		out.IdentitasNama = r.Identitas.Nama
	}
	if !sub.UpdatedAt.IsZero() {
		out.UpdatedAt = sub.UpdatedAt.Format(timeFormat)
	}
	for _, p := range res.Periods {
		out.Periods = append(out.Periods, periodResult{
			Name: p.Name, Predikat: p.Predikat, AngkaKredit: p.AK.Display(),
			Poin: p.Kompetensi.Total, Memenuhi: p.Kompetensi.Memenuhi,
		})
		if p.Kompetensi.Poin {
			out.PoinBerlaku = true
			if !p.Kompetensi.Memenuhi {
				out.KurangPoin = true
			}
		}
	}
	out.Predikat = yearPredikat(year.PredikatTahunan, res)
	out.PredikatLabel = out.Predikat.Label()
	return out, nil
}

// yearPredikat is the one predikat a class overview shows per participant:
// the annual predikat when the participant entered one (RULES.md §11 Q14),
// otherwise the predikat of the last period, the most recent assessment.
func yearPredikat(tahunan domain.Predikat, res domain.Result) domain.Predikat {
	if tahunan != "" {
		return tahunan
	}
	if n := len(res.Periods); n > 0 {
		return res.Periods[n-1].Predikat
	}
	return ""
}

// classView is the trainer's view of a class.
type classView struct {
	Code string `json:"code"`
	// Closed: the trainer closed the class; it takes no submissions.
	Closed      bool             `json:"closed"`
	CreatedAt   string           `json:"created_at"`
	ExpiresAt   string           `json:"expires_at"`
	Submissions []submissionView `json:"submissions"`
	Aggregate   aggregate        `json:"aggregate"`
}

type submissionView struct {
	ID string `json:"id"`
	submissionResult
	// Masalah is set when a stored scenario no longer passes validation (the
	// rules changed since it was sent); such a submission is listed but left
	// out of the aggregate, instead of failing the whole class view.
	Masalah string `json:"masalah,omitempty"`
	// TidakValid flags such a submission for programs.
	TidakValid bool `json:"tidak_valid,omitempty"`
}

// aggregate summarises a class.
type aggregate struct {
	Count int `json:"count"`
	// Predikat counts submissions per predikat code; every predikat is listed.
	Predikat map[domain.Predikat]int `json:"predikat"`
	// MedianAK and MeanAK are exact; the Display fields are for people.
	MedianAK          string `json:"median_ak"`
	MedianAngkaKredit string `json:"median_angka_kredit"`
	MeanAK            string `json:"mean_ak"`
	MeanAngkaKredit   string `json:"mean_angka_kredit"`
	// KurangPoin counts submissions short of the 32 competency points in some
	// period; PoinTidakBerlaku those whose rules have no points (2025).
	KurangPoin       int `json:"kurang_poin"`
	PoinTidakBerlaku int `json:"poin_tidak_berlaku"`
	// TidakValid counts listed submissions left out because they no longer
	// validate; Count does not include them.
	TidakValid int `json:"tidak_valid"`
}

func classReport(c Class, subs []Submission) classView {
	v := classView{
		Code:        c.Code,
		Closed:      !c.ClosedAt.IsZero(),
		CreatedAt:   c.CreatedAt.Format(timeFormat),
		ExpiresAt:   c.ExpiresAt.Format(timeFormat),
		Submissions: []submissionView{},
	}
	var ok []submissionView
	var aks []domain.AK
	for _, sub := range subs {
		r, err := summarize(sub)
		if err != nil {
			v.Submissions = append(v.Submissions, submissionView{
				ID:               sub.ID,
				submissionResult: submissionResult{Name: sub.Name, SubmittedAt: sub.CreatedAt.Format(timeFormat)},
				Masalah:          "Skenario ini tidak lagi valid menurut aturan terbaru; minta peserta mengirim ulang.",
				TidakValid:       true,
			})
			continue
		}
		sv := submissionView{ID: sub.ID, submissionResult: r}
		v.Submissions = append(v.Submissions, sv)
		ok = append(ok, sv)
		aks = append(aks, r.ak)
	}
	v.Aggregate = aggregateOf(ok, aks)
	v.Aggregate.TidakValid = len(v.Submissions) - len(ok)
	return v
}

func aggregateOf(subs []submissionView, aks []domain.AK) aggregate {
	agg := aggregate{Count: len(subs), Predikat: map[domain.Predikat]int{}}
	for _, p := range domain.Predikats {
		agg.Predikat[p] = 0
	}
	for _, s := range subs {
		agg.Predikat[s.Predikat]++
		switch {
		case !s.PoinBerlaku:
			agg.PoinTidakBerlaku++
		case s.KurangPoin:
			agg.KurangPoin++
		}
	}
	if len(aks) == 0 {
		return agg
	}
	sorted := append([]domain.AK(nil), aks...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Cmp(sorted[j]) < 0 })
	n := len(sorted)
	median := sorted[n/2]
	if n%2 == 0 {
		median = sorted[n/2-1].Add(sorted[n/2]).MulFrac(1, 2)
	}
	var sum domain.AK
	for _, a := range aks {
		sum = sum.Add(a)
	}
	mean := sum.MulFrac(1, int64(n))
	agg.MedianAK, agg.MedianAngkaKredit = median.Exact(), median.Display()
	agg.MeanAK, agg.MeanAngkaKredit = mean.Exact(), mean.Display()
	return agg
}
