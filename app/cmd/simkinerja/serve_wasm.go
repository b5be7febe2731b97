//go:build wasm

package main

// serve is never reached in the browser; the server lives in serve.go.
func serve() {}
