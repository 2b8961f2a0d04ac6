// closure_: a func literal called where it is defined does not escape,
// even when it captures by reference.
package main

func immediate() int {
	x := 1
	func() { x++ }()
	return x
}

func immediateResult(a, b int) int {
	return func(u int) int { return u + a + b }(3)
}

func main() {}
