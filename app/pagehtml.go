//go:build !wasm

package app

import (
	"bytes"
	"html"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"simkinerja/app/internal/respbuf"
)

// go-app's server writes an element's attributes as Go does, not as HTML
// reads them: a boolean attribute set to false comes out as
// disabled="false" (every choice button and select disabled, every option
// selected, so a select shows its last option), an attribute set to true
// comes out bare (aria-current="" means no current page) and values are
// quoted with Go escapes (\" ends an HTML value early). In the browser go-app
// sets the same attributes through the DOM, correctly, so the difference
// shows only in the pre-rendered first paint, and then as a jump when the
// wasm takes over. PageHTML rewrites the tags of a page into what the
// browser will show after it; Pages does it for every page served.

// Pages serves h's responses with every HTML page passed through PageHTML,
// EarlyStart and InlineStyles (the style sheets read from h and webDir),
// and go-app's app.js through StartScript and BundleScript. The other
// responses (manifest, the service worker) go through unchanged.
func Pages(h http.Handler, webDir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := respbuf.New(nil)
		h.ServeHTTP(rec, r)
		body := rec.Body.Bytes()
		switch {
		case strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html"):
			css, err := StyleText(h, webDir)
			if err != nil {
				http.Error(w, "style sheets: "+err.Error(), http.StatusInternalServerError)
				return
			}
			body = InlineStyles(EarlyStart(PageHTML(body)), css)
			rec.Header().Set("Content-Length", strconv.Itoa(len(body)))
		case r.URL.Path == "/app.js" && rec.Status == http.StatusOK:
			js, err := StartScript(body)
			if err == nil {
				js, err = BundleScript(js)
			}
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			body = js
			rec.Header().Set("Content-Length", strconv.Itoa(len(body)))
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Status)
		w.Write(body)
	})
}

var (
	// startTag is one start tag as go-app writes it: bare attributes or
	// values in Go's double quotes (which may hold \" and >).
	startTag = regexp.MustCompile(`<[a-zA-Z][a-zA-Z0-9-]*(?:\s+[^\s="'<>/]+(?:="(?:[^"\\]|\\.)*")?)*\s*/?>`)
	// attribute is one attribute of such a tag.
	attribute = regexp.MustCompile(`\s+([^\s="'<>/]+)(?:=("(?:[^"\\]|\\.)*"))?`)
)

// booleanAttrs are HTML's boolean attributes: present means true, whatever
// the value. go-app sets these through DOM properties in the browser.
var booleanAttrs = map[string]bool{
	"async": true, "autofocus": true, "autoplay": true, "checked": true, "default": true,
	"defer": true, "disabled": true, "hidden": true, "loop": true, "multiple": true,
	"muted": true, "open": true, "required": true, "reversed": true, "selected": true,
	"readonly": true, "ismap": true, "novalidate": true, "formnovalidate": true,
	"allowfullscreen": true, "playsinline": true, "inert": true, "nomodule": true,
}

// PageHTML rewrites the start tags of a page written by go-app's server as
// HTML reads them: a boolean attribute that is false is left out, a bare
// attribute that is not boolean gets the value "true" go-app meant, and
// every value is unquoted from Go and escaped for HTML; attributes come in
// name order. Text between tags is
// left alone (go-app escapes it correctly).
func PageHTML(page []byte) []byte {
	return startTag.ReplaceAllFunc(page, func(tag []byte) []byte {
		name := tag[:bytes.IndexFunc(tag, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '>' || r == '/' })]
		var attrs []string
		for _, m := range attribute.FindAllSubmatch(tag[len(name):], -1) {
			attr, quoted := strings.ToLower(string(m[1])), m[2]
			value, bare := "", quoted == nil
			if !bare {
				v, err := strconv.Unquote(string(quoted))
				if err != nil {
					v = string(quoted[1 : len(quoted)-1])
				}
				value = v
			}
			switch {
			case booleanAttrs[attr] && value == "false":
				continue
			case booleanAttrs[attr]:
				attrs = append(attrs, attr)
				continue
			case bare:
				value = "true"
			}
			attrs = append(attrs, attr+`="`+html.EscapeString(value)+`"`)
		}
		// go-app writes attributes in map order; sorted, a page is the same
		// bytes every time (cacheable, comparable).
		sort.Strings(attrs)
		var out bytes.Buffer
		out.Write(name)
		for _, a := range attrs {
			out.WriteString(" " + a)
		}
		if bytes.HasSuffix(tag, []byte("/>")) {
			out.WriteString("/")
		}
		out.WriteString(">")
		return out.Bytes()
	})
}
