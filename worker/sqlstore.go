package worker

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// SQLStore is the Store over database/sql. The same statements run on D1 and
// on SQLite (D1 is SQLite); none uses a transaction, because D1 has none.
type SQLStore struct {
	db *sql.DB
}

// NewSQLStore wraps an open database whose schema is migrated.
func NewSQLStore(db *sql.DB) *SQLStore { return &SQLStore{db: db} }

// CreateShare implements Store.
func (s *SQLStore) CreateShare(ctx context.Context, sh Share) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO shares (id, scenario, created_at, expires_at) VALUES (?, ?, ?, ?)`,
		sh.ID, string(sh.Scenario), sh.CreatedAt.Unix(), sh.ExpiresAt.Unix())
	return conflictOr(err, "simpan tautan")
}

// Share implements Store.
func (s *SQLStore) Share(ctx context.Context, id string, now time.Time) (Share, error) {
	var sh Share
	var scenario string
	var created, expires int64
	err := s.db.QueryRowContext(ctx,
		`SELECT id, scenario, created_at, expires_at FROM shares WHERE id = ? AND expires_at > ?`,
		id, now.Unix()).Scan(&sh.ID, &scenario, &created, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return Share{}, ErrNotFound
	}
	if err != nil {
		return Share{}, fmt.Errorf("baca tautan: %w", err)
	}
	sh.Scenario = []byte(scenario)
	sh.CreatedAt, sh.ExpiresAt = time.Unix(created, 0).UTC(), time.Unix(expires, 0).UTC()
	return sh, nil
}

// CreateClass implements Store.
func (s *SQLStore) CreateClass(ctx context.Context, c Class) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO classes (code, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)`,
		c.Code, c.TokenHash, c.CreatedAt.Unix(), c.ExpiresAt.Unix())
	return conflictOr(err, "simpan kelas")
}

// Class implements Store.
func (s *SQLStore) Class(ctx context.Context, code string, now time.Time) (Class, error) {
	var c Class
	var created, expires int64
	err := s.db.QueryRowContext(ctx,
		`SELECT code, token_hash, created_at, expires_at FROM classes WHERE code = ? AND expires_at > ?`,
		code, now.Unix()).Scan(&c.Code, &c.TokenHash, &created, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return Class{}, ErrNotFound
	}
	if err != nil {
		return Class{}, fmt.Errorf("baca kelas: %w", err)
	}
	c.CreatedAt, c.ExpiresAt = time.Unix(created, 0).UTC(), time.Unix(expires, 0).UTC()
	return c, nil
}

// AddSubmission implements Store. The name is NULL when none was given, so
// "no name" is visible in the data, not just an empty string. The size check
// and the insert are one statement, so concurrent submissions cannot
// overfill a class even without a transaction.
func (s *SQLStore) AddSubmission(ctx context.Context, sub Submission, max int) error {
	var name any
	if sub.Name != "" {
		name = sub.Name
	}
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO submissions (id, class_code, name, scenario, created_at)
		 SELECT ?, ?, ?, ?, ? WHERE (SELECT count(*) FROM submissions WHERE class_code = ?) < ?`,
		sub.ID, sub.ClassCode, name, string(sub.Scenario), sub.CreatedAt.Unix(), sub.ClassCode, max)
	if err != nil {
		return conflictOr(err, "simpan kiriman")
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("simpan kiriman: %w", err)
	} else if n == 0 {
		return ErrClassFull
	}
	return nil
}

// Submissions implements Store.
func (s *SQLStore) Submissions(ctx context.Context, code string) ([]Submission, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT id, class_code, name, scenario, created_at FROM submissions WHERE class_code = ? ORDER BY seq`,
		code)
	if err != nil {
		return nil, fmt.Errorf("baca kiriman: %w", err)
	}
	defer rows.Close()
	var out []Submission
	for rows.Next() {
		var sub Submission
		var name sql.NullString
		var scenario string
		var created int64
		if err := rows.Scan(&sub.ID, &sub.ClassCode, &name, &scenario, &created); err != nil {
			return nil, fmt.Errorf("baca kiriman: %w", err)
		}
		sub.Name, sub.Scenario, sub.CreatedAt = name.String, []byte(scenario), time.Unix(created, 0).UTC()
		out = append(out, sub)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("baca kiriman: %w", err)
	}
	return out, nil
}

// CountWrite implements Store with one upsert, so concurrent writers never
// lose a count (no read-modify-write in Go).
func (s *SQLStore) CountWrite(ctx context.Context, client string, now time.Time) (int, error) {
	var n int64
	err := s.db.QueryRowContext(ctx,
		`INSERT INTO rate_limits (client, minute, count) VALUES (?, ?, 1)
		 ON CONFLICT (client, minute) DO UPDATE SET count = count + 1
		 RETURNING count`,
		client, now.Unix()/60).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("hitung penulisan: %w", err)
	}
	return int(n), nil
}

// DeleteExpired implements Store. Submissions go first: D1 offers no
// transaction, and deleting children first never leaves an orphan.
func (s *SQLStore) DeleteExpired(ctx context.Context, now time.Time) error {
	t := now.Unix()
	stmts := []struct {
		q   string
		arg int64
	}{
		{`DELETE FROM shares WHERE expires_at <= ?`, t},
		{`DELETE FROM submissions WHERE class_code IN (SELECT code FROM classes WHERE expires_at <= ?)`, t},
		{`DELETE FROM classes WHERE expires_at <= ?`, t},
		{`DELETE FROM rate_limits WHERE minute < ?`, t/60 - 1},
	}
	for _, st := range stmts {
		if _, err := s.db.ExecContext(ctx, st.q, st.arg); err != nil {
			return fmt.Errorf("hapus data kedaluwarsa: %w", err)
		}
	}
	return nil
}

// conflictOr maps a uniqueness violation to ErrConflict; both SQLite and D1
// report it with the SQLite message text.
func conflictOr(err error, what string) error {
	if err == nil {
		return nil
	}
	if strings.Contains(err.Error(), "UNIQUE constraint failed") {
		return fmt.Errorf("%s: %w", what, ErrConflict)
	}
	return fmt.Errorf("%s: %w", what, err)
}
