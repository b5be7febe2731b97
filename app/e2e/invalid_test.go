//go:build !wasm

package e2e

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/chromedp/chromedp"
	_ "modernc.org/sqlite" // to age a stored submission the way a rule change does
)

// invalidSubmissionListed makes one stored submission of the class invalid,
// as a later rule change would (the worker recomputes every submission on
// each read), and checks the trainer's table still lists it, with the
// worker's reason, while the figures leave it out.
func invalidSubmissionListed(alice *env, dir, code string) error {
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "api.db")+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	defer db.Close()
	const old = `{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":13}]}`
	res, err := db.Exec(`UPDATE submissions SET scenario = ? WHERE seq = (SELECT MIN(seq) FROM submissions WHERE class_code = ?)`, old, code)
	if err != nil {
		return fmt.Errorf("aging a submission: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("aged %d submissions, want 1", n)
	}
	if err := alice.open("/kelas/" + code); err != nil {
		return err
	}
	if err := alice.run(chromedp.WaitVisible(`[data-testid="kelas-masalah"]`, chromedp.ByQuery)); err != nil {
		return fmt.Errorf("invalid submission not listed: %w", err)
	}
	reason, err := alice.text("kelas-masalah")
	if err != nil {
		return err
	}
	if !strings.Contains(reason, "tidak lagi valid") {
		return fmt.Errorf("reason %q", reason)
	}
	var rows int
	if err := alice.eval(`document.querySelectorAll('[data-testid="kelas-row"]').length`, &rows); err != nil {
		return err
	}
	if rows != 2 {
		return fmt.Errorf("%d rows, want both submissions listed", rows)
	}
	if err := alice.waitText("kelas-count", "1"); err != nil {
		return fmt.Errorf("figures must leave the invalid submission out: %w", err)
	}
	alice.shot("kelas-tidak-valid")
	return alice.run(chromedp.WaitVisible(`[data-testid="kelas-tidak-valid"]`, chromedp.ByQuery))
}
