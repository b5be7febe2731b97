//go:build !wasm

package browser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// BuildFlags are the release flags of app.wasm (the same for the bare app).
// Everything is compiled without inlining (-gcflags=all=-l): inlined copies
// of small helpers in our packages, go-app and the standard library made
// app.wasm about 110 KB brotli larger, and the phone-profile start-up in
// make bench did not get slower without them. The goapp_noserver tag leaves
// go-app's server side (Handler, net/http, crypto/tls) out of the client,
// goapp_nocrypto its encryption of persisted state (app/third_party/go-app;
// a stock go-app ignores both tags). Keep in step with
// APP_BUILD_FLAGS in app/app.mk (app/cmd/appbench's tests check both).
var BuildFlags = []string{"-trimpath", "-ldflags=-s -w", "-gcflags=all=-l", "-tags=goapp_noserver,goapp_nocrypto"}

// Root finds the module root (the folder with go.mod) from the working directory.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod tidak ditemukan")
		}
		dir = parent
	}
}

// GoBuild runs go build in root with env added.
func GoBuild(ctx context.Context, root string, env []string, args ...string) error {
	cmd := exec.CommandContext(ctx, "go", append([]string{"build"}, args...)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %w\n%s", strings.Join(args, " "), err, out)
	}
	return nil
}

// BuildWasm compiles pkg for js/wasm with BuildFlags into out.
func BuildWasm(ctx context.Context, root, pkg, out string) error {
	args := append(append([]string{}, BuildFlags...), "-o", out, pkg)
	return GoBuild(ctx, root, []string{"GOOS=js", "GOARCH=wasm"}, args...)
}

// PelatihTag is the build tag of pelatih.wasm, the trainer's, print and sharing
// screens (app/bundle.go); APP_PELATIH_FLAGS in app/app.mk adds it.
const PelatihTag = "pelatih"

// PelatihFlags are BuildFlags with PelatihTag added to the build tags.
func PelatihFlags() []string {
	out := make([]string, 0, len(BuildFlags)+1)
	tagged := false
	for _, f := range BuildFlags {
		if tags, ok := strings.CutPrefix(f, "-tags="); ok {
			f, tagged = "-tags="+tags+","+PelatihTag, true
		}
		out = append(out, f)
	}
	if !tagged {
		out = append(out, "-tags="+PelatihTag)
	}
	return out
}

// BuildPelatihWasm compiles pkg for js/wasm with PelatihFlags into out.
func BuildPelatihWasm(ctx context.Context, root, pkg, out string) error {
	args := append(PelatihFlags(), "-o", out, pkg)
	return GoBuild(ctx, root, []string{"GOOS=js", "GOARCH=wasm"}, args...)
}

// App is a build of the PWA in a private folder: the server binary and a web
// folder holding app.wasm and pelatih.wasm (with .br/.gz), app.css and the
// icons.
type App struct {
	Root, Dir, Web, Server string
}

// cache holds the one build of a test process: several suites in one
// package then share it instead of compiling the wasm each time.
var cache struct {
	sync.Mutex
	app *App
}

// BuildApp gives dir its own copy of the app built from the working tree;
// the build itself happens once per process (see Cleanup).
func BuildApp(ctx context.Context, dir string) (*App, error) {
	cache.Lock()
	defer cache.Unlock()
	if cache.app == nil {
		tmp, err := os.MkdirTemp("", "simkinerja-build-")
		if err != nil {
			return nil, err
		}
		a, err := build(ctx, tmp)
		if err != nil {
			os.RemoveAll(tmp)
			return nil, err
		}
		cache.app = a
	}
	a := &App{Root: cache.app.Root, Dir: dir, Web: filepath.Join(dir, "web"), Server: filepath.Join(dir, "simkinerja")}
	if err := os.MkdirAll(a.Web, 0o755); err != nil {
		return nil, err
	}
	files, err := os.ReadDir(cache.app.Web)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if err := copyFile(filepath.Join(cache.app.Web, f.Name()), filepath.Join(a.Web, f.Name())); err != nil {
			return nil, err
		}
	}
	if err := copyFile(cache.app.Server, a.Server); err != nil {
		return nil, err
	}
	return a, os.Chmod(a.Server, 0o755)
}

