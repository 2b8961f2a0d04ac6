// Closures capturing variables. Compare with `go build -gcflags='-m -l'`.
package main

import "fmt"

// A closure called in place does not escape, and neither does total.
func sum(xs []int) int {
	total := 0
	add := func(x int) { total += x }
	for _, x := range xs {
		add(x)
	}
	return total
}

// A returned closure outlives the call: the func literal escapes, and n,
// which it modifies, is moved to the heap.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// A captured variable that is never reassigned is captured by value:
// the closure escapes, but step itself is not moved to the heap.
func adder(step int) func(int) int {
	return func(x int) int { return x + step }
}

func main() {
	next := counter()
	next()
	add2 := adder(2)
	fmt.Println(sum([]int{1, 2, 3}), next(), add2(3))
}
