// Mistake: calling a function that was never declared (wrong name).
package main

import "fmt"

func computeSum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(computeTotal([]int{1, 2, 3}))
}
