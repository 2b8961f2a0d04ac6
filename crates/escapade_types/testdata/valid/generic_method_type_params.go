// Covers: generic methods with their own type parameters (accepted by go1.27), explicit and inferred method type arguments.
package main

import (
	"fmt"
	"strconv"
)

type List[T any] struct{ xs []T }

func (l List[T]) Map[U any](f func(T) U) List[U] {
	var out []U
	for _, x := range l.xs {
		out = append(out, f(x))
	}
	return List[U]{out}
}

func (l List[T]) Fold[A any](init A, f func(A, T) A) A {
	acc := init
	for _, x := range l.xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	l := List[int]{[]int{1, 2, 3}}
	strs := l.Map(strconv.Itoa)
	fmt.Println(strs.xs)
	total := l.Fold(0.5, func(a float64, x int) float64 { return a + float64(x) })
	fmt.Println(total)
	lens := List[string]{[]string{"a", "bb"}}.Map[int](func(s string) int { return len(s) })
	fmt.Println(lens.xs)
}
