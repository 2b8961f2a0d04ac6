// Mistake: calling a generic helper with one argument too few.
package main

import "fmt"

func Clamp[T int | float64](v, lo, hi T) T { return max(lo, min(v, hi)) }

func main() {
	fmt.Println(Clamp(5, 10))
}
