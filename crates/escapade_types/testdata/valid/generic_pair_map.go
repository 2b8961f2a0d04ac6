// Covers: multiple type parameters, generic struct with comparable key, Keys/Values helpers, sorted output.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Entries[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, e := range Entries(m) {
		fmt.Println(e)
	}
	ids := map[int][]string{2: {"y"}, 1: {"x"}}
	fmt.Println(Entries(ids))
}
