package store

import (
	"encoding/json"
	"errors"
	"fmt"
)

// rusakKarena words why stored drafts could not be read, in Indonesian: the
// JSON library's own text ("invalid character 'g' …") means nothing to a
// teacher (issue 13). The content itself is kept in the backup.
func rusakKarena(err error) string {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		return fmt.Sprintf("isinya bukan data draf yang utuh (rusak di sekitar karakter ke-%d; mungkin terpotong atau tertimpa program lain)", se.Offset)
	}
	if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		field := te.Field
		if field == "" {
			field = "isi utama"
		}
		return fmt.Sprintf("isinya tidak berbentuk data draf (bagian %q berjenis salah)", field)
	}
	return "isinya tidak dapat dibaca sebagai data draf"
}
