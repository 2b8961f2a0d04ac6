// A std generic call in a package-level initializer between functions: gc
// prints its wrapper's -m=2 lines after those of every declared function.
package main

import (
	"maps"
	"slices"
)

func grow(xs []int, v int) []int {
	return slices.Insert(xs, 0, v)
}

var names = slices.Sorted(maps.Keys(map[string]int{"a": 1}))

func drop(xs []string, i, j int) []string {
	return slices.Delete(xs, i, j)
}

func main() {
	_ = grow(nil, 1)
	_ = drop(names, 0, 0)
}
