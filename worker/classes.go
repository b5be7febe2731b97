package worker

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"simkinerja/domain"
	"simkinerja/domain/wire"
)

// maxNameRunes bounds the optional display name of a submission.
const maxNameRunes = 80

// classRowBytes is what creating a class charges to the byte budgets.
const classRowBytes = rowOverhead

// classCreated is the body of 201 Created for a class. The token is shown
// once; only its hash is stored.
type classCreated = wire.ClassCreated

func (a *API) createClass(w http.ResponseWriter, r *http.Request, _ []string) error {
	ctx, now := r.Context(), a.opts.Now().UTC()
	if err := a.commitWrite(ctx, w.Header(), clientAddr(r), classRowBytes, now); err != nil {
		return err
	}
	token := newToken()
	c := Class{TokenHash: hashToken(token), CreatedAt: now, ExpiresAt: now.Add(ClassLifetime)}
	var err error
	for try := 0; ; try++ {
		c.Code = newClassCode()
		err = a.store.CreateClass(ctx, c)
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

// submissionCreated is the body of 201 Created (200 when it replaced an
// earlier submission with the same Idempotency-Key) for a submission: the
// server's own result, so the participant sees what the trainer will see.
type submissionCreated = wire.SubmissionCreated

// IdempotencyHeader carries a client-generated key on a submission: the same
// key in the same class replaces the earlier submission instead of adding
// one. A client keeps one key per class and device, so a retry after a lost
// response, and a corrected scenario sent later, both replace its own entry.
const IdempotencyHeader = "Idempotency-Key"

// idempotencyKey returns the hash of a valid Idempotency-Key, "" without one.
// A key is 16–128 characters of A–Z a–z 0–9 - _ . : (a UUID or 128 random
// bits in base64url both fit); no comma, so it arrives whole on Workers too.
func idempotencyKey(r *http.Request) (string, error) {
	vs := r.Header.Values(IdempotencyHeader)
	if len(vs) == 0 {
		return "", nil
	}
	bad := apiError(CodeInvalidHeader, "Header Idempotency-Key harus satu nilai: 16–128 huruf, angka, atau - _ . :")
	bad.Fields = []string{IdempotencyHeader}
	if len(vs) != 1 || len(vs[0]) < 16 || len(vs[0]) > 128 {
		return "", bad
	}
	for _, c := range []byte(vs[0]) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-_.:", c) >= 0) {
			return "", bad
		}
	}
	sum := sha256.Sum256([]byte(vs[0]))
	return hex.EncodeToString(sum[:]), nil
}

var (
	errNoClass = func() *Error { return apiError(CodeNotFound, "Kelas tidak ditemukan atau sudah ditutup.") }
	errBadCode = func() *Error {
		return apiError(CodeInvalidID, "Kode kelas tidak valid; kode terdiri dari 6 huruf/angka.")
	}
)

