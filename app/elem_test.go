package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// plainTyped matches go-app's typed constructors of plain elements, which
// the screens build with app.Elem(tag) to keep app.wasm small (see app/ui).
var plainTyped = regexp.MustCompile(`app\.(P|Div|Span|Li|Ul|Ol|Th|Td|Tr|THead|TBody|Table|Section|H1|H2|H3|H4|Strong|Small|Dt|Dd|Dl|Nav|Main|Footer|Header|Article|Caption|Legend|Summary|Details|Code|Abbr|FieldSet|Em|Label|DataList)\(\)`)

func TestScreensBuildPlainElementsWithElem(t *testing.T) {
	var files []string
	for _, pat := range []string{"*.go", "ui/*.go", "view/*.go", "store/*.go", "client/*.go"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	checked := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for i, line := range strings.Split(string(src), "\n") {
			if m := plainTyped.FindString(line); m != "" && !strings.HasPrefix(strings.TrimSpace(line), "//") {
				t.Errorf("%s:%d: %s links a typed go-app element into app.wasm; use app.Elem(%q)", f, i+1, m, strings.ToLower(m[4:len(m)-2]))
			}
		}
	}
	if checked < 10 {
		t.Fatalf("only %d source files checked; run from the app package folder", checked)
	}
}
