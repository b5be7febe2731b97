//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"simkinerja/app/internal/browser"
)

// goApp is the go-app module both apps use; the bare app takes it stock.
const goApp = "github.com/maxence-charriere/go-app/v10"

// bareModule copies the bare hello-world (testdata/app/bare) into a module of
// its own under dir, requiring go-app v10.1.11 from the module cache. The
// repository's go.mod replaces go-app with the patched copy in
// app/third_party/go-app; the bare app is the stock reference, so it must not
// see that replace. go.sum is the repository's: it already holds the hashes
// of go-app and what it requires.
func bareModule(root, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	src := filepath.Join(root, "testdata", "app", "bare")
	files, err := filepath.Glob(filepath.Join(src, "*.go"))
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := copyFile(f, filepath.Join(dir, filepath.Base(f))); err != nil {
			return err
		}
	}
	version, err := goAppVersion(root)
	if err != nil {
		return err
	}
	mod := fmt.Sprintf("module bare\n\ngo 1.26.0\n\nrequire %s %s\n", goApp, version)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		return err
	}
	return copyFile(filepath.Join(root, "go.sum"), filepath.Join(dir, "go.sum"))
}

// goAppVersion is the go-app version the repository requires (the replace
// keeps the version: the copy is of that release).
func goAppVersion(root string) (string, error) {
	out, err := goCmd(context.Background(), root, nil, "list", "-m", "-f", "{{.Version}}", goApp)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(out), nil
}

// goAppDir is the folder go-app is compiled from in module dir: the module
// cache for the bare app, app/third_party/go-app for ours.
func goAppDir(ctx context.Context, dir string) (string, error) {
	out, err := goCmd(ctx, dir, nil, "list", "-m", "-f", "{{if .Replace}}{{.Replace.Dir}}{{else}}{{.Dir}}{{end}}", goApp)
	return strings.TrimSpace(out), err
}

// buildBare compiles the bare app (wasm with the release flags, and its
// server) in its own module under dir.
func buildBare(ctx context.Context, root, dir, wasm, server string) error {
	if err := bareModule(root, dir); err != nil {
		return err
	}
	// -mod=mod lets go add go-app's indirect requirements to the small go.mod.
	env := []string{goFlags(), "GOWORK=off"}
	if err := browser.GoBuild(ctx, dir, append(env, "GOOS=js", "GOARCH=wasm"), append(append([]string{}, browser.BuildFlags...), "-o", wasm, ".")...); err != nil {
		return err
	}
	return browser.GoBuild(ctx, dir, env, "-o", server, ".")
}

// goCmd runs the go command in dir with env added and returns its stdout.
func goCmd(ctx context.Context, dir string, env []string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOWORK=off", goFlags()), env...)
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return "", fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, ee.Stderr)
		}
		return "", fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
	}
	return string(out), nil
}

// goFlags is GOFLAGS with -mod=mod added (the last -mod wins).
func goFlags() string {
	return "GOFLAGS=" + strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod")
}
