package worker

import (
	"errors"
	"net/http"
	"strings"

	"simkinerja/domain"
)

// Error is an API error: a stable code for programs, an Indonesian message for
// people, and the HTTP status it maps to. Problems lists the field paths of an
// invalid document.
type Error struct {
	Status   int              `json:"-"`
	Code     string           `json:"code"`
	Message  string           `json:"message"`
	Fields   []string         `json:"fields,omitempty"`
	Problems []domain.Problem `json:"problems,omitempty"`
}

// Error implements error.
func (e *Error) Error() string { return e.Code + ": " + e.Message }

// The API's error codes, each with its status in one place (errorStatus).
const (
	CodeInvalidJSON     = "json_tidak_valid"
	CodeInvalidScenario = "skenario_tidak_valid"
	CodeInvalidBody     = "isian_tidak_valid"
	CodeInvalidID       = "id_tidak_valid"
	CodeUnsupportedType = "jenis_konten_tidak_didukung"
	CodeTooLarge        = "terlalu_besar"
	CodeNotFound        = "tidak_ditemukan"
	CodeMethod          = "metode_tidak_diizinkan"
	CodeUnauthorized    = "perlu_token"
	CodeForbidden       = "token_salah"
	CodeRateLimited     = "terlalu_banyak_permintaan"
	CodeClassFull       = "kelas_penuh"
	CodeInternal        = "kesalahan_server"
	CodeQuota           = "kuota_harian_habis"
	CodeStoreFull       = "penyimpanan_penuh"
	CodeStoreBusy       = "penyimpanan_sibuk"
	CodeNotImplemented  = "metode_tidak_dikenal"
	CodeHeaderTooLarge  = "header_terlalu_besar"
	CodeInvalidHeader   = "header_tidak_valid"
)

var errorStatus = map[string]int{
	CodeInvalidJSON:     http.StatusBadRequest,
	CodeInvalidScenario: http.StatusBadRequest,
	CodeInvalidBody:     http.StatusBadRequest,
	CodeInvalidID:       http.StatusBadRequest,
	CodeUnsupportedType: http.StatusUnsupportedMediaType,
	CodeTooLarge:        http.StatusRequestEntityTooLarge,
	CodeNotFound:        http.StatusNotFound,
	CodeMethod:          http.StatusMethodNotAllowed,
	CodeUnauthorized:    http.StatusUnauthorized,
	CodeForbidden:       http.StatusForbidden,
	CodeRateLimited:     http.StatusTooManyRequests,
	CodeClassFull:       http.StatusConflict,
	CodeInternal:        http.StatusInternalServerError,
	CodeQuota:           http.StatusTooManyRequests,
	CodeStoreFull:       http.StatusInsufficientStorage,
	CodeStoreBusy:       http.StatusServiceUnavailable,
	CodeNotImplemented:  http.StatusNotImplemented,
	CodeHeaderTooLarge:  http.StatusRequestHeaderFieldsTooLarge,
	CodeInvalidHeader:   http.StatusBadRequest,
}

// apiError builds an Error with the status of its code.
func apiError(code, message string) *Error {
	return &Error{Status: errorStatus[code], Code: code, Message: message}
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
