// closure_: calling a function-typed parameter; arguments passed to an
// unknown function value leak to the heap.
package main

func callWith(f func(*int), v int) {
	f(&v)
}

func callRet(f func() *int) int {
	return *f()
}

func callTwice(f func(s []byte) int, b []byte) int {
	return f(b) + f(b[1:])
}

func main() {}
