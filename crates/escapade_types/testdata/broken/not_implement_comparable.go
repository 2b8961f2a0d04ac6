// Mistake: using a slice type as a comparable type argument.
package main

import "fmt"

func Contains[T comparable](xs []T, v T) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func main() {
	fmt.Println(Contains([][]int{{1}}, []int{1}))
}
