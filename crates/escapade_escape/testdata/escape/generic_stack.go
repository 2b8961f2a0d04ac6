// generic_: a generic stack with a slice field: push appends, pop returns
// elements.
package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func useStack() int {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	return s.Pop()
}

func ptrStack() *int {
	var s Stack[*int]
	x := 1
	s.Push(&x)
	return s.Pop()
}

func main() {}
