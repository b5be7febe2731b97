// Command wasmpack writes the precompressed variants of a wasm file next to
// it: NAME.gz (gzip -9) and NAME.br (brotli, quality 11). The local server
// serves them by Accept-Encoding because go-app's Handler serves wasm raw.
// With -sizes it prints raw, gzip and brotli sizes instead of writing files.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"simkinerja/app/internal/compress"
)

func main() {
	sizes := flag.Bool("sizes", false, "print sizes only (bytes: raw gzip brotli)")
	flag.Parse()
	for _, path := range flag.Args() {
		raw, err := os.ReadFile(path)
		if err != nil {
			log.Fatal(err)
		}
		gz, err := compress.Gzip(raw)
		if err != nil {
			log.Fatal(err)
		}
		br, err := compress.Brotli(raw)
		if err != nil {
			log.Fatal(err)
		}
		if *sizes {
			fmt.Printf("%s %d %d %d\n", path, len(raw), len(gz), len(br))
			continue
		}
		if err := os.WriteFile(path+".gz", gz, 0o644); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(path+".br", br, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
