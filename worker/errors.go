package worker

import (
	"errors"
	"strings"

	"simkinerja/domain"
	"simkinerja/domain/wire"
)

// Error is an API error: a stable code for programs, an Indonesian message for
// people, and the HTTP status it maps to. Problems lists the field paths of an
// invalid document. It is the wire type the app decodes (domain/wire).
type Error = wire.Error

// The API's error codes, defined once in domain/wire with their statuses
// (wire.Status), so the app and the worker cannot drift.
const (
	CodeInvalidJSON     = wire.CodeInvalidJSON
	CodeInvalidScenario = wire.CodeInvalidScenario
	CodeInvalidBody     = wire.CodeInvalidBody
	CodeInvalidID       = wire.CodeInvalidID
	CodeUnsupportedType = wire.CodeUnsupportedType
	CodeTooLarge        = wire.CodeTooLarge
	CodeNotFound        = wire.CodeNotFound
	CodeMethod          = wire.CodeMethod
	CodeUnauthorized    = wire.CodeUnauthorized
	CodeForbidden       = wire.CodeForbidden
	CodeRateLimited     = wire.CodeRateLimited
	CodeClassFull       = wire.CodeClassFull
	CodeInternal        = wire.CodeInternal
	CodeQuota           = wire.CodeQuota
	CodeStoreFull       = wire.CodeStoreFull
	CodeStoreBusy       = wire.CodeStoreBusy
	CodeNotImplemented  = wire.CodeNotImplemented
	CodeHeaderTooLarge  = wire.CodeHeaderTooLarge
	CodeInvalidHeader   = wire.CodeInvalidHeader
)

// apiError builds an Error with the status of its code.
func apiError(code, message string) *Error {
	return &Error{Status: wire.Status(code), Code: code, Message: message}
}

// invalidDocument turns a validation error into a 400 that lists every field
// path; prefix places the paths inside an envelope ("scenario.").
func invalidDocument(err error, prefix string) *Error {
	var ve *domain.ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) == 0 {
		e := apiError(CodeInvalidJSON, "Dokumen bukan JSON yang valid: "+err.Error())
		e.Fields = []string{joinPath(prefix, "")}
		return e
	}
	code := CodeInvalidScenario
	if len(ve.Problems) == 1 && ve.Problems[0].Path == "" {
		// The domain reports document-level faults (not JSON, too big) at the root.
		code = CodeInvalidJSON
	}
	e := apiError(code, "")
	var msg strings.Builder
	msg.WriteString("Skenario tidak valid. Periksa isian: ")
	for i, p := range ve.Problems {
		p.Path = joinPath(prefix, p.Path)
		e.Problems = append(e.Problems, p)
		e.Fields = append(e.Fields, p.Path)
		if i > 0 {
			msg.WriteString("; ")
		}
		msg.WriteString(p.Path + " (" + p.Message + ")")
	}
	msg.WriteString(".")
	e.Message = msg.String()
	return e
}

// joinPath places a domain field path inside the request body; "$" is the
// root of the body.
func joinPath(prefix, path string) string {
	switch {
	case prefix == "" && path == "":
		return "$"
	case prefix == "":
		return path
	case path == "" || path == "$":
		return strings.TrimSuffix(prefix, ".")
	case strings.HasPrefix(path, "["):
		return strings.TrimSuffix(prefix, ".") + path
	}
	return prefix + path
}
