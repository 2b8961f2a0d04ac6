// generic_: generic container types (Box[T]) allocated with &Box[T]{}.
package main

type Box[T any] struct{ v T }

func NewBox[T any](v T) *Box[T] {
	return &Box[T]{v: v}
}

func (b *Box[T]) Get() T { return b.v }

func useBox() int {
	b := NewBox(5)
	return b.Get()
}

func localBox() int {
	b := Box[int]{v: 1}
	return b.Get()
}

func main() {}
