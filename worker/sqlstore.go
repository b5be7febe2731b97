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
	db  *sql.DB // reads
	wdb *sql.DB // writes
}

// NewSQLStore wraps an open database whose schema is migrated.
func NewSQLStore(db *sql.DB) *SQLStore { return &SQLStore{db: db, wdb: db} }

// NewSQLStoreRW reads through read and writes through write, two handles on
// one database. For SQLite a write handle of one connection queues writers
// in Go instead of in SQLite's busy handler, whose sleeps made the slowest
// writes under load take seconds; reads stay concurrent (WAL).
func NewSQLStoreRW(read, write *sql.DB) *SQLStore { return &SQLStore{db: read, wdb: write} }

// CreateShare implements Store.
func (s *SQLStore) CreateShare(ctx context.Context, sh Share) error {
	_, err := s.wdb.ExecContext(ctx,
		`INSERT INTO shares (id, scenario, created_at, expires_at) VALUES (?, ?, ?, ?)`,
		sh.ID, string(sh.Scenario), sh.CreatedAt.Unix(), sh.ExpiresAt.Unix())
	return writeErr(err, "simpan tautan")
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
	_, err := s.wdb.ExecContext(ctx,
		`INSERT INTO classes (code, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)`,
		c.Code, c.TokenHash, c.CreatedAt.Unix(), c.ExpiresAt.Unix())
	return writeErr(err, "simpan kelas")
}

// Class implements Store.
func (s *SQLStore) Class(ctx context.Context, code string, now time.Time) (Class, error) {
	var c Class
	var created, expires int64
	var closed sql.NullInt64
	err := s.db.QueryRowContext(ctx,
		`SELECT code, token_hash, created_at, expires_at, closed_at FROM classes WHERE code = ? AND expires_at > ?`,
		code, now.Unix()).Scan(&c.Code, &c.TokenHash, &created, &expires, &closed)
	if errors.Is(err, sql.ErrNoRows) {
		return Class{}, ErrNotFound
	}
	if err != nil {
		return Class{}, fmt.Errorf("baca kelas: %w", err)
	}
	c.CreatedAt, c.ExpiresAt = time.Unix(created, 0).UTC(), time.Unix(expires, 0).UTC()
	if closed.Valid {
		c.ClosedAt = time.Unix(closed.Int64, 0).UTC()
	}
	return c, nil
}

// SetClassClosed implements Store.
func (s *SQLStore) SetClassClosed(ctx context.Context, code string, closed bool, now time.Time) error {
	var at any
	if closed {
		at = now.Unix()
	}
	res, err := s.wdb.ExecContext(ctx,
		`UPDATE classes SET closed_at = ? WHERE code = ? AND expires_at > ?`, at, code, now.Unix())
	if err != nil {
		return writeErr(err, "ubah kelas")
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("ubah kelas: %w", err)
	} else if n == 0 {
		return ErrNotFound
	}
	return nil
}

// AddSubmission implements Store. The name is NULL when none was given, so
// "no name" is visible in the data, not just an empty string. The class
// check, the size check and the insert (or the replacement of the row with
// the same idempotency key) are one statement, so concurrent submissions can
// neither overfill a class nor land in a closed one, without a transaction.
// (The WHERE clause also keeps SQLite from reading ON CONFLICT as a join.)
func (s *SQLStore) AddSubmission(ctx context.Context, sub Submission, max int) (string, bool, error) {
	var name, idem any
	if sub.Name != "" {
		name = sub.Name
	}
	if sub.Idem != "" {
		idem = sub.Idem
	}
	t := sub.CreatedAt.Unix()
	var id string
	var updated sql.NullInt64
	err := s.wdb.QueryRowContext(ctx,
		`INSERT INTO submissions (id, class_code, name, scenario, created_at, idem)
		 SELECT ?, ?, ?, ?, ?, ?
		 WHERE EXISTS (SELECT 1 FROM classes WHERE code = ? AND expires_at > ? AND closed_at IS NULL)
		   AND ((SELECT count(*) FROM submissions WHERE class_code = ?) < ?
		        OR EXISTS (SELECT 1 FROM submissions WHERE class_code = ? AND idem = ?))
		 ON CONFLICT (class_code, idem) DO UPDATE
		   SET name = excluded.name, scenario = excluded.scenario, updated_at = excluded.created_at
		 RETURNING id, updated_at`,
		sub.ID, sub.ClassCode, name, string(sub.Scenario), t, idem,
		sub.ClassCode, t,
		sub.ClassCode, max,
		sub.ClassCode, idem).Scan(&id, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		// Nothing written: tell a missing/closed class from a full one.
		if _, err := s.openClass(ctx, sub.ClassCode, sub.CreatedAt); err != nil {
			return "", false, err
		}
		return "", false, ErrClassFull
	}
	if err != nil {
		return "", false, writeErr(err, "simpan kiriman")
	}
	return id, updated.Valid, nil
}

func (s *SQLStore) openClass(ctx context.Context, code string, now time.Time) (Class, error) {
	c, err := s.Class(ctx, code, now)
	if err == nil && !c.ClosedAt.IsZero() {
		return Class{}, ErrNotFound
	}
	return c, err
}

// DeleteSubmission implements Store.
func (s *SQLStore) DeleteSubmission(ctx context.Context, code, id string) error {
	res, err := s.wdb.ExecContext(ctx, `DELETE FROM submissions WHERE class_code = ? AND id = ?`, code, id)
	if err != nil {
		return writeErr(err, "hapus kiriman")
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("hapus kiriman: %w", err)
	} else if n == 0 {
		return ErrNotFound
	}
	return nil
}

