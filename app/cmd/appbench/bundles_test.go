//go:build !wasm

package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"simkinerja/app/internal/browser"
)

// TestBundlesLinkTheirScreens: app.wasm, the teacher's first download, links
// none of the trainer's and print screens (presentasi, kelas, ringkasan);
// pelatih.wasm links them and none of the teacher's screens. Both are built
// with the release flags but keep their function names (no -s -w), and the
// names of the screens' methods are looked up in the wasm's name section.
func TestBundlesLinkTheirScreens(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two wasm files")
	}
	root, err := browser.Root()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()
	named := func(flags []string) []string {
		return slices.DeleteFunc(slices.Clone(flags), func(f string) bool { return strings.HasPrefix(f, "-ldflags=") })
	}
	builds := []struct {
		name  string
		flags []string
	}{{"app.wasm", named(browser.BuildFlags)}, {"pelatih.wasm", named(browser.PelatihFlags())}}
	funcs := map[string][]string{}
	for _, b := range builds {
		out := filepath.Join(dir, b.name)
		if err := browser.GoBuild(ctx, root, []string{"GOOS=js", "GOARCH=wasm"}, append(b.flags, "-o", out, "./app/cmd/simkinerja")...); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if funcs[b.name], err = wasmFuncNames(raw); err != nil {
			t.Fatalf("%s: %v", b.name, err)
		}
	}
	// Methods of a screen's component: the wasm's names write
	// simkinerja/app.(*presentasi).Render as simkinerja_app.__presentasi_.Render.
	pelatih := []string{"presentasi", "kelas", "ringkasan", "bagikan"}
	guru := []string{"beranda", "simulasi", "karier", "siklus", "shared"}
	links := func(wasm, screen string) bool {
		prefix := "simkinerja_app.__" + screen + "_."
		return slices.ContainsFunc(funcs[wasm], func(n string) bool { return strings.HasPrefix(n, prefix) })
	}
	for _, s := range pelatih {
		if links("app.wasm", s) {
			t.Errorf("app.wasm links the %s screen; it belongs in pelatih.wasm (app/bundle.go)", s)
		}
		if !links("pelatih.wasm", s) {
			t.Errorf("pelatih.wasm does not link the %s screen", s)
		}
	}
	for _, s := range guru {
		if !links("app.wasm", s) {
			t.Errorf("app.wasm does not link the %s screen", s)
		}
		if links("pelatih.wasm", s) {
			t.Errorf("pelatih.wasm links the teacher's %s screen", s)
		}
	}
}

// TestPelatihFlagsInStep: make app-wasm builds pelatih.wasm with the flags
// the e2e and bench builds use (browser.PelatihFlags).
func TestPelatihFlagsInStep(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make not installed")
	}
	root, err := browser.Root()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("make", "-s", "-n", "app-wasm")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("make -n app-wasm: %v", err)
	}
	want := "go build " + strings.Join(browser.PelatihFlags(), " ") + " -o build/pelatih.wasm.new ./app/cmd/simkinerja"
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "pelatih.wasm.new ./app") {
			if got := strings.ReplaceAll(line, `"`, ""); !strings.Contains(got, want) {
				t.Errorf("make app-wasm builds pelatih.wasm with\n%s\nwant\n%s", got, want)
			}
			return
		}
	}
	t.Errorf("make app-wasm does not build pelatih.wasm:\n%s", out)
}

// wasmFuncNames reads the function names of a wasm module's "name" custom
// section (subsection 1), which Go writes unless linked with -s.
func wasmFuncNames(b []byte) ([]string, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New("not a wasm module")
	}
	r := &wasmReader{b: b, i: 8}
	for r.i < len(b) {
		id := r.byte()
		size := int(r.uleb())
		end := r.i + size
		if r.err != nil || end > len(b) {
			return nil, errors.New("truncated section")
		}
		if id == 0 && r.name() == "name" {
			for r.i < end && r.err == nil {
				sub, subSize := r.byte(), int(r.uleb())
				subEnd := r.i + subSize
				if sub != 1 {
					r.i = subEnd
					continue
				}
				n := int(r.uleb())
				names := make([]string, 0, n)
				for range n {
					r.uleb() // function index
					names = append(names, r.name())
				}
				return names, r.err
			}
		}
		r.i = end
	}
	return nil, errors.New("no function names (built with -ldflags=-s?)")
}

// wasmReader reads the LEB128 numbers and names of a wasm module.
type wasmReader struct {
	b   []byte
	i   int
	err error
}

func (r *wasmReader) byte() byte {
	if r.i >= len(r.b) {
		r.err = errors.New("unexpected end")
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

func (r *wasmReader) uleb() uint64 {
	v, n := binary.Uvarint(r.b[min(r.i, len(r.b)):])
	if n <= 0 {
		r.err = errors.New("bad LEB128 number")
		return 0
	}
	r.i += n
	return v
}

func (r *wasmReader) name() string {
	n := int(r.uleb())
	if r.err != nil || r.i+n > len(r.b) {
		r.err = errors.New("bad name")
		return ""
	}
	r.i += n
	return string(r.b[r.i-n : r.i])
}
