// result_: tuple assignment from calls into locals and globals.
package main

var g1, g2 *int

func two(a, b *int) (*int, *int) { return a, b }

func toGlobals() {
	x, y := 1, 2
	g1, g2 = two(&x, &y)
}

func toLocals() int {
	x, y := 3, 4
	p, q := two(&x, &y)
	return *p + *q
}

func main() {}
