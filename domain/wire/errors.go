package wire

import "simkinerja/domain"

// Error is the body of every failed API call, inside ErrorBody: a stable code
// for programs, an Indonesian message for people, and the field paths of an
// invalid document.
type Error struct {
	// Status is the HTTP status; it travels as the status line, not in JSON.
	Status   int              `json:"-"`
	Code     string           `json:"code"`
	Message  string           `json:"message"`
	Fields   []string         `json:"fields,omitempty"`
	Problems []domain.Problem `json:"problems,omitempty"`
}

// Error implements error.
func (e *Error) Error() string { return e.Code + ": " + e.Message }

// ErrorBody is the JSON of a failed call: {"error":{...}}.
type ErrorBody struct {
	Error *Error `json:"error"`
}

// The API's error codes. Status maps each to its HTTP status.
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

// Status is the HTTP status of an error code; an unknown code is 500.
// (Numbers, not net/http's names: the app's wasm does not link net/http for this.)
func Status(code string) int {
	switch code {
	case CodeInvalidJSON, CodeInvalidScenario, CodeInvalidBody, CodeInvalidID, CodeInvalidHeader:
		return 400
	case CodeUnauthorized:
		return 401
	case CodeForbidden:
		return 403
	case CodeNotFound:
		return 404
	case CodeMethod:
		return 405
	case CodeClassFull:
		return 409
	case CodeTooLarge:
		return 413
	case CodeUnsupportedType:
		return 415
	case CodeRateLimited, CodeQuota:
		return 429
	case CodeHeaderTooLarge:
		return 431
	case CodeNotImplemented:
		return 501
	case CodeStoreBusy:
		return 503
	case CodeStoreFull:
		return 507
	}
	return 500
}

// Codes lists every error code, for tests that check both sides know them.
func Codes() []string {
	return []string{CodeInvalidJSON, CodeInvalidScenario, CodeInvalidBody, CodeInvalidID,
		CodeUnsupportedType, CodeTooLarge, CodeNotFound, CodeMethod, CodeUnauthorized,
		CodeForbidden, CodeRateLimited, CodeClassFull, CodeInternal, CodeQuota, CodeStoreFull,
		CodeStoreBusy, CodeNotImplemented, CodeHeaderTooLarge, CodeInvalidHeader}
}
