// defer_: a top-level defer's arguments persist but do not escape; a defer
// in a loop escapes.
package main

func release(p *int) {}

func topLevel() {
	x := 1
	defer release(&x)
}

func inLoop(n int) {
	for i := 0; i < n; i++ {
		y := i
		defer release(&y)
	}
}

func main() {}
