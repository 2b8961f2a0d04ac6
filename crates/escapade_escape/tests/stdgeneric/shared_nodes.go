// Std generic instantiations that share instantiated functions: each is printed once.
package main

import (
	"maps"
	"slices"
)

func sortedKeys(m map[string]int) []string {
	return slices.Sorted(maps.Keys(m))
}

func keys(m map[string]int) []string {
	return slices.Collect(maps.Keys(m))
}

func find(xs []string, s string) (int, bool) {
	return slices.Index(xs, s), slices.Contains(xs, s)
}

func sortTwice(a, b []int) {
	slices.Sort(a)
	slices.Sort(b)
}

func main() {
	m := map[string]int{"a": 1}
	_ = sortedKeys(m)
	_ = keys(m)
	_, _ = find([]string{"x"}, "x")
	sortTwice([]int{2, 1}, []int{3})
}
