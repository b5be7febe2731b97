//go:build goapp_nocrypto

// A build made with -tags goapp_nocrypto has no encryption: Context.Encrypt,
// Context.Decrypt and encrypted state persistence return an error. It spares
// a client that never encrypts the AES-GCM code.
package app

import "errors"

var errNoCrypto = errors.New("encryption is not built in (goapp_nocrypto)")

func encrypt(key string, v []byte) ([]byte, error) { return nil, errNoCrypto }

func decrypt(key string, v []byte) ([]byte, error) { return nil, errNoCrypto }
