// generic_: a method of a generic type calling another of its methods (the
// callee gets a sub-dictionary).
package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) grow(n int) { s.items = append(s.items, make([]T, n)...) }

func (s *Stack[T]) Push(v T) {
	s.grow(1)
	s.items[len(s.items)-1] = v
}

var sink *int

func use() {
	var s Stack[*int]
	x := 1
	s.Push(&x)
	sink = s.items[0]
}

func main() {}
