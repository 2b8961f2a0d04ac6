// Slices: kept local vs returned. Compare with `go build -gcflags='-m -l'`.
package main

import "fmt"

// The backing array never leaves sumSquares and its size is a constant:
// gc keeps it on the stack ("does not escape").
func sumSquares() int {
	s := make([]int, 8)
	for i := range s {
		s[i] = i * i
	}
	total := 0
	for _, v := range s {
		total += v
	}
	return total
}

// The same make, but the slice is returned: its backing array must outlive
// the call, so it "escapes to heap".
func squares() []int {
	s := make([]int, 8)
	for i := range s {
		s[i] = i * i
	}
	return s
}

// A slice literal follows the same rule: local here, so no heap allocation.
func first() int {
	s := []int{1, 2, 3}
	return s[0]
}

func main() {
	fmt.Println(sumSquares(), len(squares()), first())
}
