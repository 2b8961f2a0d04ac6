// Covers: generic Set type defined over map, methods with generic receivers, Union/Intersect, sorted slices output.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s {
		out.Add(k)
	}
	for k := range o {
		out.Add(k)
	}
	return out
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func main() {
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	fmt.Println(Sorted(a.Union(b)), a.Has(2), b.Has(2))
	words := NewSet("go", "rust", "go")
	fmt.Println(len(words), Sorted(words))
}
