package store

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Browser is the page's window.localStorage, read and written as raw text
// (go-app's BrowserStorage decodes JSON and so could neither return broken
// content verbatim nor keep it for a backup). Outside the browser it is an
// empty Memory, so the server pre-renders the default state.
func Browser() Storage {
	if !app.IsClient {
		return Memory{}
	}
	return browserStorage{}
}

type browserStorage struct{}

func (browserStorage) ls() app.Value { return app.Window().Get("localStorage") }

func (b browserStorage) Get(key string) (string, bool) {
	v := b.ls().Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return "", false
	}
	return v.String(), true
}

// Set turns the browser's exception (QuotaExceededError, private mode) into
// an error instead of a panic.
func (b browserStorage) Set(key, text string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("penyimpanan peramban menolak menulis (mungkin penuh atau mode privat)")
		}
	}()
	b.ls().Call("setItem", key, text)
	return nil
}

func (b browserStorage) Del(key string) { b.ls().Call("removeItem", key) }

func (b browserStorage) Keys() []string {
	ls := b.ls()
	n := ls.Get("length").Int()
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, ls.Call("key", i).String())
	}
	return out
}
