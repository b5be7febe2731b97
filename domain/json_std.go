//go:build js && wasm && !gojson

package domain

// In js/wasm builds encoding/json is the default: goccy/go-json adds far more
// to the wasm than it saves for documents of a few KB (figures in README.md).
// Build with -tags gojson to link goccy/go-json instead.

import (
	"encoding/json"
	"io"
)

// jsonLibrary names the JSON library linked into this build.
const jsonLibrary = "encoding/json"

func jsonMarshal(v any) ([]byte, error)       { return json.Marshal(v) }
func jsonUnmarshal(data []byte, v any) error  { return json.Unmarshal(data, v) }
func jsonMarshalIndent(v any) ([]byte, error) { return json.MarshalIndent(v, "", "  ") }

func newStrictDecoder(r io.Reader) strictDecoder {
	d := json.NewDecoder(r)
	d.DisallowUnknownFields()
	return d
}
