//go:build !wasm

package app

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"simkinerja/app/internal/respbuf"
)

// StyleSheets are the page's style sheets in cascade order: go-app's own
// (/app.css, which go-app's page always links: its loader and not-found
// page) and ours, from the web folder. Every page carries them inline
// (InlineStyles) instead of linking them: on a phone's first visit over a
// slow link each linked sheet was one more connection and round trip in
// front of the first paint, and the browser gave the three of them, with
// the scripts and icons, every connection it opens to the server, so the
// compile worker's script — and with it app.wasm — waited behind them. The
// ~6 KB they weigh compressed ride in each page instead.
var StyleSheets = []string{"/app.css", "/web/app.css", "/web/screens.css"}

// styleLink is a <link rel="stylesheet"> as PageHTML writes it (attributes
// in name order).
var styleLink = regexp.MustCompile(`<link href="([^"]*)" rel="stylesheet"[^>]*>`)

// InlineStyles takes the links to StyleSheets out of page and puts css (the
// sheets' text, in order) in one <style> where the first link was, or at
// the end of <head>. A page without <head> is returned as it was.
func InlineStyles(page, css []byte) []byte {
	local := map[string]bool{}
	for _, s := range StyleSheets {
		local[s] = true
	}
	style := append(append([]byte("<style>"), css...), "</style>"...)
	placed := false
	page = styleLink.ReplaceAllFunc(page, func(link []byte) []byte {
		if !local[string(styleLink.FindSubmatch(link)[1])] {
			return link
		}
		if placed {
			return nil
		}
		placed = true
		return style
	})
	if !placed {
		i := bytes.Index(page, []byte("</head>"))
		if i < 0 {
			return page
		}
		page = append(page[:i:i], append(style, page[i:]...)...)
	}
	return page
}

// StyleText reads StyleSheets: go-app's from h, ours from webDir.
func StyleText(h http.Handler, webDir string) ([]byte, error) {
	var css []byte
	for _, s := range StyleSheets {
		var b []byte
		if rel, ok := strings.CutPrefix(s, "/web/"); ok {
			f, err := os.ReadFile(filepath.Join(webDir, rel))
			if err != nil {
				return nil, err
			}
			b = f
		} else {
			req, err := http.NewRequest(http.MethodGet, s, nil)
			if err != nil {
				return nil, err
			}
			rec := respbuf.New(nil)
			h.ServeHTTP(rec, req)
			if rec.Status != http.StatusOK {
				return nil, fmt.Errorf("%s: %d", s, rec.Status)
			}
			b = rec.Body.Bytes()
		}
		css = append(append(css, bytes.TrimSpace(b)...), '\n')
	}
	return css, nil
}