// Cleanup removes the shared build; call it from TestMain after m.Run.
func Cleanup() {
	cache.Lock()
	defer cache.Unlock()
	if cache.app != nil {
		os.RemoveAll(cache.app.Dir)
		cache.app = nil
	}
}

// build compiles the app from the working tree into dir.
func build(ctx context.Context, dir string) (*App, error) {
	root, err := Root()
	if err != nil {
		return nil, err
	}
	a := &App{Root: root, Dir: dir, Web: filepath.Join(dir, "web"), Server: filepath.Join(dir, "simkinerja")}
	if err := os.MkdirAll(a.Web, 0o755); err != nil {
		return nil, err
	}
	errc := make(chan error, 4)
	go func() { errc <- BuildWasm(ctx, root, "./app/cmd/simkinerja", filepath.Join(a.Web, "app.wasm")) }()
	go func() {
		errc <- BuildPelatihWasm(ctx, root, "./app/cmd/simkinerja", filepath.Join(a.Web, "pelatih.wasm"))
	}()
	go func() { errc <- GoBuild(ctx, root, nil, "-o", a.Server, "./app/cmd/simkinerja") }()
	go func() { errc <- GoBuild(ctx, root, nil, "-o", filepath.Join(dir, "wasmpack"), "./app/cmd/wasmpack") }()
	for range 4 {
		if err := <-errc; err != nil {
			return nil, err
		}
	}
	icons := exec.CommandContext(ctx, "go", "run", "./app/cmd/icons", "-o", a.Web)
	icons.Dir = root
	if out, err := icons.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("icons: %w\n%s", err, out)
	}
	// Every stylesheet the handler links (app.css, screens.css, …) and
	// script (wasm-compile.js, wasm-rehearse.js): the service worker caches
	// them at install.
	for _, glob := range []string{"*.css", "*.js"} {
		files, err := filepath.Glob(filepath.Join(root, "web", glob))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if err := copyFile(f, filepath.Join(a.Web, filepath.Base(f))); err != nil {
				return nil, err
			}
		}
	}
	pack := exec.CommandContext(ctx, filepath.Join(dir, "wasmpack"), filepath.Join(a.Web, "app.wasm"), filepath.Join(a.Web, "pelatih.wasm"))
	if out, err := pack.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("wasmpack: %w\n%s", err, out)
	}
	return a, nil
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

// Server is a running app server process.
type Server struct {
	URL  string
	cmd  *exec.Cmd
	log  *bytes.Buffer
	done chan struct{} // closed when the process has exited
	err  error
}

// FreeAddr returns a free 127.0.0.1 address.
func FreeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// Start runs the server on addr announcing version, with its database in the
// app's folder, and waits until it answers.
func (a *App) Start(addr, version string) (*Server, error) {
	s := &Server{URL: "http://" + addr, log: &bytes.Buffer{}, done: make(chan struct{})}
	s.cmd = exec.Command(a.Server, "-addr", addr, "-web", a.Web, "-db", filepath.Join(a.Dir, "api.db"), "-version", version)
	s.cmd.Stdout, s.cmd.Stderr = s.log, s.log
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	go func() { s.err = s.cmd.Wait(); close(s.done) }()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			return nil, fmt.Errorf("server berhenti: %v\n%s", s.err, s.log)
		default:
		}
		resp, err := http.Get(s.URL + "/")
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.Stop()
	return nil, fmt.Errorf("server tidak menjawab di %s\n%s", addr, s.log)
}

// Stop ends the server process and waits for it.
func (s *Server) Stop() {
	if s.cmd.Process != nil {
		s.cmd.Process.Signal(os.Interrupt)
		select {
		case <-s.done:
		case <-time.After(5 * time.Second):
			s.cmd.Process.Kill()
			<-s.done
		}
	}
}

// Log returns what the server printed.
func (s *Server) Log() string { return s.log.String() }
