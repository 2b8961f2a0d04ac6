// Large arrays and the stack size limits. Compare with
// `go build -gcflags='-m -l'`.
package main

import "fmt"

// A small fixed-size array stays on the stack.
func small() int {
	var a [64]int
	a[3] = 1
	return a[3]
}

// An explicitly declared variable may be up to 10 MB on the stack:
// for this 128 KB array gc prints nothing, so it stays on the stack.
func medium() int {
	var a [16384]int
	a[3] = 1
	return a[3]
}

// Above 10 MB (this one is 16 MB) gc reports "moved to heap: a" even
// though a never leaves the function.
func huge() int {
	var a [2 << 20]int
	a[3] = 1
	return a[3]
}

// Implicit allocations (make, new, composite literals) have a 64 KB limit:
// this make of 128 KB escapes to heap although it never leaves the call.
func bigMake() int {
	s := make([]int, 16384)
	s[3] = 1
	return s[3]
}

// Under the limit with a constant size, the same make stays on the stack.
func smallMake() int {
	s := make([]int, 1024)
	s[3] = 1
	return s[3]
}

// new of a large array is an implicit allocation too: it escapes to heap.
func bigNew() int {
	p := new([16384]int)
	p[3] = 1
	return p[3]
}

func main() {
	fmt.Println(small(), medium(), huge(), bigMake(), smallMake(), bigNew())
}
