// Covers: generic std helpers: slices.Index/Contains/Reverse/Max/BinarySearch, maps.Keys with slices.Sorted, slices.Collect.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	xs := []int{5, 2, 8, 1}
	fmt.Println(slices.Index(xs, 8), slices.Contains(xs, 3), slices.Max(xs), slices.Min(xs))
	ys := slices.Clone(xs)
	slices.Sort(ys)
	i, found := slices.BinarySearch(ys, 5)
	fmt.Println(ys, i, found)
	slices.Reverse(ys)
	fmt.Println(ys)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	up := slices.Collect(func(yield func(string) bool) {
		for _, k := range keys {
			if !yield(strings.ToUpper(k)) {
				return
			}
		}
	})
	fmt.Println(up)
	fmt.Println(slices.Equal(xs, []int{5, 2, 8, 1}), slices.Compact([]int{1, 1, 2, 2, 2, 3}))
}
