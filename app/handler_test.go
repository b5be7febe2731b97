//go:build !wasm

package app

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func getBody(t *testing.T, h http.Handler, path string) string {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
	if w.Code != http.StatusOK {
		t.Fatalf("GET %s: %d", path, w.Code)
	}
	return w.Body.String()
}

// The manifest must name the app and point only at local icons: remote icons
// (go-app's default) cannot be cached for offline use.
func TestHandlerManifestAndWorker(t *testing.T) {
	h := NewHandler("uji-1")
	var m struct {
		Name, ShortName, ThemeColor, StartURL string
		Icons                                 []struct{ Src, Purpose, Sizes string }
	}
	body := getBody(t, h, "/manifest.webmanifest")
	if err := json.Unmarshal([]byte(strings.NewReplacer(`"short_name"`, `"ShortName"`, `"theme_color"`, `"ThemeColor"`, `"start_url"`, `"StartURL"`).Replace(body)), &m); err != nil {
		t.Fatal(err)
	}
	if m.Name == "" || m.ShortName == "" || m.ThemeColor != ThemeColor || m.StartURL != "/" {
		t.Errorf("manifest %+v", m)
	}
	sizes := map[string]bool{}
	for _, ic := range m.Icons {
		if !strings.HasPrefix(ic.Src, "/web/") {
			t.Errorf("icon %q is not local", ic.Src)
		}
		sizes[ic.Sizes+" "+ic.Purpose] = true
	}
	for _, want := range []string{"192x192 ", "512x512 ", "512x512 maskable"} {
		if !sizes[want] {
			t.Errorf("no icon %q in %v", want, sizes)
		}
	}

	sw := getBody(t, h, "/app-worker.js")
	if !strings.Contains(sw, `"app-" + "uji-1"`) {
		t.Error("worker does not carry the build version")
	}
	for _, p := range append(Paths(), "/web/app.wasm", "/web/icon-maskable-512.png", "/web/wasm-compile.js", "/web/wasm-rehearse.js") {
		if !strings.Contains(sw, `"`+p+`"`) {
			t.Errorf("worker does not cache %s", p)
		}
	}
	if strings.Contains(sw, "https://") {
		t.Error("worker caches a remote URL")
	}
}
