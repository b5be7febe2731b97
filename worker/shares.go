package worker

import (
	"errors"
	"net/http"

	"simkinerja/domain"
	"simkinerja/domain/wire"
)

// shareCreated is the body of 201 Created for a share.
type shareCreated = wire.ShareCreated

func (a *API) createShare(w http.ResponseWriter, r *http.Request, _ []string) error {
	data, err := readJSONBody(r, MaxScenarioBytes)
	if err != nil {
		return err
	}
	doc, err := canonicalScenario(data, "")
	if err != nil {
		return err
	}
	now := a.opts.Now().UTC()
	if err := a.commitWrite(r.Context(), w.Header(), clientAddr(r), int64(len(doc)+rowOverhead), now); err != nil {
		return err
	}
	sh := Share{Scenario: doc, CreatedAt: now, ExpiresAt: now.Add(ShareLifetime)}
	for try := 0; ; try++ {
		sh.ID = newID()
		err = a.store.CreateShare(r.Context(), sh)
		if !errors.Is(err, ErrConflict) || try == 2 {
			break
		}
	}
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/api/shares/"+sh.ID)
	return writeJSON(w, http.StatusCreated, shareCreated{
		ID: sh.ID, URL: "/s/" + sh.ID, ExpiresAt: sh.ExpiresAt.Format(timeFormat),
	})
}

func (a *API) readShare(w http.ResponseWriter, r *http.Request, params []string) error {
	id := params[0]
	if !validID(id) {
		return apiError(CodeInvalidID, "Kode tautan tidak valid; periksa kembali tautannya.")
	}
	sh, err := a.store.Share(r.Context(), id, a.opts.Now())
	if errors.Is(err, ErrNotFound) {
		return apiError(CodeNotFound, "Tautan tidak ditemukan atau sudah kedaluwarsa (tautan berlaku 90 hari).")
	}
	if err != nil {
		return err
	}
	return writeRaw(w, http.StatusOK, sh.Scenario)
}

// canonicalScenario validates a document of either schema with the domain
// package (a schema-1 scenario or a schema-2 record across years) and
// returns it re-encoded in its own schema, so only what the domain
// understood is stored and an old client gets back what it sent. The NIP is
// dropped: the server never keeps it (a name the user chose to send stays,
// and the trainer sees it).
func canonicalScenario(data []byte, pathPrefix string) ([]byte, error) {
	if len(data) == 0 {
		e := apiError(CodeInvalidJSON, "Isian kosong; kirim dokumen skenario sebagai JSON.")
		e.Fields = []string{joinPath(pathPrefix, "")}
		return nil, e
	}
	if s, err := domain.DecodeScenario(data); err == nil {
		s.Identitas = tanpaNIP(s.Identitas)
		return domain.Encode(s)
	}
	r, err := domain.DecodeRecord(data)
	if err != nil {
		return nil, invalidDocument(err, pathPrefix)
	}
	r.Identitas = tanpaNIP(r.Identitas)
	return domain.Encode(r)
}

// tanpaNIP keeps only the name of an identitas.
func tanpaNIP(id *domain.Identitas) *domain.Identitas {
	if id == nil || id.Nama == "" {
		return nil
	}
	return &domain.Identitas{Nama: id.Nama}
}

// timeFormat is RFC 3339 in UTC, seconds precision.
const timeFormat = "2006-01-02T15:04:05Z"
