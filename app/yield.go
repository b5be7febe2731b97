package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// yieldToBrowser ends the browser task Go is running in and lets the
// browser paint and handle input before Go goes on. In js/wasm a sleeping
// goroutine with nothing else to run hands control back to the browser's
// event loop until a timer wakes it. Start-up is cut this way into steps
// well under the 50 ms that make a long task on a phone: a teacher can
// scroll the pre-rendered page while Go gets ready, and Lighthouse counts
// less blocking time. Natively (tests, the server) it does nothing.
func yieldToBrowser() {
	if app.IsClient {
		time.Sleep(time.Millisecond)
	}
}
