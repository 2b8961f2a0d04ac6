// append to a slice of 32-byte structs without pointers.
package main

import "fmt"

type Quad struct{ A, B, C, D float64 }

func main() {
	var s []Quad
	last := -1
	for i := 0; i < 800; i++ {
		s = append(s, Quad{A: float64(i)})
		if cap(s) != last {
			last = cap(s)
			fmt.Println(len(s), cap(s))
		}
	}
}
