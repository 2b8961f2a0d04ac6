// addr_: chains of pointers (address of address); levels of indirection
// decide what escapes when only the outermost pointer is stored.
package main

var sinkPP **int

func chain() {
	x := 1
	p := &x
	pp := &p
	sinkPP = pp
}

func chainDeref() *int {
	y := 2
	p := &y
	pp := &p
	return *pp
}

func chainLocal() int {
	z := 3
	p := &z
	pp := &p
	return **pp
}

func main() {}
