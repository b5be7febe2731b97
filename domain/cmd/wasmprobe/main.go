// Command wasmprobe is the smallest program that uses the domain package the way
// the app and the worker do (decode, simulate, encode). `make bench` builds it for
// js/wasm with and without the gojson tag to measure what the JSON library costs.
package main

import (
	"os"

	"simkinerja/domain"
)

func main() {
	s, err := domain.DecodeScenario([]byte(`{"schema":1,"rules":"2024","role":"guru","jenjang":"ahli_muda","periods":[{"name":"semester_1","months":6,"predikat":"baik"}]}`))
	if err != nil {
		os.Exit(1)
	}
	out, _ := domain.Encode(domain.Simulate(s))
	os.Stdout.Write(out)
}
