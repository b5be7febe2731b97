// Package client is the app's side of the worker API (/api/…): calls through
// the browser's own fetch (via go-app's JS bridge) and decoding of the answers
// into the wire types the worker writes (simkinerja/domain/wire), so the two
// sides share one definition of every body and error code.
//
// net/http is deliberately not imported: in js/wasm it would pull the whole
// HTTP stack into app.wasm for what fetch already does. A call blocks its
// goroutine until the response arrives, so a screen calls it inside
// ctx.Async and hands the outcome back with ctx.Dispatch.
package client

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/domain"
	"simkinerja/domain/wire"
)

// apiTimeoutMS bounds one API call; a school network may be slow, not silent.
const apiTimeoutMS = 20000

// PollTimeoutMS bounds one refresh of a polled view (Kelas): a request that
// hangs must not freeze the projector for apiTimeoutMS when the next refresh
// would come soon anyway. (The e2e suite saw a class read hang now and then
// on a loaded machine; the next one went through.)
const PollTimeoutMS = 8000

// APIError is a failed API call, with the worker's Indonesian message when it
// sent one. Offline marks a call that never reached the server.
type APIError struct {
	Status   int
	Code     string
	Message  string
	Problems []domain.Problem
	Offline  bool
}

// Error implements error; the message is meant for people.
func (e *APIError) Error() string { return e.Message }

// ErrOffline is returned before any call when the browser says it is offline.
var ErrOffline error = &APIError{Offline: true, Message: "Perangkat sedang luring (tanpa sinyal). Draf Anda tetap tersimpan di perangkat ini; coba lagi setelah tersambung."}

// Shareable returns the scenario as it may leave the device: a copy without
// Identitas (name, NIP) unless the user ticked the box to include it.
func Shareable(sc domain.Scenario, includeIdentity bool) domain.Scenario {
	out := sc.Clone()
	if !includeIdentity {
		out.Identitas = nil
	}
	return out
}

// ShareableRecord is Shareable for a whole record.
func ShareableRecord(r domain.Record, includeIdentity bool) domain.Record {
	b, err := domain.Encode(r)
	out := r
	if err == nil {
		var c domain.Record
		if domain.DecodeStrict(b, &c) == nil {
			out = c
		}
	}
	if !includeIdentity {
		out.Identitas = nil
	}
	return out
}

// HasIdentity reports whether the scenario carries a name or NIP.
func HasIdentity(sc domain.Scenario) bool {
	return sc.Identitas != nil && (strings.TrimSpace(sc.Identitas.Nama) != "" || strings.TrimSpace(sc.Identitas.NIP) != "")
}

// SubmissionBody is the envelope of POST /api/classes/{code}/submissions.
func SubmissionBody(name string, sc domain.Scenario) ([]byte, error) {
	doc, err := domain.Encode(sc)
	if err != nil {
		return nil, err
	}
	body := wire.SubmissionRequest{Scenario: wire.RawJSON(doc)}
	if n := strings.Join(strings.Fields(name), " "); n != "" {
		body.Name = &n
	}
	return json.Marshal(body)
}

// DecodeResponse turns a status and body into out or an *APIError carrying
// the worker's message ({"error":{"code","message"}}).
func DecodeResponse(status int, body []byte, out any) error {
	if status >= 200 && status < 300 {
		if out == nil {
			return nil
		}
		if err := json.Unmarshal(body, out); err != nil {
			return &APIError{Status: status, Message: "Jawaban server tidak dapat dibaca: " + err.Error()}
		}
		return nil
	}
	var env wire.ErrorBody
	if json.Unmarshal(body, &env) == nil && env.Error != nil && env.Error.Message != "" {
		return &APIError{Status: status, Code: env.Error.Code, Message: env.Error.Message, Problems: env.Error.Problems}
	}
	msg := fmt.Sprintf("Server menjawab dengan kode %d.", status)
	if status == 503 || status == 502 || status == 504 {
		msg = "Layanan berbagi sedang tidak tersedia. Draf Anda tetap tersimpan; coba lagi nanti."
	}
	return &APIError{Status: status, Message: msg}
}

// Online reports navigator.onLine; outside the browser it is true.
func Online() bool {
	if !app.IsClient {
		return true
	}
	v := app.Window().Get("navigator").Get("onLine")
	return v.IsUndefined() || v.Truthy()
}

// Origin is the page's origin ("http://127.0.0.1:8000"), for absolute links.
func Origin() string {
	if !app.IsClient {
		return ""
	}
	return app.Window().Get("location").Get("origin").String()
}

// callAPI sends one request and decodes the answer into out. It blocks, so
// call it from ctx.Async. A network failure returns an *APIError with
// Offline set and the draft is never touched.
func callAPI(method, path string, body []byte, token string, out any) error {
	return callAPIWithin(apiTimeoutMS, method, path, body, token, out)
}

