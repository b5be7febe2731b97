//go:build !(js && wasm) || gojson

package domain

import (
	"io"

	json "github.com/goccy/go-json"
)

// jsonLibrary names the JSON library linked into this build.
const jsonLibrary = "goccy/go-json"

func jsonMarshal(v any) ([]byte, error)       { return json.Marshal(v) }
func jsonUnmarshal(data []byte, v any) error  { return json.Unmarshal(data, v) }
func jsonMarshalIndent(v any) ([]byte, error) { return json.MarshalIndent(v, "", "  ") }

func newStrictDecoder(r io.Reader) strictDecoder {
	d := json.NewDecoder(r)
	d.DisallowUnknownFields()
	return d
}
