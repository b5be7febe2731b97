package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// yieldToBrowser ends the browser task Go is running in and lets the
// browser paint and handle input before Go goes on. In js/wasm a goroutine
// waiting on a channel, with nothing else to run, hands control back to the
// browser's event loop; a MessageChannel message wakes it in the next task
// (a timer would be clamped to 4 ms once nested). Start-up is cut this way
// into steps well under the 50 ms that make a long task on a phone: a
// teacher can scroll the pre-rendered page while Go gets ready, and
// Lighthouse counts less blocking time. Natively (tests, the server) it
// does nothing.
//
// Meanwhile go-app's own loop waits: events that arrive are queued as
// usual, and a link tapped in that instant is followed by the browser
// itself, as before the wasm ran.
func yieldToBrowser() {
	if !app.IsClient {
		return
	}
	done := make(chan struct{})
	wake := app.FuncOf(func(app.Value, []app.Value) any {
		close(done)
		return nil
	})
	defer wake.Release()
	ch := app.Window().Get("MessageChannel").New()
	ch.Get("port1").Set("onmessage", wake)
	ch.Get("port2").Call("postMessage", nil)
	<-done
	ch.Get("port1").Call("close")
}

// chunk is one part of a screen that may be built and mounted in a browser
// task of its own: go-app calls OnInit just before it renders and mounts a
// component, so the browser can take a turn between the chunks of a screen
// (the header, each block of the content, the footer) instead of waiting
// for the whole screen. A chunk adds no element to the page. Its Body is a
// func, which go-app never takes for unchanged, so the chunk re-renders
// with the screen like the elements it holds.
type chunk struct {
	app.Compo
	Body func() app.UI
	pace *pacer
}

// OnInit gives the browser a turn if the screen has kept it long enough.
func (c *chunk) OnInit() { c.pace.turn() }

// Render is the chunk's content.
func (c *chunk) Render() app.UI { return c.Body() }

// pacer spaces the turns of one render's chunks: Go yields once it has
// worked for turnBudget since the last turn, so a screen of many small
// blocks does not pay a turn per block. 8 ms on the device is well under
// the 50 ms of a long task, also on a phone's slower CPU.
type pacer struct{ last time.Time }

const turnBudget = 8 * time.Millisecond

// turn yields to the browser when the budget is spent.
func (p *pacer) turn() {
	if !app.IsClient || time.Since(p.last) < turnBudget {
		return
	}
	yieldToBrowser()
	p.last = time.Now()
}

// chunks wraps each element of ui (after go-app's filtering of nil and
// unmatched conditions) in a chunk of its own, paced by p.
func chunks(p *pacer, ui ...app.UI) []app.UI {
	ui = app.FilterUIElems(ui...)
	out := make([]app.UI, len(ui))
	for i, u := range ui {
		out[i] = &chunk{Body: func() app.UI { return u }, pace: p}
	}
	return out
}
