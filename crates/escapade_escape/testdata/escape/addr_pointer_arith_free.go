// addr_: pointer-free values (ints, floats, bools, arrays of them) flow
// nowhere; only addressed locals can be reported.
package main

var gi int
var gf float64

func scalars(a int, f float64, ok bool) {
	gi = a
	gf = f
	if ok {
		gi++
	}
}

func array(a [4]int) [4]int {
	b := a
	b[0] = gi
	return b
}

func main() {}
