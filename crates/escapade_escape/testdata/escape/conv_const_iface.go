// conv_: constant-initialised locals converted to interfaces (1.27 rewrites
// the value to the literal in the message).
package main

var sink any

type small int

func constInt() {
	x := 5
	sink = x
}

func constStr() {
	s := "hello"
	sink = s
}

func namedConst() {
	v := small(3)
	sink = v
}

func reassigned(c bool) {
	x := 5
	if c {
		x = 6
	}
	sink = x
}

func main() {}
