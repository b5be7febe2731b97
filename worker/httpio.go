package worker

import (
	"io"
	"mime"
	"net/http"
	"strconv"

	"simkinerja/domain"
)

// readJSONBody checks the content type and reads at most limit bytes; a
// longer body is refused with 413 whether or not it announced its length.
//
// The content type must be one value. syumai/workers (v0.33.0) splits every
// header value at "," into several values, so "application/json, text/plain"
// arrives on Workers as two values whose first looks valid, while Go's server
// keeps it as one value that does not parse; refusing more than one value
// gives 415 on both runtimes.
func readJSONBody(r *http.Request, limit int64) ([]byte, error) {
	cts := r.Header.Values("Content-Type")
	if len(cts) != 1 {
		return nil, apiError(CodeUnsupportedType, "Kirim isian sebagai application/json.")
	}
	mt, _, err := mime.ParseMediaType(cts[0])
	if err != nil || mt != "application/json" {
		return nil, apiError(CodeUnsupportedType, "Kirim isian sebagai application/json.")
	}
	if r.ContentLength > limit {
		return nil, tooLarge(limit)
	}
	if r.Body == nil { // syumai/workers leaves Body nil for a request without one
		return nil, nil
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
	if err != nil {
		return nil, apiError(CodeInvalidJSON, "Isian permintaan tidak dapat dibaca.")
	}
	if int64(len(data)) > limit {
		// Read on a little before answering, as Go's server does, so a
		// client still sending its chunks sees the 413 instead of a broken
		// connection (wrangler's dev proxy answered the next request on it
		// with 503 otherwise).
		_, _ = io.CopyN(io.Discard, r.Body, drainBytes)
		return nil, tooLarge(limit)
	}
	return data, nil
}

// drainBytes is how much of an oversized body is read and dropped.
const drainBytes = 256 << 10

func tooLarge(limit int64) *Error {
	return apiError(CodeTooLarge, "Isian terlalu besar; batasnya "+strconv.FormatInt(limit>>10, 10)+" KiB.")
}

// writeJSON writes v with status through the domain's JSON seam.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	data, err := domain.Encode(v)
	if err != nil {
		return err
	}
	return writeRaw(w, status, data)
}

func writeRaw(w http.ResponseWriter, status int, data []byte) error {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	w.WriteHeader(status)
	_, err := w.Write(append(data, '\n'))
	return err
}

// writeError writes e as {"error":{...}}.
func writeError(w http.ResponseWriter, e *Error) {
	data, err := domain.Encode(struct {
		Error *Error `json:"error"`
	}{e})
	if err != nil { // cannot happen for these types; keep the shape anyway
		data = []byte(`{"error":{"code":"` + CodeInternal + `","message":"Terjadi kesalahan di server."}}`)
	}
	status := e.Status
	if status == 0 {
		status = http.StatusInternalServerError
	}
	_ = writeRaw(w, status, data)
}

// rawJSON keeps a JSON value undecoded; it works with both JSON libraries
// behind the domain seam.
type rawJSON []byte

// UnmarshalJSON implements json.Unmarshaler.
func (m *rawJSON) UnmarshalJSON(b []byte) error {
	*m = append((*m)[:0], b...)
	return nil
}
