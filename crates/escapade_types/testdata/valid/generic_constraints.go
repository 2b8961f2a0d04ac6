// Covers: constraint interfaces with type sets, ~T approximation elements, unions, cmp.Ordered, comparable.
package main

import (
	"cmp"
	"fmt"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxOf[T cmp.Ordered](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Celsius](10, 20.5))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple"), MaxOf(2.5))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]int{1}, 5))
	type pt struct{ x, y int }
	fmt.Println(Index([]pt{{1, 2}, {3, 4}}, pt{3, 4}))
}
