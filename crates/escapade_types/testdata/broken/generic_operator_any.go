// Mistake: using + on a type parameter constrained by any.
package main

import "fmt"

func Sum[T any](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(Sum([]int{1, 2}))
}
