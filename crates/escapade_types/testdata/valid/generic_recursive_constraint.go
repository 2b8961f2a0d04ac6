// Covers: self-referential constraints (T interface{ Less(T) bool }), generic sorting by method.
package main

import (
	"fmt"
	"slices"
)

type Lesser[T any] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Word string

func (w Word) Less(o Word) bool { return len(w) < len(o) || (len(w) == len(o) && w < o) }

func SortByLess[T Lesser[T]](xs []T) {
	slices.SortFunc(xs, func(a, b T) int {
		switch {
		case a.Less(b):
			return -1
		case b.Less(a):
			return 1
		}
		return 0
	})
}

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func main() {
	ages := []Age{30, 4, 18}
	SortByLess(ages)
	words := []Word{"pear", "fig", "apple", "kiwi"}
	SortByLess(words)
	fmt.Println(ages, words, MinOf[Word]("bb", "a", "ccc"))
}
