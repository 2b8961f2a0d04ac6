// closure_: a captured variable whose address is taken is captured by
// reference (addr=true).
package main

var sink *int

func addrThenCapture() func() int {
	v := 1
	sink = &v
	return func() int { return v }
}

func addrInside() int {
	w := 2
	f := func() *int { return &w }
	return *f()
}

func main() {}
