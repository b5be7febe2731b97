//go:build !js

package worker

// The contract suite runs one table against two runtimes: the native handler
// over a real SQLite file (httptest on 127.0.0.1), and the js/wasm worker
// under `wrangler dev` (workerd) with local D1. This file starts both.

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// contractWriteLimit is the per-client write limit both runtimes run with in
// the contract suite: above what one test writes, low enough to reach.
const contractWriteLimit = 40

// testSecret is the client-key secret of the test servers.
const testSecret = "uji-rahasia-kunci-klien-0123456789abcdef"

// target is one running API.
type target struct {
	name   string
	base   string            // e.g. http://127.0.0.1:1234
	header map[string]string // added to every request (the client identity on wrangler)
	// rows runs a read-only SQL query against the target's database, to check
	// what is stored (privacy).
	rows func(t testing.TB, query string) []map[string]any
	// perClient reports whether requests can claim distinct clients.
	perClient bool
}

// nativeTarget starts the native handler over a fresh SQLite file.
func nativeTarget(t testing.TB, limit int) target {
	t.Helper()
	db, err := OpenSQLite(filepath.Join(t.TempDir(), "sub", "worker.db"))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/api/", New(NewSQLStore(db), Options{WriteLimit: limit, ClientSecret: []byte(testSecret), Logf: t.Logf}))
	srv := httptest.NewServer(mux)
	t.Cleanup(func() { srv.Close(); db.Close() })
	return target{
		name: "native",
		base: srv.URL,
		rows: func(t testing.TB, query string) []map[string]any { return sqlRows(t, db, query) },
	}
}

func sqlRows(t testing.TB, db *sql.DB, query string) []map[string]any {
	t.Helper()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []map[string]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		for i, c := range cols {
			if b, ok := vals[i].([]byte); ok {
				vals[i] = string(b)
			}
			m[c] = vals[i]
		}
		out = append(out, m)
	}
	return out
}

// wrangler is the shared `wrangler dev` process of this test binary.
var wrangler struct {
	once    sync.Once
	err     error
	skip    string
	base    string
	cfg     string
	state   string
	dir     string
	cmd     *exec.Cmd
	log     *bytes.Buffer
	clients atomic.Int64
}

// wranglerTarget returns the worker under wrangler dev, starting it on first
// use. Each call gets its own client address (CF-Connecting-IP, which local
// wrangler passes through), so rate limits of one test do not touch another.
func wranglerTarget(t testing.TB) target {
	t.Helper()
	wrangler.once.Do(startWrangler)
	if wrangler.skip != "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("wrangler is required in CI: %s", wrangler.skip)
		}
		t.Skipf("\n\n*** SKIPPING the workerd half of the contract suite: %s ***\n\n", wrangler.skip)
	}
	if wrangler.err != nil {
		t.Fatalf("wrangler dev: %v\n--- wrangler output ---\n%s", wrangler.err, wrangler.log)
	}
	n := wrangler.clients.Add(1)
	return target{
		name:      "wrangler",
		base:      wrangler.base,
		header:    map[string]string{"CF-Connecting-IP": fmt.Sprintf("198.51.100.%d", n%250+1)},
		rows:      wranglerRows,
		perClient: true,
	}
}

// repoRoot is the repository root (tests run in worker/).
func repoRoot() string {
	wd, _ := os.Getwd()
	return filepath.Dir(wd)
}

// wranglerEnv keeps wrangler offline and quiet.
func wranglerEnv() []string {
	return append(os.Environ(),
		"WRANGLER_SEND_METRICS=false",
		"CLOUDFLARE_CF_FETCH_ENABLED=false",
		"WRANGLER_HIDE_BANNER=true",
		"NO_UPDATE_NOTIFIER=1",
		"CI=1", // non-interactive: wrangler answers its own prompts
	)
}

func wranglerBin() string {
	return filepath.Join(repoRoot(), "worker", "node_modules", ".bin", "wrangler")
}

// ensureWrangler installs the pinned wrangler with npm when it is missing.
func ensureWrangler() (skip string, err error) {
	if _, err := os.Stat(wranglerBin()); err == nil {
		return "", nil
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		return "npm is not installed, so wrangler cannot be installed", nil
	}
	cmd := exec.Command(npm, "ci", "--no-audit", "--no-fund")
	cmd.Dir = filepath.Join(repoRoot(), "worker")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Sprintf("npm ci in worker/ failed: %v\n%s", err, out), nil
	}
	return "", nil
}

