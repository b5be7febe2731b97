package app

// Named actions. A handler is a method (c.onDelete, c.pickRating…), not a
// closure built in the element tree: what it acts on (a draft id, a period,
// a rating kind, an aspect) travels as a data-* attribute on the element or
// a container, and the handler reads it back with data.

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// data reads a data attribute of the element that fired or of its nearest
// container carrying it.
func data(ctx app.Context, name string) string {
	el := ctx.JSSrc().Call("closest", "[data-"+name+"]")
	if !el.Truthy() {
		return ""
	}
	return el.Call("getAttribute", "data-"+name).String()
}
