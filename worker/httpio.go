package worker

import (
	"io"
	"mime"
	"net/http"
	"strconv"

	"simkinerja/domain"
)

// readJSONBody checks the content type and reads at most limit bytes.
func readJSONBody(r *http.Request, limit int64) ([]byte, error) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
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
		return nil, tooLarge(limit)
	}
	return data, nil
}

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
