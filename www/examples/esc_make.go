// make([]int, n) vs make([]int, 0, n) vs a constant size. go1.27 keeps all
// three local slices off the heap: since Go 1.25 a make with a run-time size
// that does not escape gets a small stack buffer (the heap is used only when
// n turns out too large). Switch to Go 1.23: the run-time sizes escape there.
// Compare with `go build -gcflags='-m -l'`.
package main

import "fmt"

// A length known only at run time, in a slice that never leaves:
// go1.27 says "does not escape"; go1.23 says "escapes to heap".
func withLen(n int) int {
	s := make([]int, n)
	return len(s)
}

// A run-time capacity gets the same verdict as a run-time length.
func withCap(n int) int {
	s := make([]int, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

// A constant capacity that the slice never leaves: stays on the stack.
func constCap() int {
	s := make([]int, 0, 16)
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	return len(s)
}

func main() {
	fmt.Println(withLen(4), withCap(4), constCap())
}
