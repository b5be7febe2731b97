package app

// QR codes are generated in Go (rsc.io/qr) and drawn as an SVG image in a data
// URL: no network, no canvas, and the picture stays sharp on a projector.
//
// data-testid hooks: none of its own; callers put theirs on qrImage's <img>.

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"rsc.io/qr/coding"
)

// qrQuiet is the quiet zone in modules; the QR standard asks for four.
const qrQuiet = 4

// QREncode encodes text in byte mode at error correction M in the smallest
// version that holds it. It uses rsc.io/qr/coding rather than rsc.io/qr: the
// top package pulls in image and a PNG writer the app never uses.
func QREncode(text string) (*coding.Code, error) {
	enc := coding.String(text)
	v := coding.Version(coding.MinVersion)
	for ; enc.Bits(v) > v.DataBytes(coding.M)*8; v++ {
		if v == coding.MaxVersion {
			return nil, errors.New("teks terlalu panjang untuk kode QR")
		}
	}
	p, err := coding.NewPlan(v, coding.M, 0)
	if err != nil {
		return nil, err
	}
	return p.Encode(enc)
}

// QRSVG draws text as a QR code (error correction M) in an SVG document, one
// path of unit squares on a white background with the quiet zone.
func QRSVG(text string) (string, error) {
	code, err := QREncode(text)
	if err != nil {
		return "", fmt.Errorf("kode QR: %w", err)
	}
	n := code.Size + 2*qrQuiet
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges">`, n, n)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="`, n, n)
	for y := 0; y < code.Size; y++ {
		for x := 0; x < code.Size; x++ {
			// Runs of dark modules become one rectangle: a shorter path.
			if !code.Black(x, y) || (x > 0 && code.Black(x-1, y)) {
				continue
			}
			w := 1
			for x+w < code.Size && code.Black(x+w, y) {
				w++
			}
			fmt.Fprintf(&b, "M%d %dh%dv1h-%dz", x+qrQuiet, y+qrQuiet, w, w)
		}
	}
	b.WriteString(`"/></svg>`)
	return b.String(), nil
}

// qrImage is an <img> of the QR code of text, size CSS pixels wide, with an
// alt text that names the link so a screen reader user gets it too.
func qrImage(testid, text string, size int) app.UI {
	svg, err := QRSVG(text)
	if err != nil {
		return app.Elem("p").Class("field-error").Attr("role", "alert").Text(err.Error())
	}
	return app.Img().
		Class("qr").
		Attr("data-testid", testid).
		Src("data:image/svg+xml;charset=utf-8,"+url.PathEscape(svg)).
		Alt("Kode QR untuk "+text).
		Width(size).Height(size).
		Style("image-rendering", "pixelated").
		Style("background", "#fff")
}
