// addr_: address taken inside a closure body and the closure stored
// globally versus called immediately.
package main

var fn func() *int

func storeClosure() {
	x := 1
	fn = func() *int { return &x }
}

func callNow() int {
	y := 2
	p := func() *int { return &y }()
	return *p
}

func main() {}
