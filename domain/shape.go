package domain

import (
	"bytes"
	"encoding"
	stdjson "encoding/json"
	"errors"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// decodeShape reads one JSON document into v in two steps, so that every
// problem is reported at once and in the same words on every runtime (the
// JSON libraries differ in error text and stop at the first problem):
//  1. the document is decoded into generic values and walked against v's Go
//     type; unknown fields and values of the wrong kind are reported with
//     their indexed path ("tahun[0].periods[1].months") and removed;
//  2. what remains is decoded into v, which then holds every valid part, so
//     validation can report the rest.
func decodeShape(ps *problems, data []byte, v any) bool {
	doc, err := decodeGeneric(data)
	if err != nil {
		ps.add("", "bukan dokumen JSON yang sah: %s", jsonSyntaxText(err))
		return false
	}
	if _, ok := doc.(map[string]any); !ok {
		ps.add("", "dokumen harus berupa objek JSON {…}")
		return false
	}
	clean := walkShape(ps, "", doc, reflect.TypeOf(v).Elem())
	b, err := jsonMarshal(clean)
	if err == nil {
		err = jsonUnmarshal(b, v)
	}
	if err != nil {
		// The walk removed every value of the wrong kind; this is a bug, not bad input.
		ps.add("", "dokumen tidak dapat dibaca: %s", jsonSyntaxText(err))
		return false
	}
	return true
}

// decodeGeneric reads exactly one JSON value with numbers kept as text.
func decodeGeneric(data []byte) (any, error) {
	dec := newNumberDecoder(bytes.NewReader(data))
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	var extra any
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, errTrailing
	}
	return doc, nil
}

var errTrailing = errors.New("data tambahan setelah dokumen JSON")

var textUnmarshaler = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()

// walkShape checks generic value v against Go type t at path and returns v
// without the parts that do not fit (nil for a value of the wrong kind).
func walkShape(ps *problems, path string, v any, t reflect.Type) any {
	if v == nil {
		return nil // null leaves the zero value
	}
	if t.Kind() == reflect.Pointer {
		return walkShape(ps, path, v, t.Elem())
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) || t.Kind() == reflect.String {
		if _, ok := v.(string); !ok {
			ps.add(path, "jenis nilai salah: harus teks (%s)", jenisJSON(v))
			return nil
		}
		return v
	}
	switch t.Kind() {
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			ps.add(path, "jenis nilai salah: harus true atau false (%s)", jenisJSON(v))
			return nil
		}
		return v
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := v.(stdjson.Number)
		if !ok {
			ps.add(path, "jenis nilai salah: harus bilangan bulat (%s)", jenisJSON(v))
			return nil
		}
		if _, err := strconv.ParseInt(string(n), 10, 32); err == nil {
			return v
		}
		// 6.0 or 6e0 is the whole number 6 in JSON.
		if f, err := strconv.ParseFloat(string(n), 64); err == nil && f == math.Trunc(f) && math.Abs(f) <= math.MaxInt32 {
			return stdjson.Number(strconv.FormatInt(int64(f), 10))
		}
		ps.add(path, "harus bilangan bulat yang wajar, bukan %s", potong(string(n)))
		return nil
	case reflect.Slice, reflect.Array:
		arr, ok := v.([]any)
		if !ok {
			ps.add(path, "jenis nilai salah: harus daftar […] (%s)", jenisJSON(v))
			return nil
		}
		out := make([]any, len(arr))
		for i, x := range arr {
			out[i] = walkShape(ps, path+"["+strconv.Itoa(i)+"]", x, t.Elem())
		}
		return out
	case reflect.Map:
		obj, ok := v.(map[string]any)
		if !ok {
			ps.add(path, "jenis nilai salah: harus objek {…} (%s)", jenisJSON(v))
			return nil
		}
		out := make(map[string]any, len(obj))
		for _, k := range sortedKeys(obj) {
			out[k] = walkShape(ps, joinPath(path, k), obj[k], t.Elem())
		}
		return out
	case reflect.Struct:
		return walkStruct(ps, path, v, t)
	case reflect.Interface:
		return v
	}
	ps.add(path, "jenis nilai tidak didukung")
	return nil
}

func walkStruct(ps *problems, path string, v any, t reflect.Type) any {
	obj, ok := v.(map[string]any)
	if !ok {
		ps.add(path, "jenis nilai salah: harus objek {…} (%s)", jenisJSON(v))
		return nil
	}
	fields := jsonFields(t)
	out := make(map[string]any, len(obj))
	for _, k := range sortedKeys(obj) {
		ft, ok := fields[k]
		if !ok {
			ps.add(joinPath(path, k), "kolom tidak dikenal: %s", k)
			continue
		}
		out[k] = walkShape(ps, joinPath(path, k), obj[k], ft)
	}
	return out
}

// jsonFields maps the JSON names of t's exported fields to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := make(map[string]reflect.Type, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}

func joinPath(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

// jenisJSON names the kind of a generic JSON value in Indonesian.
func jenisJSON(v any) string {
	switch x := v.(type) {
	case string:
		return "tertulis teks " + strconv.Quote(potong(x))
	case bool:
		return "tertulis " + strconv.FormatBool(x)
	case stdjson.Number:
		return "tertulis angka " + potong(string(x))
	case []any:
		return "tertulis daftar"
	case map[string]any:
		return "tertulis objek"
	}
	return "tertulis null"
}

func potong(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// jsonSyntaxText says in Indonesian what is wrong with a document that is not JSON.
func jsonSyntaxText(err error) string {
	msg := err.Error()
	switch {
	case errors.Is(err, errTrailing):
		return "ada data tambahan setelah dokumen"
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF), strings.Contains(msg, "unexpected end"), strings.Contains(msg, "EOF"):
		return "dokumen JSON terpotong atau kosong"
	}
	if off := syntaxOffset(err); off >= 0 {
		return "penulisan JSON salah di sekitar byte ke-" + strconv.FormatInt(off, 10)
	}
	return "penulisan JSON salah"
}

// syntaxOffset is the byte offset a JSON syntax error names, or -1.
func syntaxOffset(err error) int64 {
	var se *stdjson.SyntaxError
	if errors.As(err, &se) {
		return se.Offset
	}
	if f, ok := jsonErrorOffset(err); ok {
		return f
	}
	return -1
}

// schemaOf reads the schema number of a document: 0 when missing, -1 when
// not a whole number, math.MaxInt for any number above what an int holds
// (so an over-large schema gets the same answer everywhere).
func schemaOf(doc map[string]any) int {
	n, ok := doc["schema"].(stdjson.Number)
	if !ok {
		if doc["schema"] == nil {
			return 0
		}
		return -1
	}
	if i, err := strconv.ParseInt(string(n), 10, 64); err == nil {
		if i > math.MaxInt32 {
			return math.MaxInt
		}
		return int(i)
	}
	f, err := strconv.ParseFloat(string(n), 64)
	switch {
	case math.IsInf(f, 1), err == nil && f == math.Trunc(f) && f > math.MaxInt32:
		return math.MaxInt
	case err == nil && f == math.Trunc(f) && f >= 0:
		return int(f) // 1.0 is schema 1
	}
	return -1
}
