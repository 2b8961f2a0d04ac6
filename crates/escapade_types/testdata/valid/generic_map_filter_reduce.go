// Covers: generic functions Map/Filter/Reduce with inference of type arguments from arguments.
package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	strs := Map(evens, strconv.Itoa)
	joined := Reduce(strs, "", func(acc string, s string) string { return acc + s + ";" })
	fmt.Println(evens, strs, joined)
	total := Reduce(nums, 0.0, func(a float64, n int) float64 { return a + float64(n)/2 })
	fmt.Println(total)
	lens := Map[string, int]([]string{"a", "bb"}, func(s string) int { return len(s) })
	fmt.Println(lens)
}
