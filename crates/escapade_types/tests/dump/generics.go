package main

import (
	"fmt"
	"slices"
)

type Number interface{ ~int | ~float64 }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	p := Pair[string, int]{"a", 1}
	xs := []int{3, 1, 2}
	slices.Sort(xs)
	fmt.Println(p.Key, Sum(xs...), Sum(1.5, 2), slices.Index(xs, 2))
}
