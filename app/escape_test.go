package app

import (
	"html"
	"testing"
)

// The hand-written loops that replaced regexp and strings.NewReplacer (to keep
// app.wasm small) must keep their exact output.
func TestFileSlug(t *testing.T) {
	for name, want := range map[string]string{
		"uji":                           "simkinerja-uji",
		"Skenario Guru 2024":            "simkinerja-skenario-guru-2024",
		"  --Bu Sri (Kepala) / SMP 3-":  "simkinerja-bu-sri-kepala-smp-3",
		"Ujian akhir — semester ganjil": "simkinerja-ujian-akhir-semester-ganjil",
		"ÄÖÜ":                           "simkinerja-skenario",
		"":                              "simkinerja-skenario",
		"a__b":                          "simkinerja-a-b",
	} {
		if got := fileSlug(name); got != want {
			t.Errorf("fileSlug(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestXMLEscape(t *testing.T) {
	for in, want := range map[string]string{
		"Baik":                       "Baik",
		`Sangat "baik" & <istimewa>`: "Sangat &quot;baik&quot; &amp; &lt;istimewa&gt;",
		"Jum'at":                     "Jum&#39;at",
		"&amp;":                      "&amp;amp;",
	} {
		if got := xmlEscape(in); got != want {
			t.Errorf("xmlEscape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHTMLEscapeMatchesStdlib(t *testing.T) {
	for _, in := range []string{"", "2026", `Ahli "Madya" & <Utama>`, "Jum'at ≥ 12,5", "&#34;"} {
		if got, want := htmlEscape(in), html.EscapeString(in); got != want {
			t.Errorf("htmlEscape(%q) = %q, want %q", in, got, want)
		}
	}
}