// Submissions implements Store.
func (s *SQLStore) Submissions(ctx context.Context, code string) ([]Submission, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT id, class_code, name, scenario, created_at, updated_at FROM submissions WHERE class_code = ? ORDER BY seq`,
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
		var updated sql.NullInt64
		if err := rows.Scan(&sub.ID, &sub.ClassCode, &name, &scenario, &created, &updated); err != nil {
			return nil, fmt.Errorf("baca kiriman: %w", err)
		}
		sub.Name, sub.Scenario, sub.CreatedAt = name.String, []byte(scenario), time.Unix(created, 0).UTC()
		if updated.Valid {
			sub.UpdatedAt = time.Unix(updated.Int64, 0).UTC()
		}
		out = append(out, sub)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("baca kiriman: %w", err)
	}
	return out, nil
}

// Counters implements Store.
func (s *SQLStore) Counters(ctx context.Context, key string, from, to int64) (map[int64]Counter, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT win, n, bytes FROM counters WHERE key = ? AND win BETWEEN ? AND ?`, key, from, to)
	if err != nil {
		return nil, fmt.Errorf("baca penghitung: %w", err)
	}
	defer rows.Close()
	out := map[int64]Counter{}
	for rows.Next() {
		var win int64
		var c Counter
		if err := rows.Scan(&win, &c.N, &c.Bytes); err != nil {
			return nil, fmt.Errorf("baca penghitung: %w", err)
		}
		out[win] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("baca penghitung: %w", err)
	}
	return out, nil
}

// Charge implements Store with one conditional upsert of all rows, so
// concurrent requests never lose a count and never pass a cap together (no
// read-modify-write in Go), and a write costs one commit for all its
// counters. The INSERT path is taken only for a window's first request,
// which the caller has checked against the caps.
func (s *SQLStore) Charge(ctx context.Context, charges ...Charge) (bool, error) {
	if len(charges) == 0 {
		return true, nil
	}
	var q strings.Builder
	var args []any
	q.WriteString(`INSERT INTO counters (key, win, n, bytes, expires) VALUES `)
	for i, c := range charges {
		if c.Add.N > c.CapN || c.Add.Bytes > c.CapBytes {
			return false, nil
		}
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("(?, ?, ?, ?, ?)")
		args = append(args, c.Key, c.Win, c.Add.N, c.Add.Bytes, c.Expires.Unix())
	}
	q.WriteString(` ON CONFLICT (key, win) DO UPDATE SET n = n + excluded.n, bytes = bytes + excluded.bytes WHERE CASE excluded.key`)
	for _, c := range charges {
		q.WriteString(` WHEN ? THEN n + excluded.n <= ? AND bytes + excluded.bytes <= ?`)
		args = append(args, c.Key, c.CapN, c.CapBytes)
	}
	q.WriteString(` ELSE 0 END RETURNING key`)
	rows, err := s.wdb.QueryContext(ctx, q.String(), args...)
	if err != nil {
		return false, writeErr(err, "hitung")
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
	}
	if err := rows.Err(); err != nil {
		return false, writeErr(err, "hitung")
	}
	return n == len(charges), nil
}

// deleteBatch bounds one DELETE, so a large backlog never makes one D1
// query run into its time limit; DeleteExpired repeats until done.
const deleteBatch = 500

// DeleteExpired implements Store. Submissions go before their classes: D1
// offers no transaction, and deleting children first never leaves an orphan.
func (s *SQLStore) DeleteExpired(ctx context.Context, now time.Time) (int64, error) {
	t := now.Unix()
	stmts := []string{
		`DELETE FROM shares WHERE id IN (SELECT id FROM shares WHERE expires_at <= ? LIMIT 500)`,
		`DELETE FROM submissions WHERE seq IN (SELECT s.seq FROM submissions s JOIN classes c ON c.code = s.class_code WHERE c.expires_at <= ? LIMIT 500)`,
		`DELETE FROM classes WHERE code IN (SELECT code FROM classes WHERE expires_at <= ? AND NOT EXISTS (SELECT 1 FROM submissions WHERE class_code = code) LIMIT 500)`,
		`DELETE FROM counters WHERE rowid IN (SELECT rowid FROM counters WHERE expires <= ? LIMIT 500)`,
	}
	var total int64
	for _, q := range stmts {
		for {
			if err := ctx.Err(); err != nil {
				return total, err
			}
			res, err := s.wdb.ExecContext(ctx, q, t)
			if err != nil {
				return total, fmt.Errorf("hapus data kedaluwarsa: %w", err)
			}
			n, err := res.RowsAffected()
			if err != nil {
				return total, fmt.Errorf("hapus data kedaluwarsa: %w", err)
			}
			total += n
			if n < deleteBatch {
				break
			}
		}
	}
	return total, nil
}

// writeErr names what failed and maps the database's refusals to the Store
// errors: a uniqueness violation, a full or read-only database. SQLite and
// D1 report them with SQLite's message text (D1 adds its own for its size
// limit).
func writeErr(err error, what string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "UNIQUE constraint failed"):
		return fmt.Errorf("%s: %w", what, ErrConflict)
	case strings.Contains(msg, "database or disk is full"), strings.Contains(msg, "SQLITE_FULL"),
		strings.Contains(msg, "maximum database size"), strings.Contains(msg, "Exceeded maximum DB size"):
		return fmt.Errorf("%s: %w (%v)", what, ErrStoreFull, err)
	case strings.Contains(msg, "readonly database"), strings.Contains(msg, "SQLITE_READONLY"):
		return fmt.Errorf("%s: %w (%v)", what, ErrReadOnly, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}
