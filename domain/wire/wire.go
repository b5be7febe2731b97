// Package wire is the one definition of what the app and the worker send each
// other over /api: request and response bodies of share links and classes, and
// the error body with its codes. Both sides import it, so a field added on one
// side cannot be missing on the other (the app once showed an invalid class
// submission as a blank row because its copy of these types lacked Masalah).
//
// Pure types: no I/O, no JSON library. Field names are the JSON the worker has
// always served; changing one is a breaking change of the public API.
package wire

import "simkinerja/domain"

// ShareCreated is the body of 201 Created for POST /api/shares.
type ShareCreated struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	ExpiresAt string `json:"expires_at"`
}

// ClassCreated is the body of 201 Created for POST /api/classes. The token is
// shown once; the worker keeps only its hash.
type ClassCreated struct {
	Code      string `json:"code"`
	Token     string `json:"token"`
	ExpiresAt string `json:"expires_at"`
}

// SubmissionRequest is the body of POST /api/classes/{code}/submissions.
type SubmissionRequest struct {
	// Name is the optional display name the participant typed.
	Name *string `json:"name,omitempty"`
	// Scenario is the scenario document, verbatim.
	Scenario RawJSON `json:"scenario"`
}

// IdempotencyHeader carries a client-generated key on a submission: the same
// key in the same class replaces the earlier submission instead of adding one.
const IdempotencyHeader = "Idempotency-Key"

// SubmissionResult is a submission's result as the worker recomputes it from
// the stored scenario; nothing in it comes from the client.
type SubmissionResult struct {
	// Name is the display name sent with the submission, if any.
	Name string `json:"name,omitempty"`
	// IdentitasNama is the name in the scenario's identitas, present only when
	// the participant chose to include it (never the NIP).
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
	Periods     []PeriodResult `json:"periods"`
	// KurangPoin: some period under point rules has fewer than 32 points.
	KurangPoin bool `json:"kurang_poin"`
	// PoinBerlaku: the rules count competency points at all (not in 2025).
	PoinBerlaku bool `json:"poin_berlaku"`
}

// PeriodResult is one period of a submission's result.
type PeriodResult struct {
	Name        string          `json:"name"`
	Predikat    domain.Predikat `json:"predikat"`
	AngkaKredit string          `json:"angka_kredit"`
	Poin        int             `json:"poin"`
	Memenuhi    bool            `json:"memenuhi"`
}

// SubmissionCreated is the body of 201 Created (200 when it replaced an
// earlier submission with the same Idempotency-Key) for a submission: the
// server's own result, so the participant sees what the trainer will see.
type SubmissionCreated struct {
	ID string `json:"id"`
	// Replaced: an earlier submission with the same key was replaced.
	Replaced bool `json:"replaced,omitempty"`
	SubmissionResult
}

// Submission is one row of ClassView.
type Submission struct {
	ID string `json:"id"`
	SubmissionResult
	// Masalah is set when a stored scenario no longer passes validation (the
	// rules changed since it was sent). Such a submission is still listed,
	// with this reason, and left out of the aggregate.
	Masalah string `json:"masalah,omitempty"`
	// TidakValid flags such a submission for programs.
	TidakValid bool `json:"tidak_valid,omitempty"`
}

// Valid reports whether the submission has a result (no Masalah).
func (s Submission) Valid() bool { return s.Masalah == "" }

// Aggregate summarises a class's valid submissions.
type Aggregate struct {
	// Count is the number of valid submissions (TidakValid are not in it).
	Count int `json:"count"`
	// Predikat counts submissions per predikat code; every predikat is listed.
	Predikat map[domain.Predikat]int `json:"predikat"`
	// MedianAK and MeanAK are exact; the AngkaKredit fields are for people.
	MedianAK          string `json:"median_ak"`
	MedianAngkaKredit string `json:"median_angka_kredit"`
	MeanAK            string `json:"mean_ak"`
	MeanAngkaKredit   string `json:"mean_angka_kredit"`
	// KurangPoin counts submissions short of the 32 competency points in some
	// period; PoinTidakBerlaku those whose rules have no points.
	KurangPoin       int `json:"kurang_poin"`
	PoinTidakBerlaku int `json:"poin_tidak_berlaku"`
	// TidakValid counts listed submissions that no longer validate.
	TidakValid int `json:"tidak_valid"`
}

// ClassView is the trainer's view of a class (GET /api/classes/{code}).
type ClassView struct {
	Code string `json:"code"`
	// Closed: the trainer closed the class; it takes no submissions.
	Closed      bool         `json:"closed"`
	CreatedAt   string       `json:"created_at"`
	ExpiresAt   string       `json:"expires_at"`
	Submissions []Submission `json:"submissions"`
	Aggregate   Aggregate    `json:"aggregate"`
}

// ClassChange is the body of PATCH /api/classes/{code}: close the class to
// new submissions or open it again.
type ClassChange struct {
	Closed *bool `json:"closed"`
}

// ClassState is the answer to PATCH /api/classes/{code}.
type ClassState struct {
	Code      string `json:"code"`
	Closed    bool   `json:"closed"`
	ExpiresAt string `json:"expires_at"`
}

// Health is the answer to the health probe: whether the API can write.
type Health struct {
	Status string `json:"status"`
	Writes bool   `json:"writes"`
	Reason string `json:"reason,omitempty"`
}

// RawJSON keeps a JSON value undecoded. It works with both JSON libraries
// behind the domain's seam (encoding/json and goccy/go-json).
type RawJSON []byte

// MarshalJSON implements json.Marshaler; an empty value is null.
func (m RawJSON) MarshalJSON() ([]byte, error) {
	if len(m) == 0 {
		return []byte("null"), nil
	}
	return m, nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (m *RawJSON) UnmarshalJSON(b []byte) error {
	*m = append((*m)[:0], b...)
	return nil
}
