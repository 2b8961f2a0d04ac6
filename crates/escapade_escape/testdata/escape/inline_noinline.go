// inline_: //go:noinline keeps the callee out of line even without -l, so
// its leak summary decides the caller's verdict.
package main

//go:noinline
func keepPtr(p *int) *int { return p }

func inlinable(p *int) *int { return p }

func useBoth() int {
	a, b := 1, 2
	return *keepPtr(&a) + *inlinable(&b)
}

func main() {
	println(useBoth())
}
