//go:build !(js && wasm) || gojson

package domain

import (
	"errors"
	"io"
	"reflect"

	json "github.com/goccy/go-json"
)

// jsonLibrary names the JSON library linked into this build.
const jsonLibrary = "goccy/go-json"

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

// jsonErrorField is the Field of a decoding error that names one: any error
// struct with a string Field (goccy/go-json has several error types).
func jsonErrorField(err error) (string, bool) {
	v := reflect.ValueOf(err)
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "", true
		}
		v = v.Elem()
	}
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Field"); f.IsValid() && f.Kind() == reflect.String {
			return f.String(), true
		}
	}
	return "", false
}

// jsonErrorOffset is the byte offset of a goccy/go-json syntax error.
func jsonErrorOffset(err error) (int64, bool) {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return se.Offset, true
	}
	return 0, false
}
