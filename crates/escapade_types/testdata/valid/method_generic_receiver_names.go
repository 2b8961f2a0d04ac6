// Covers: method receivers on generic types with renamed or blank type parameters, methods calling each other.
package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Get() T           { return b.v }
func (b *Box[U]) Set(v U)         { b.v = v }
func (b Box[_]) Describe() string { return "a box" }

func (b *Box[T]) Swap(v T) T {
	old := b.Get()
	b.Set(v)
	return old
}

func main() {
	var b Box[string]
	b.Set("first")
	fmt.Println(b.Swap("second"), b.Get(), b.Describe())
}