func startWrangler() {
	skip, err := ensureWrangler()
	if skip != "" || err != nil {
		wrangler.skip, wrangler.err = skip, err
		return
	}
	wrangler.log = &bytes.Buffer{}
	dir, err := os.MkdirTemp("", "simkinerja-wrangler-")
	if err != nil {
		wrangler.err = err
		return
	}
	wrangler.dir = dir
	root := repoRoot()
	build := filepath.Join(dir, "build")
	// Build into a private folder so a `make worker-dev` running alongside is
	// untouched; the workertest tag adds the panic route (testroute.go).
	cmd := exec.Command(filepath.Join(root, "worker", "build.sh"))
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "WORKER_BUILD="+build, "WORKER_TAGS=workertest")
	if out, err := cmd.CombinedOutput(); err != nil {
		wrangler.err = fmt.Errorf("worker/build.sh: %v\n%s", err, out)
		return
	}
	cfg, err := testConfig(root, build)
	if err != nil {
		wrangler.err = err
		return
	}
	wrangler.cfg = filepath.Join(dir, "wrangler.toml")
	wrangler.state = filepath.Join(dir, "state")
	if err := os.WriteFile(wrangler.cfg, []byte(cfg), 0o644); err != nil {
		wrangler.err = err
		return
	}
	mig := exec.Command(wranglerBin(), "d1", "migrations", "apply", "DB", "--local",
		"--config", wrangler.cfg, "--persist-to", wrangler.state)
	mig.Env = wranglerEnv()
	if out, err := mig.CombinedOutput(); err != nil {
		wrangler.err = fmt.Errorf("d1 migrations apply: %v\n%s", err, out)
		return
	}
	port, inspector := freePort(), freePort()
	dev := exec.Command(wranglerBin(), "dev", "--local", "--config", wrangler.cfg,
		"--ip", "127.0.0.1", "--port", port, "--inspector-port", inspector,
		"--persist-to", wrangler.state, "--show-interactive-dev-session=false",
		"--test-scheduled", // GET /__scheduled runs the Cron Trigger's handler
		"--var", fmt.Sprintf("%s:%d", WriteLimitEnv, contractWriteLimit),
		"--var", SecretEnv+":"+testSecret)
	dev.Env = wranglerEnv()
	dev.Stdout, dev.Stderr = syncWriter{wrangler.log}, syncWriter{wrangler.log}
	dev.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // so stopWrangler ends workerd too
	if err := dev.Start(); err != nil {
		wrangler.err = err
		return
	}
	wrangler.cmd = dev
	wrangler.base = "http://127.0.0.1:" + port
	deadline := time.Now().Add(120 * time.Second)
	for time.Now().Before(deadline) {
		res, err := http.Get(wrangler.base + "/api/health")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	wrangler.err = fmt.Errorf("no healthy /api/health within 120 s")
}

// stopWrangler ends the process group this test binary started.
func stopWrangler() {
	if wrangler.cmd != nil && wrangler.cmd.Process != nil {
		pgid := wrangler.cmd.Process.Pid
		_ = syscall.Kill(-pgid, syscall.SIGTERM)
		done := make(chan struct{})
		go func() { wrangler.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = syscall.Kill(-pgid, syscall.SIGKILL)
		}
	}
	if wrangler.dir != "" {
		os.RemoveAll(wrangler.dir)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	stopWrangler()
	os.Exit(code)
}

// testConfig is the repository's wrangler.toml with its [build] section
// removed (the test builds first; no file watcher may restart the worker
// mid-test when someone edits the tree) and its paths made absolute.
func testConfig(root, build string) (string, error) {
	src, err := os.ReadFile(filepath.Join(root, "wrangler.toml"))
	if err != nil {
		return "", err
	}
	var out []string
	inBuild := false
	pathKey := regexp.MustCompile(`^(main|directory|migrations_dir)\s*=\s*"([^"]*)"`)
	for _, line := range strings.Split(string(src), "\n") {
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "[") {
			inBuild = trim == "[build]"
		}
		if inBuild {
			continue
		}
		if m := pathKey.FindStringSubmatch(trim); m != nil {
			p := filepath.Join(root, m[2])
			if m[1] == "main" {
				p = filepath.Join(build, filepath.Base(m[2]))
			}
			line = fmt.Sprintf("%s = %q", m[1], p)
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n"), nil
}

// wranglerRows reads the local D1 database through wrangler itself.
func wranglerRows(t testing.TB, query string) []map[string]any {
	t.Helper()
	cmd := exec.Command(wranglerBin(), "d1", "execute", "DB", "--local", "--json",
		"--config", wrangler.cfg, "--persist-to", wrangler.state, "--command", query)
	cmd.Env = wranglerEnv()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("wrangler d1 execute %q: %v\n%s", query, err, out)
	}
	var res []struct {
		Results []map[string]any `json:"results"`
	}
	if err := json.Unmarshal(out, &res); err != nil || len(res) == 0 {
		t.Fatalf("wrangler d1 execute output: %v\n%s", err, out)
	}
	return res[0].Results
}

func freePort() string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer l.Close()
	return fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
}

// wranglerLog is wrangler's output so far.
func wranglerLog() string {
	logMu.Lock()
	defer logMu.Unlock()
	return wrangler.log.String()
}

type syncWriter struct{ b *bytes.Buffer }

var logMu sync.Mutex

func (w syncWriter) Write(p []byte) (int, error) {
	logMu.Lock()
	defer logMu.Unlock()
	return w.b.Write(p)
}

// response is a finished HTTP exchange.
type response struct {
	status int
	header http.Header
	body   []byte
}

// do sends one request to tg.
func (tg target) do(t testing.TB, method, path string, header map[string]string, body []byte) response {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
		if header[chunked] != "" {
			// A reader of unknown length: the client sends no
			// Content-Length, only chunks.
			rd = io.MultiReader(rd)
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, tg.base+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range tg.header {
		req.Header.Set(k, v)
	}
	for k, v := range header {
		if k != chunked {
			req.Header.Set(k, v)
		}
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", method, path, err)
	}
	return response{status: res.StatusCode, header: res.Header, body: data}
}
