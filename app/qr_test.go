package app

import (
	"fmt"
	"image"
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// rasterSVG paints the path our QRSVG writes ("M x yh w v1h-w z" runs) at
// scale pixels per module, so the test decodes the SVG we ship rather than
// the library's bitmap.
func rasterSVG(t *testing.T, svg string, scale int) image.Image {
	t.Helper()
	vb := regexp.MustCompile(`viewBox="0 0 (\d+) (\d+)"`).FindStringSubmatch(svg)
	if vb == nil {
		t.Fatalf("no viewBox in %.80s", svg)
	}
	n, _ := strconv.Atoi(vb[1])
	img := image.NewGray(image.Rect(0, 0, n*scale, n*scale))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	runs := regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`).FindAllStringSubmatch(svg, -1)
	if len(runs) == 0 {
		t.Fatal("no dark modules in the SVG path")
	}
	for _, r := range runs {
		x, _ := strconv.Atoi(r[1])
		y, _ := strconv.Atoi(r[2])
		w, _ := strconv.Atoi(r[3])
		back, _ := strconv.Atoi(r[4])
		if w != back {
			t.Fatalf("run %q does not close", r[0])
		}
		for py := y * scale; py < (y+1)*scale; py++ {
			for px := x * scale; px < (x+w)*scale; px++ {
				img.SetGray(px, py, color.Gray{})
			}
		}
	}
	return img
}

func decodeQR(t *testing.T, img image.Image) string {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		t.Fatalf("QR does not decode: %v", err)
	}
	return res.GetText()
}

func TestQRSVGDecodes(t *testing.T) {
	for _, text := range []string{
		"http://127.0.0.1:8000/s/AbCdEfGhIjKlMnOpQrStUv",
		"https://simkinerja.example.id/bagikan?kelas=ABC234",
		"x",
		strings.Repeat("panjang-", 40),
	} {
		svg, err := QRSVG(text)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if !strings.HasPrefix(svg, "<svg ") || !strings.Contains(svg, `shape-rendering="crispEdges"`) {
			t.Fatalf("not an SVG document: %.80s", svg)
		}
		if got := decodeQR(t, rasterSVG(t, svg, 4)); got != text {
			t.Errorf("decoded %q, want %q", got, text)
		}
	}
}

func TestQRQuietZone(t *testing.T) {
	code, err := QREncode("http://127.0.0.1/s/x")
	if err != nil {
		t.Fatal(err)
	}
	svg, _ := QRSVG("http://127.0.0.1/s/x")
	want := fmt.Sprintf(`viewBox="0 0 %d %d"`, code.Size+8, code.Size+8)
	if !strings.Contains(svg, want) {
		t.Errorf("want %s (4 modules of quiet zone per side)", want)
	}
	// No dark module may sit in the quiet zone.
	for _, r := range regexp.MustCompile(`M(\d+) (\d+)h(\d+)`).FindAllStringSubmatch(svg, -1) {
		x, _ := strconv.Atoi(r[1])
		y, _ := strconv.Atoi(r[2])
		w, _ := strconv.Atoi(r[3])
		if x < qrQuiet || y < qrQuiet || x+w > code.Size+qrQuiet || y >= code.Size+qrQuiet {
			t.Fatalf("module run %s in the quiet zone", r[0])
		}
	}
}

func TestQRTooLong(t *testing.T) {
	if _, err := QRSVG(strings.Repeat("a", 4000)); err == nil {
		t.Fatal("4000 bytes cannot fit a QR code at level M; want an error")
	}
}
