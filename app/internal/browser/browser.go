//go:build !wasm

// Package browser starts real headless Chromium for the e2e tests and the
// start-up benchmark, installing it with apt-get when it is missing, and
// builds and serves the app under test.
package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"time"

	"github.com/chromedp/chromedp"
)

var (
	installOnce sync.Once
	installErr  error
	execPath    string
)

// Chromium returns the path of the chromium binary, installing the Debian
// packages chromium and chromium-driver when it is missing (CI runs on a
// clean machine as root).
func Chromium() (string, error) {
	installOnce.Do(func() {
		for _, name := range []string{"chromium", "chromium-browser"} {
			if p, err := exec.LookPath(name); err == nil {
				execPath = p
				return
			}
		}
		if os.Geteuid() != 0 {
			installErr = errors.New("chromium tidak ditemukan dan instalasi otomatis butuh root: apt-get install -y chromium chromium-driver")
			return
		}
		for _, args := range [][]string{
			{"apt-get", "update"},
			{"apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"},
		} {
			cmd := exec.Command(args[0], args[1:]...)
			cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
			if out, err := cmd.CombinedOutput(); err != nil {
				installErr = fmt.Errorf("%v: %w\n%s", args, err, out)
				return
			}
		}
		execPath, installErr = exec.LookPath("chromium")
	})
	return execPath, installErr
}

// New starts a headless Chromium with a fresh profile in userDataDir and the
// project's flags (COMMON.md). The returned cancel stops the browser.
func New(parent context.Context, userDataDir string) (context.Context, context.CancelFunc, error) {
	path, err := Chromium()
	if err != nil {
		return nil, nil, err
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.UserDataDir(userDataDir),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.WindowSize(390, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(parent, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	if err := chromedp.Run(bctx); err != nil {
		cancelBrowser()
		cancelAlloc()
		return nil, nil, fmt.Errorf("chromium tidak dapat dijalankan: %w", err)
	}
	stop := func() {
		// Close gracefully first (bounded): a killed Chromium leaves helper
		// processes writing into userDataDir, which made t.TempDir's cleanup
		// fail now and then ("directory not empty").
		cctx, cancel := context.WithTimeout(bctx, 10*time.Second)
		_ = chromedp.Cancel(cctx)
		cancel()
		cancelBrowser()
		cancelAlloc()
	}
	return bctx, stop, nil
}
