//go:build goapp_nocrypto

package app

import "testing"

// With goapp_nocrypto, encryption fails with errNoCrypto instead of
// silently storing plain text. (The encryption tests of state_test.go and
// context_test.go expect AES-GCM and fail under this tag by design.)
func TestNoCrypto(t *testing.T) {
	if _, err := encrypt("0123456789abcdef0123456789abcdef", []byte("x")); err != errNoCrypto {
		t.Errorf("encrypt: got %v, want errNoCrypto", err)
	}
	if _, err := decrypt("0123456789abcdef0123456789abcdef", []byte("x")); err != errNoCrypto {
		t.Errorf("decrypt: got %v, want errNoCrypto", err)
	}
}
