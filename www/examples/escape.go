// Five classic escape-analysis cases. Compare with `go build -gcflags='-m -l'`.
package main

import "fmt"

type buffer struct{ data [64]byte }

// Returning a pointer to a local: the local is moved to the heap.
func leak() *buffer {
	var b buffer
	return &b
}

// A pointer that never leaves the function: b stays on the stack.
func local() byte {
	var b buffer
	p := &b
	return p.data[0]
}

// A closure that outlives its frame captures n by reference: n is moved to the heap.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// A slice returned to the caller must outlive the call: it is allocated on the heap.
func dynamic(n int) []int {
	return make([]int, n)
}

// Converting a value to an interface for fmt.Println makes it escape.
func show(x int) {
	fmt.Println(x)
}

func main() {
	next := counter()
	show(int(leak().data[0]) + int(local()) + next() + len(dynamic(3)))
}
