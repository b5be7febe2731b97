package worker

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"strings"
)

// Share and submission ids: 16 random bytes (128 bits) as unpadded base64url,
// 22 characters.
const idBytes = 16

// classAlphabet has no look-alikes (0/O, 1/I/L) so a code read off a
// projector is typed right; 31^6 ≈ 8.9·10^8 codes.
const classAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

const classCodeLen = 6

func newID() string {
	b := make([]byte, idBytes)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go ≥ 1.24)
	return base64.RawURLEncoding.EncodeToString(b)
}

// validID reports whether s has the shape newID produces.
func validID(s string) bool {
	if len(s) != base64.RawURLEncoding.EncodedLen(idBytes) {
		return false
	}
	b, err := base64.RawURLEncoding.Strict().DecodeString(s)
	return err == nil && len(b) == idBytes
}

func newClassCode() string {
	b := make([]byte, classCodeLen)
	out := make([]byte, classCodeLen)
	// Rejection sampling keeps every letter equally likely.
	for i := 0; i < classCodeLen; {
		_, _ = rand.Read(b)
		for _, c := range b {
			if int(c) < 256/len(classAlphabet)*len(classAlphabet) && i < classCodeLen {
				out[i] = classAlphabet[int(c)%len(classAlphabet)]
				i++
			}
		}
	}
	return string(out)
}

// normalClassCode upper-cases a typed code and reports whether it has the
// right shape.
func normalClassCode(s string) (string, bool) {
	s = strings.ToUpper(s)
	if len(s) != classCodeLen {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(classAlphabet, s[i]) < 0 {
			return "", false
		}
	}
	return s, true
}

// newToken returns a 256-bit secret for the trainer.
func newToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// hashToken is what the store keeps instead of the token.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// tokenMatches compares in constant time.
func tokenMatches(token, hash string) bool {
	return subtle.ConstantTimeCompare([]byte(hashToken(token)), []byte(hash)) == 1
}
