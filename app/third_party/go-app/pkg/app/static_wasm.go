//go:build wasm && !goapp_noserver

// The js/wasm stub of GenerateStaticWebsite takes a *Handler, so it goes with
// the server side when the build uses -tags goapp_noserver.

package app

import (
	"runtime"

	"github.com/maxence-charriere/go-app/v10/pkg/errors"
)

func GenerateStaticWebsite(dir string, h *Handler, pages ...string) error {
	panic(errors.New("unsupported instruction").
		WithTag("architecture", runtime.GOARCH))
}
