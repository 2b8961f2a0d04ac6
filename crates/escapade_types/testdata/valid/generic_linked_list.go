// Covers: recursive generic types, generic methods returning generic types, iterators over generic containers.
package main

import (
	"fmt"
	"iter"
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for i := len(xs) - 1; i >= 0; i-- {
		l.PushFront(xs[i])
	}
	return l
}

func main() {
	l := FromSlice([]string{"x", "y", "z"})
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println(l.size)
	nums := FromSlice([]float64{1.5, 2.5})
	sum := 0.0
	for v := range nums.All() {
		sum += v
	}
	fmt.Println(sum)
}
