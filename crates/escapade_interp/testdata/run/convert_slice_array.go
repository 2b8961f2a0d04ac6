// Covers: converting a slice to an array copies its first elements (later writes to either side
// stay separate), nil and empty slices to [0]T, and an error value wrapped with %w printed by
// an uncaught panic.
package main

import (
	"errors"
	"fmt"
)

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [3]int(s)
	s[0] = 100
	a[1] = 200
	fmt.Println(a, s, len(a))
	var empty []string
	z := [0]string(empty)
	fmt.Println(len(z), z)
	b := [5]int(s[:5])
	fmt.Println(b == [5]int{100, 2, 3, 4, 5})
	var done chan int
	fmt.Println(done == nil)
	done = make(chan int, 1)
	done <- 1
	done = nil
	fmt.Println(done == nil)
	base := errors.New("disk full")
	panic(fmt.Errorf("save %q: %w", "notes.txt", base))
}
