// m2_: an assignment cycle through struct fields holding interfaces.
package main

type cell struct{ v any }

var out any

func cycleField() {
	var c, d cell
	c.v = d.v
	d.v = &c
	out = c.v
}

func main() {}
