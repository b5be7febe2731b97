// Command icons draws the PWA icons of simkinerja into a web directory:
// icon-192.png, icon-512.png, icon-maskable-512.png and icon.svg. The icons
// are local files because go-app's default icons are remote URLs, which the
// service worker cannot cache for offline use.
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log"
	"os"
	"path/filepath"
)

// Theme colours, shared with the manifest (app.ThemeColor).
var (
	background = color.RGBA{0x0b, 0x5d, 0x4b, 0xff}
	foreground = color.RGBA{0xff, 0xff, 0xff, 0xff}
	accent     = color.RGBA{0xf2, 0xc1, 0x4e, 0xff}
)

func main() {
	dir := flag.String("o", "web", "output directory")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, ic := range []struct {
		name  string
		size  int
		inset float64 // share of the side kept free on each edge
	}{
		{"icon-192.png", 192, 0.12},
		{"icon-512.png", 512, 0.12},
		// Maskable icons are cropped to a circle of 80% diameter: keep the
		// drawing inside the safe zone.
		{"icon-maskable-512.png", 512, 0.22},
	} {
		if err := writePNG(filepath.Join(*dir, ic.name), draw(ic.size, ic.inset)); err != nil {
			log.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(*dir, "icon.svg"), []byte(svg), 0o644); err != nil {
		log.Fatal(err)
	}
}

// draw paints three rising bars (the predikat scale) with a gold top bar.
func draw(size int, inset float64) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	fill(img, img.Bounds(), background)
	pad := int(float64(size) * inset)
	inner := size - 2*pad
	barW := inner / 5
	gap := (inner - 3*barW) / 2
	for i, h := range []float64{0.45, 0.7, 1.0} {
		x0 := pad + i*(barW+gap)
		y0 := pad + int(float64(inner)*(1-h))
		c := foreground
		if i == 2 {
			c = accent
		}
		fill(img, image.Rect(x0, y0, x0+barW, pad+inner), c)
	}
	return img
}

func fill(img *image.RGBA, r image.Rectangle, c color.Color) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.Set(x, y, c)
		}
	}
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" fill="#0b5d4b"/>
<rect x="12" y="48" width="15" height="40" fill="#fff"/>
<rect x="42" y="33" width="15" height="55" fill="#fff"/>
<rect x="73" y="12" width="15" height="76" fill="#f2c14e"/>
</svg>
`
