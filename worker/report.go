package worker

import (
	"fmt"
	"sort"

	"simkinerja/domain"
	"simkinerja/domain/wire"
)

// The class report's types are the wire types the app decodes
// (simkinerja/domain/wire): one definition for both sides, so a field added
// here can never be missing in the app (see TestContractAppClient).
type (
	submissionResult = wire.SubmissionResult
	periodResult     = wire.PeriodResult
	classView        = wire.ClassView
	submissionView   = wire.Submission
	aggregate        = wire.Aggregate
)

// summarize recomputes a submission's result from its stored document, of
// either schema; a record shows its last recorded year. The date is the
// submission's, so a result does not change as days pass (the 2026 SKP
// lockout depends on the date).
func summarize(sub Submission) (submissionResult, error) {
	r, _, err := summarizeAK(sub)
	return r, err
}

// summarizeAK is summarize with the exact AK, for the class aggregate.
func summarizeAK(sub Submission) (submissionResult, domain.AK, error) {
	r, err := domain.DecodeRecord(sub.Scenario)
	if err != nil {
		// Stored documents were valid when stored; a rule change may reject one.
		return submissionResult{}, domain.AK{}, fmt.Errorf("kiriman %s tidak lagi valid: %w", sub.ID, err)
	}
	rr := domain.SimulateRecord(r, sub.CreatedAt)
	if len(rr.Tahun) == 0 {
		return submissionResult{}, domain.AK{}, fmt.Errorf("kiriman %s tidak memuat tahun yang dapat dihitung", sub.ID)
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
	return out, res.AKTotal, nil
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
		r, ak, err := summarizeAK(sub)
		if err != nil {
			v.Submissions = append(v.Submissions, submissionView{
				ID:               sub.ID,
				SubmissionResult: submissionResult{Name: sub.Name, SubmittedAt: sub.CreatedAt.Format(timeFormat)},
				Masalah:          "Skenario ini tidak lagi valid menurut aturan terbaru; minta peserta mengirim ulang.",
				TidakValid:       true,
			})
			continue
		}
		sv := submissionView{ID: sub.ID, SubmissionResult: r}
		v.Submissions = append(v.Submissions, sv)
		ok = append(ok, sv)
		aks = append(aks, ak)
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
