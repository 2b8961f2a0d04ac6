// generic_: calling std generic packages (slices, maps) which are
// instantiated in this package.
package main

import (
	"maps"
	"slices"
)

func sorted(xs []int) []int {
	ys := slices.Clone(xs)
	slices.Sort(ys)
	return ys
}

func contains(xs []string, s string) bool {
	return slices.Contains(xs, s)
}

func keys(m map[string]int) []string {
	return slices.Collect(maps.Keys(m))
}

func main() {
	_ = sorted([]int{3, 1})
	_ = contains([]string{"a"}, "a")
	_ = keys(map[string]int{"k": 1})
}
