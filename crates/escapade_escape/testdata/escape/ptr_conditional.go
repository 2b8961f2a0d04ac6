// ptr_: pointers assigned on some branches only.
package main

var sink *int

func choose(c bool, a, b *int) *int {
	if c {
		return a
	}
	return b
}

func chooseLocal(c bool) int {
	x, y := 1, 2
	p := &x
	if c {
		p = &y
	}
	return *p
}

func maybeLeak(c bool) {
	z := 3
	if c {
		sink = &z
	}
}

func main() {}
