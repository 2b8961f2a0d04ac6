package main

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Map[K comparable, V any] map[K]V

func (m Map[K, V]) Get(k K) V { return m[k] }

func (Map[_, V]) Kind() string { return "map" }

func main() {
	var s Stack[int]
	s.Push(1)
	_, _ = s.Pop()
}