// callAPIWithin is callAPI with its own time limit in milliseconds.
func callAPIWithin(timeoutMS int, method, path string, body []byte, token string, out any) error {
	if !app.IsClient {
		return errors.New("hanya tersedia di peramban")
	}
	if !Online() {
		return ErrOffline
	}
	status, data, err := fetch(method, path, body, token, timeoutMS)
	if err != nil {
		return &APIError{Offline: true, Message: "Tidak dapat menghubungi server (" + err.Error() + "). Draf Anda tetap tersimpan di perangkat ini; coba lagi setelah tersambung."}
	}
	return DecodeResponse(status, data, out)
}

// fetch runs window.fetch and waits for the status and the body text.
func fetch(method, path string, body []byte, token string, timeoutMS int) (int, []byte, error) {
	type outcome struct {
		status int
		text   string
		err    error
	}
	done := make(chan outcome, 1)
	headers := map[string]any{"Accept": "application/json"}
	if body != nil {
		headers["Content-Type"] = "application/json"
	}
	if token != "" {
		headers["Authorization"] = "Bearer " + token
	}
	opts := map[string]any{"method": method, "headers": headers, "cache": "no-store"}
	if body != nil {
		opts["body"] = string(body)
	}
	if as := app.Window().Get("AbortSignal"); !as.IsUndefined() && !as.Get("timeout").IsUndefined() {
		opts["signal"] = as.Call("timeout", timeoutMS)
	}

	var funcs []app.Func
	fn := func(f func(args []app.Value)) app.Func {
		g := app.FuncOf(func(this app.Value, args []app.Value) any { f(args); return nil })
		funcs = append(funcs, g)
		return g
	}
	fail := fn(func(args []app.Value) {
		msg := "jaringan gagal"
		if len(args) > 0 && !args[0].IsUndefined() && !args[0].IsNull() {
			if m := args[0].Get("message"); !m.IsUndefined() && m.String() != "" {
				msg = m.String()
			}
		}
		done <- outcome{err: errors.New(msg)}
	})
	var status int
	gotText := fn(func(args []app.Value) {
		done <- outcome{status: status, text: args[0].String()}
	})
	gotResponse := fn(func(args []app.Value) {
		resp := args[0]
		status = resp.Get("status").Int()
		resp.Call("text").Call("then", gotText, fail)
	})
	app.Window().Call("fetch", path, opts).Call("then", gotResponse, fail)
	o := <-done
	for _, f := range funcs {
		f.Release()
	}
	return o.status, []byte(o.text), o.err
}

// CreateShare stores a record (every year of a draft) and returns its link.
func CreateShare(r domain.Record) (wire.ShareCreated, error) {
	doc, err := domain.Encode(r)
	if err != nil {
		return wire.ShareCreated{}, err
	}
	var out wire.ShareCreated
	err = callAPI("POST", "/api/shares", doc, "", &out)
	return out, err
}

// FetchShare loads a shared document of either schema (a one-year scenario
// or a record); it is decoded strictly, so a damaged one reports its fields.
func FetchShare(id string) (domain.Record, error) {
	var raw json.RawMessage
	if err := callAPI("GET", "/api/shares/"+id, nil, "", &raw); err != nil {
		return domain.Record{}, err
	}
	return domain.DecodeRecord(raw)
}

// CreateClass opens a class for a trainer.
func CreateClass() (wire.ClassCreated, error) {
	var out wire.ClassCreated
	err := callAPI("POST", "/api/classes", []byte("{}"), "", &out)
	return out, err
}

// Submit sends a scenario to a class under an optional display name.
func Submit(code, name string, sc domain.Scenario) (wire.SubmissionCreated, error) {
	body, err := SubmissionBody(name, sc)
	if err != nil {
		return wire.SubmissionCreated{}, err
	}
	var out wire.SubmissionCreated
	err = callAPI("POST", "/api/classes/"+code+"/submissions", body, "", &out)
	return out, err
}

// FetchClass loads a class with the trainer's token.
func FetchClass(code, token string) (wire.ClassView, error) {
	var out wire.ClassView
	err := callAPIWithin(PollTimeoutMS, "GET", "/api/classes/"+code, nil, token, &out)
	return out, err
}

// WatchOnline calls changed (on the UI goroutine) whenever the browser goes
// online or offline; the returned func removes the listeners.
func WatchOnline(ctx app.Context, changed func(ctx app.Context)) (stop func()) {
	if !app.IsClient {
		return func() {}
	}
	f := app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(changed)
		return nil
	})
	w := app.Window()
	w.Call("addEventListener", "online", f)
	w.Call("addEventListener", "offline", f)
	return func() {
		w.Call("removeEventListener", "online", f)
		w.Call("removeEventListener", "offline", f)
		f.Release()
	}
}
