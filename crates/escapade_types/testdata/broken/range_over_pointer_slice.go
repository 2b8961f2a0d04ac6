// Mistake: ranging over a pointer to a slice.
package main

import "fmt"

func sum(xs *[]int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	xs := []int{1, 2}
	fmt.Println(sum(&xs))
}
