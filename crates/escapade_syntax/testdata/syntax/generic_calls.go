package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Zero[T any]() (z T) { return }

type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	a := Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) })
	b := Map[int, string]([]int{3}, fmt.Sprint)
	c := Zero[int]()
	f := Map[int, int]
	p := Pair[string, int]{"a", 1}
	q := &Pair[string, []int]{K: "b"}
	fmt.Println(a, b, c, f, p, q)
}
