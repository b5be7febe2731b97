package domain

import (
	"go/ast"
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
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		// Dates are values (callers pass "today"); reading the clock is not allowed.
		ast.Inspect(file, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && id.Name == "time" {
					switch sel.Sel.Name {
					case "Now", "Since", "Until", "Sleep", "Tick", "After", "AfterFunc", "NewTimer", "NewTicker":
						t.Errorf("%s calls time.%s: the domain has no clock; take the date as an input", f, sel.Sel.Name)
					}
				}
			}
			return true
		})
		for _, im := range file.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			first := strings.Split(p, "/")[0]
			if p != "github.com/goccy/go-json" && strings.Contains(first, ".") {
				t.Errorf("%s imports %s: domain may use only the standard library and goccy/go-json", f, p)
			}
			switch p {
			case "os", "net/http", "syscall/js", "math/rand", "io/fs":
				t.Errorf("%s imports %s: domain does no I/O and reads no clock", f, p)
			}
		}
	}
}
