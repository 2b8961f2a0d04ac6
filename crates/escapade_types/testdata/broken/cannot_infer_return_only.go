// Mistake: generic constructor called without type arguments.
package main

import "fmt"

type Set[T comparable] map[T]struct{}

func NewSet[T comparable]() Set[T] { return Set[T]{} }

func main() {
	s := NewSet()
	fmt.Println(len(s))
}
