// generic_: generic functions are instantiated as shape functions; their
// params print no summaries, but call sites see the flows.
package main

func identity[T any](v T) T { return v }

func ptrIdentity[T any](p *T) *T { return p }

func useIdentity() int {
	x := 1
	p := ptrIdentity(&x)
	return *p + identity(2)
}

var sink *int

func leakThrough() {
	y := 3
	sink = ptrIdentity(&y)
}

func main() {
	_ = useIdentity()
	leakThrough()
}
