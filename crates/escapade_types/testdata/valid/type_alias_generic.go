// Covers: generic type aliases (Go 1.24+), alias of instantiated type, alias of a generic type.
package main

import "fmt"

type Set[T comparable] = map[T]struct{}
type IntList = []int
type Pair[K comparable, V any] struct {
	Key K
	Val V
}
type StrPair[V any] = Pair[string, V]

func add[T comparable](s Set[T], v T) { s[v] = struct{}{} }

func main() {
	s := Set[string]{}
	add(s, "a")
	add(s, "b")
	add(s, "a")
	fmt.Println(len(s))
	var l IntList = []int{1, 2}
	fmt.Println(len(l))
	p := StrPair[int]{Key: "x", Val: 1}
	var q Pair[string, int] = p
	fmt.Println(q.Key, q.Val)
}
