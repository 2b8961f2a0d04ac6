// Mistake: inconsistent type arguments inferred from two arguments.
package main

import "fmt"

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	x := 3
	y := 4.5
	fmt.Println(Max(x, y))
}
