// A function returning a local bound once to a literal: gc's StaticValue goes from the
// inlined call's result through the local to the literal, whose copy is called.
package main

var sink any

func byRef() func() int {
	v := 1
	g := func() int { return v }
	v = 2
	return g
}

func byVal(n int) func(int) int {
	add := func(x int) int { return x + n }
	return add
}

func kept() func() int {
	c := 0
	f := func() int { c++; return c }
	sink = f
	return f
}

func main() {
	h := byRef()
	_ = h()
	_ = byVal(3)(4)
	k := kept()
	_ = k()
}
