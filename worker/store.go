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
	// Class returns the class with code that has not expired at now; ErrNotFound otherwise.
	Class(ctx context.Context, code string, now time.Time) (Class, error)
	// AddSubmission stores a submission to an existing class unless the class
	// already holds max submissions (ErrClassFull), in one statement.
	AddSubmission(ctx context.Context, s Submission, max int) error
	// Submissions lists a class's submissions in the order they arrived.
	Submissions(ctx context.Context, code string) ([]Submission, error)
	// CountWrite adds one write by client in the minute of now and returns the
	// minute's count so far, the caller included.
	CountWrite(ctx context.Context, client string, now time.Time) (int, error)
	// DeleteExpired removes shares and classes (with their submissions) expired
	// at now, and rate-limit counters of past minutes.
	DeleteExpired(ctx context.Context, now time.Time) error
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
}

// Submission is one participant's scenario in a class. Results are not
// stored: they are recomputed from Scenario when the class is read.
type Submission struct {
	ID        string
	ClassCode string
	Name      string // "" when the participant gave none; stored as NULL
	Scenario  []byte // canonical scenario JSON, already validated
	CreatedAt time.Time
}

// Store errors.
var (
	ErrNotFound  = errors.New("tidak ditemukan")
	ErrConflict  = errors.New("sudah ada")
	ErrClassFull = errors.New("kelas penuh")
)
