// Mistake: comparing values of a type parameter constrained by any with ==.
package main

import "fmt"

func IndexOf[T any](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(IndexOf([]int{1, 2}, 2))
}
