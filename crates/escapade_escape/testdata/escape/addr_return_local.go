// addr_: returning the address of a local variable (moved to heap) versus
// returning its value (stays on the stack).
package main

type point struct{ x, y int }

func newPoint() *point {
	p := point{1, 2}
	return &p
}

func valuePoint() point {
	p := point{3, 4}
	q := &p
	return *q
}

func newInt(v int) *int {
	return &v
}

func main() {
	_ = newPoint()
	_ = valuePoint()
	_ = newInt(5)
}