func (a *API) submit(w http.ResponseWriter, r *http.Request, params []string) error {
	ctx, now, addr := r.Context(), a.opts.Now().UTC(), clientAddr(r)
	code, ok := normalClassCode(params[0])
	if !ok {
		return errBadCode()
	}
	idem, err := idempotencyKey(r)
	if err != nil {
		return err
	}
	if err := a.check(ctx, w.Header(), addr, a.misses(), now); err != nil {
		return err
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
	// Look the class up before charging anything, so a wrong code costs the
	// sender a miss, not stored bytes. A closed class answers the same, but
	// is no miss: participants behind one school address who still send to
	// it must not lock their trainer out of the class view.
	if c, err := a.store.Class(ctx, code, now); errors.Is(err, ErrNotFound) {
		return a.miss(r, w.Header(), addr, now, errNoClass())
	} else if err != nil {
		return err
	} else if !c.ClosedAt.IsZero() {
		return errNoClass()
	}
	if err := a.commitWrite(ctx, w.Header(), addr, int64(len(doc)+len(name)+rowOverhead), now); err != nil {
		return err
	}
	sub := Submission{ID: newID(), ClassCode: code, Name: name, Scenario: doc, CreatedAt: now, Idem: idem}
	id, replaced, err := a.store.AddSubmission(ctx, sub, a.opts.MaxClassSize)
	switch {
	case errors.Is(err, ErrClassFull):
		return apiError(CodeClassFull, fmt.Sprintf("Kelas sudah penuh (%d kiriman). Minta pelatih membuka kelas baru.", a.opts.MaxClassSize))
	case errors.Is(err, ErrNotFound): // closed or expired since the lookup
		return errNoClass()
	case err != nil:
		return err
	}
	sub.ID = id
	res, err := summarize(sub)
	if err != nil {
		return err
	}
	status := http.StatusCreated
	if replaced {
		status = http.StatusOK
	}
	return writeJSON(w, status, submissionCreated{ID: id, Replaced: replaced, SubmissionResult: res})
}

// miss counts a failed class lookup for the client and returns e. The
// counter is checked (read-only) before every lookup, so at most
// Options.MissLimit misses an hour reach the store.
func (a *API) miss(r *http.Request, hdr http.Header, addr string, now time.Time, e *Error) error {
	if a.opts.MissLimit > 0 {
		t := now.Unix()
		c := Charge{Key: a.key(kindMisses, addr, t), Win: t / hour, Add: Counter{N: 1}, CapN: 1 << 62, CapBytes: 1 << 62, Expires: time.Unix((t/hour+2)*hour, 0)}
		if _, err := a.store.Charge(r.Context(), c); err != nil {
			a.opts.Logf("worker: %v", err)
		}
	}
	return e
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

// trainerClass checks the code and the trainer's token. An unknown or
// expired class and a wrong token get the same answer (403), so a guessed
// code tells nothing; each counts as a miss for the client.
func (a *API) trainerClass(w http.ResponseWriter, r *http.Request, param string, now time.Time) (Class, error) {
	code, ok := normalClassCode(param)
	if !ok {
		return Class{}, errBadCode()
	}
	token, ok := bearerToken(r)
	if !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="kelas"`)
		return Class{}, apiError(CodeUnauthorized, "Data kelas hanya untuk pelatih: sertakan token kelas (Authorization: Bearer ...).")
	}
	addr := clientAddr(r)
	if err := a.check(r.Context(), w.Header(), addr, a.misses(), now); err != nil {
		return Class{}, err
	}
	c, err := a.store.Class(r.Context(), code, now)
	if errors.Is(err, ErrNotFound) || err == nil && !tokenMatches(token, c.TokenHash) {
		return Class{}, a.miss(r, w.Header(), addr, now, apiError(CodeForbidden, "Token kelas salah."))
	}
	return c, err
}

func (a *API) readClass(w http.ResponseWriter, r *http.Request, params []string) error {
	now := a.opts.Now().UTC()
	if _, ok := normalClassCode(params[0]); ok {
		if _, ok := bearerToken(r); ok {
			if err := a.count(r.Context(), w.Header(), clientAddr(r), a.reads(), now); err != nil {
				return err
			}
		}
	}
	c, err := a.trainerClass(w, r, params[0], now)
	if err != nil {
		return err
	}
	subs, err := a.store.Submissions(r.Context(), c.Code)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, classReport(c, subs))
}

// classChange is the body of PATCH /api/classes/{code}.
type classChange = wire.ClassChange

// classState is the answer to PATCH /api/classes/{code}.
type classState = wire.ClassState

// changeClass closes a class to new submissions ({"closed":true}) or opens
// it again ({"closed":false}); what was submitted stays.
func (a *API) changeClass(w http.ResponseWriter, r *http.Request, params []string) error {
	now := a.opts.Now().UTC()
	c, err := a.trainerClass(w, r, params[0], now)
	if err != nil {
		return err
	}
	data, err := readJSONBody(r, maxPatchBytes)
	if err != nil {
		return err
	}
	var ch classChange
	if err := domain.DecodeStrict(data, &ch); err != nil || ch.Closed == nil {
		e := apiError(CodeInvalidBody, `Kirim {"closed": true} untuk menutup kelas atau {"closed": false} untuk membukanya lagi.`)
		e.Fields = []string{"closed"}
		return e
	}
	if err := a.commitWrite(r.Context(), w.Header(), clientAddr(r), 0, now); err != nil {
		return err
	}
	if err := a.store.SetClassClosed(r.Context(), c.Code, *ch.Closed, now); errors.Is(err, ErrNotFound) {
		return apiError(CodeForbidden, "Token kelas salah.")
	} else if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, classState{Code: c.Code, Closed: *ch.Closed, ExpiresAt: c.ExpiresAt.Format(timeFormat)})
}

// removeSubmission lets the trainer delete one submission (junk, or someone
// posing as a participant). 204 on success.
func (a *API) removeSubmission(w http.ResponseWriter, r *http.Request, params []string) error {
	now := a.opts.Now().UTC()
	c, err := a.trainerClass(w, r, params[0], now)
	if err != nil {
		return err
	}
	if !validID(params[1]) {
		return apiError(CodeInvalidID, "Kode kiriman tidak valid.")
	}
	if err := a.commitWrite(r.Context(), w.Header(), clientAddr(r), 0, now); err != nil {
		return err
	}
	if err := a.store.DeleteSubmission(r.Context(), c.Code, params[1]); errors.Is(err, ErrNotFound) {
		return apiError(CodeNotFound, "Kiriman tidak ditemukan di kelas ini.")
	} else if err != nil {
		return err
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusNoContent)
	return nil
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
