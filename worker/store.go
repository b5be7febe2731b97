package worker

import (
	"context"
	"errors"
	"time"
)

// Store is the persistence the API needs. Implementations must be safe for
// concurrent use and must not rely on transactions (D1 has none): every
// method is a single statement or tolerates being interrupted between two.
type Store interface {
	// CreateShare stores a share; ErrConflict if the id exists.
	CreateShare(ctx context.Context, s Share) error
	// Share returns the share with id that has not expired at now; ErrNotFound otherwise.
	Share(ctx context.Context, id string, now time.Time) (Share, error)
	// CreateClass stores a class; ErrConflict if the code exists.
	CreateClass(ctx context.Context, c Class) error
	// Class returns the class with code that has not expired at now (open or
	// closed); ErrNotFound otherwise.
	Class(ctx context.Context, code string, now time.Time) (Class, error)
	// SetClassClosed closes (closed true, at now) or reopens a class that has
	// not expired; ErrNotFound otherwise.
	SetClassClosed(ctx context.Context, code string, closed bool, now time.Time) error
	// AddSubmission stores a submission to an open, unexpired class (at
	// sub.CreatedAt) in one statement. A submission whose Idem matches one
	// already in the class replaces that one's name and scenario and keeps its
	// id and place (replaced true); otherwise a new row is added unless the
	// class holds max submissions (ErrClassFull). It returns the stored id.
	// ErrNotFound if the class is unknown, expired or closed.
	AddSubmission(ctx context.Context, sub Submission, max int) (id string, replaced bool, err error)
	// DeleteSubmission removes one submission of a class; ErrNotFound if the
	// class has no submission with that id.
	DeleteSubmission(ctx context.Context, code, id string) error
	// Submissions lists a class's submissions in the order they arrived.
	Submissions(ctx context.Context, code string) ([]Submission, error)

	// Counter returns the counters of key in windows from..to (inclusive),
	// window number → counter; missing windows are absent. It writes nothing.
	Counters(ctx context.Context, key string, from, to int64) (map[int64]Counter, error)
	// Charge applies the charges in one statement and reports whether every
	// one stayed within its caps. A refused charge writes nothing; when only
	// some are refused (a race), the others are applied.
	Charge(ctx context.Context, charges ...Charge) (bool, error)
	// DeleteExpired removes, in bounded batches, shares and classes (with
	// their submissions) expired at now and counters past their expiry, and
	// returns how many rows went.
	DeleteExpired(ctx context.Context, now time.Time) (int64, error)
}

// Charge adds Add to the counter of Key in window Win if the result stays
// within CapN requests and CapBytes bytes; the counter may be deleted from
// Expires on.
type Charge struct {
	Key            string
	Win            int64
	Add            Counter
	CapN, CapBytes int64
	Expires        time.Time
}

// Counter is a rate-limit or budget counter: requests and bytes in a window.
type Counter struct {
	N     int64
	Bytes int64
}

// Share is a stored scenario behind a share link.
type Share struct {
	ID        string
	Scenario  []byte // canonical scenario JSON, already validated
	CreatedAt time.Time
	ExpiresAt time.Time
}

// Class is a trainer's class; only the hash of its token is kept.
type Class struct {
	Code      string
	TokenHash string
	CreatedAt time.Time
	ExpiresAt time.Time
	// ClosedAt is when the trainer closed the class; zero while open.
	ClosedAt time.Time
}

// Submission is one participant's scenario in a class. Results are not
// stored: they are recomputed from Scenario when the class is read.
type Submission struct {
	ID        string
	ClassCode string
	Name      string // "" when the participant gave none; stored as NULL
	Scenario  []byte // canonical scenario JSON, already validated
	CreatedAt time.Time
	// UpdatedAt is when a later submission with the same Idem replaced it;
	// zero if never.
	UpdatedAt time.Time
	// Idem is the hash of the client's Idempotency-Key; "" without one.
	Idem string
}

// Store errors.
var (
	ErrNotFound  = errors.New("tidak ditemukan")
	ErrConflict  = errors.New("sudah ada")
	ErrClassFull = errors.New("kelas penuh")
	// ErrStoreFull: the database refused a write because it is full.
	ErrStoreFull = errors.New("penyimpanan penuh")
	// ErrReadOnly: the database refused a write because it is read-only.
	ErrReadOnly = errors.New("penyimpanan hanya-baca")
)
