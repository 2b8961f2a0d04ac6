// Covers: inferring type arguments from function-typed arguments and from generic function arguments (reverse inference).
package main

import (
	"fmt"
	"slices"
	"strconv"
)

func Apply[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Double[N int | float64](n N) N { return n * 2 }

func Sorted[T int | string](xs []T) []T {
	out := slices.Clone(xs)
	slices.Sort(out)
	return out
}

func main() {
	fmt.Println(Apply([]int{1, 2}, Double)) // Double instantiated with int
	fmt.Println(Apply([]float64{1.5}, Double[float64]))
	fmt.Println(Apply([]int{5, 10}, strconv.Itoa))
	var sorter func([]string) []string = Sorted
	fmt.Println(sorter([]string{"b", "a"}))
}
