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

// newNumberDecoder decodes into generic values, numbers as json.Number text,
// so that the document's shape is checked the same way on every runtime.
func newNumberDecoder(r io.Reader) strictDecoder {
	d := json.NewDecoder(r)
	d.UseNumber()
	return d
}

func newStrictDecoder(r io.Reader) strictDecoder {
	d := json.NewDecoder(r)
	d.DisallowUnknownFields()
	return d
}

// jsonErrorField is the Field of a decoding error that names one. Only
// *json.UnmarshalTypeError has a string Field in encoding/json, so a type
// assertion finds the same as the reflection the goccy seam needs, without
// linking reflect's FieldByName machinery into the wasm.
func jsonErrorField(err error) (string, bool) {
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		if e == nil {
			return "", true
		}
		return e.Field, true
	}
	return "", false
}

// jsonErrorOffset is the byte offset of a syntax error (encoding/json's
// *json.SyntaxError is handled by the caller).
func jsonErrorOffset(err error) (int64, bool) { return 0, false }
