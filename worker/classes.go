package worker

import (
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"unicode/utf8"

	"simkinerja/domain"
)

// maxNameRunes bounds the optional display name of a submission.
const maxNameRunes = 80

// classCreated is the body of 201 Created for a class. The token is shown
// once; only its hash is stored.
type classCreated struct {
	Code      string `json:"code"`
	Token     string `json:"token"`
	ExpiresAt string `json:"expires_at"`
}

func (a *API) createClass(w http.ResponseWriter, r *http.Request, _ []string) error {
	now := a.opts.Now().UTC()
	token := newToken()
	c := Class{TokenHash: hashToken(token), CreatedAt: now, ExpiresAt: now.Add(ClassLifetime)}
	var err error
	for try := 0; ; try++ {
		c.Code = newClassCode()
		err = a.store.CreateClass(r.Context(), c)
		if !errors.Is(err, ErrConflict) || try == 4 {
			break
		}
	}
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/api/classes/"+c.Code)
	return writeJSON(w, http.StatusCreated, classCreated{Code: c.Code, Token: token, ExpiresAt: c.ExpiresAt.Format(timeFormat)})
}

// submissionRequest is the body of POST /api/classes/{code}/submissions.
type submissionRequest struct {
	Name     *string `json:"name"`
	Scenario rawJSON `json:"scenario"`
}

// submissionCreated is the body of 201 Created for a submission: the
// server's own result, so the participant sees what the trainer will see.
type submissionCreated struct {
	ID string `json:"id"`
	submissionResult
}

func (a *API) submit(w http.ResponseWriter, r *http.Request, params []string) error {
	code, ok := normalClassCode(params[0])
	if !ok {
		return apiError(CodeInvalidID, "Kode kelas tidak valid; kode terdiri dari 6 huruf/angka.")
	}
	data, err := readJSONBody(r, maxSubmissionBytes)
	if err != nil {
		return err
	}
	req, err := decodeSubmission(data)
	if err != nil {
		return err
	}
	doc, err := canonicalScenario(req.Scenario, "scenario.")
	if err != nil {
		return err
	}
	name := ""
	if req.Name != nil {
		name = strings.Join(strings.Fields(*req.Name), " ")
		if utf8.RuneCountInString(name) > maxNameRunes {
			e := apiError(CodeInvalidBody, "Kolom name (nama tampilan) terlalu panjang; paling banyak 80 karakter.")
			e.Fields = []string{"name"}
			return e
		}
	}
	if _, err := a.store.Class(r.Context(), code, a.opts.Now()); errors.Is(err, ErrNotFound) {
		return apiError(CodeNotFound, "Kelas tidak ditemukan atau sudah ditutup.")
	} else if err != nil {
		return err
	}
	sub := Submission{ID: newID(), ClassCode: code, Name: name, Scenario: doc, CreatedAt: a.opts.Now().UTC()}
	if err := a.store.AddSubmission(r.Context(), sub, a.opts.MaxClassSize); errors.Is(err, ErrClassFull) {
		return apiError(CodeClassFull, fmt.Sprintf("Kelas sudah penuh (%d kiriman). Minta pelatih membuka kelas baru.", a.opts.MaxClassSize))
	} else if err != nil {
		return err
	}
	res, err := summarize(sub)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, submissionCreated{ID: sub.ID, submissionResult: res})
}

// decodeSubmission decodes the envelope strictly; the scenario inside is
// validated separately so its problems get "scenario." paths.
func decodeSubmission(data []byte) (submissionRequest, error) {
	var req submissionRequest
	if len(data) == 0 {
		e := apiError(CodeInvalidJSON, "Isian kosong; kirim {\"scenario\": {...}}.")
		e.Fields = []string{"$"}
		return req, e
	}
	var fields map[string]rawJSON
	if err := domain.DecodeStrict(data, &fields); err != nil || fields == nil {
		e := apiError(CodeInvalidJSON, "Isian bukan objek JSON yang valid; kirim {\"name\": \"...\", \"scenario\": {...}}.")
		e.Fields = []string{"$"}
		return req, e
	}
	var unknown []string
	for k := range fields {
		if k != "name" && k != "scenario" {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		e := apiError(CodeInvalidBody, "Kolom tidak dikenal: "+strings.Join(unknown, ", ")+". Yang diterima hanya name dan scenario.")
		e.Fields = unknown
		return req, e
	}
	if err := domain.DecodeStrict(data, &req); err != nil {
		e := apiError(CodeInvalidBody, "Kolom name (nama tampilan) harus berupa teks.")
		e.Fields = []string{"name"}
		return req, e
	}
	if len(req.Scenario) > MaxScenarioBytes {
		return req, tooLarge(MaxScenarioBytes)
	}
	if len(req.Scenario) == 0 || string(req.Scenario) == "null" {
		e := apiError(CodeInvalidBody, "Kolom scenario wajib diisi dengan dokumen skenario.")
		e.Fields = []string{"scenario"}
		return req, e
	}
	return req, nil
}

func (a *API) readClass(w http.ResponseWriter, r *http.Request, params []string) error {
	code, ok := normalClassCode(params[0])
	if !ok {
		return apiError(CodeInvalidID, "Kode kelas tidak valid; kode terdiri dari 6 huruf/angka.")
	}
	token, ok := bearerToken(r)
	if !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="kelas"`)
		return apiError(CodeUnauthorized, "Data kelas hanya untuk pelatih: sertakan token kelas (Authorization: Bearer ...).")
	}
	c, err := a.store.Class(r.Context(), code, a.opts.Now())
	if errors.Is(err, ErrNotFound) {
		return apiError(CodeNotFound, "Kelas tidak ditemukan atau sudah ditutup.")
	}
	if err != nil {
		return err
	}
	if !tokenMatches(token, c.TokenHash) {
		return apiError(CodeForbidden, "Token kelas salah.")
	}
	subs, err := a.store.Submissions(r.Context(), code)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, classReport(c, subs))
}

func bearerToken(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	const prefix = "bearer "
	if len(h) <= len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return "", false
	}
	t := strings.TrimSpace(h[len(prefix):])
	return t, t != ""
}
