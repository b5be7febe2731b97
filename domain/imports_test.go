package domain

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestImportsStayPure: domain imports only the standard library and goccy/go-json,
// so it runs unchanged in the browser and on the server.
func TestImportsStayPure(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		ast, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range ast.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			first := strings.Split(p, "/")[0]
			if p != "github.com/goccy/go-json" && strings.Contains(first, ".") {
				t.Errorf("%s imports %s: domain may use only the standard library and goccy/go-json", f, p)
			}
			switch p {
			case "os", "net/http", "syscall/js", "time", "math/rand", "io/fs":
				t.Errorf("%s imports %s: domain does no I/O and reads no clock", f, p)
			}
		}
	}
}
