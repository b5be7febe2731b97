//go:build !wasm

package e2e

import (
	"os"
	"testing"

	"simkinerja/app/internal/browser"
)

// TestMain removes the app build the suites share.
func TestMain(m *testing.M) {
	code := m.Run()
	browser.Cleanup()
	os.Exit(code)
}
