// Mistake: using < on a type parameter that is only comparable.
package main

import "fmt"

func Max[T comparable](a, b T) T {
	if a < b {
		return b
	}
	return a
}

func main() {
	fmt.Println(Max(1, 2))
}
