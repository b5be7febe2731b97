//go:build !js

package worker

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
)

// migrations are the same files wrangler applies to D1.
//
//go:embed migrations/*.sql
var migrations embed.FS

// Migrate applies the migrations in worker/migrations that db has not seen,
// in file-name order, recording each in d1_migrations — the table and
// columns wrangler uses, so a database can move between the two.
func Migrate(ctx context.Context, db *sql.DB) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS d1_migrations(
		id         INTEGER PRIMARY KEY AUTOINCREMENT,
		name       TEXT UNIQUE,
		applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
	)`); err != nil {
		return fmt.Errorf("migrasi: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, path := range names {
		name := path[len("migrations/"):]
		if err := applyMigration(ctx, db, name, path); err != nil {
			return err
		}
	}
	return nil
}

func applyMigration(ctx context.Context, db *sql.DB, name, path string) error {
	script, err := migrations.ReadFile(path)
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrasi %s: %w", name, err)
	}
	defer tx.Rollback()
	var seen int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM d1_migrations WHERE name = ?`, name).Scan(&seen); err != nil {
		return fmt.Errorf("migrasi %s: %w", name, err)
	}
	if seen > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, string(script)); err != nil {
		return fmt.Errorf("migrasi %s: %w", name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO d1_migrations (name) VALUES (?)`, name); err != nil {
		return fmt.Errorf("migrasi %s: %w", name, err)
	}
	return tx.Commit()
}
