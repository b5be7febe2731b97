package domain

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Encode writes v as compact JSON through the project's JSON seam.
func Encode(v any) ([]byte, error) { return jsonMarshal(v) }

// EncodeIndent writes v as indented JSON (exports, golden files).
func EncodeIndent(v any) ([]byte, error) { return jsonMarshalIndent(v) }

// DecodeStrict reads exactly one JSON value from data into v; unknown object
// fields and trailing data are errors.
func DecodeStrict(data []byte, v any) error {
	dec := newStrictDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		return err
	}
	var extra any
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return fmt.Errorf("data tambahan setelah dokumen JSON")
	}
	return nil
}

// strictDecoder is the part of a JSON decoder the seam needs.
type strictDecoder interface {
	Decode(v any) error
}
