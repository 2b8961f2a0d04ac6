// std_: slices.Sort / slices.Index / slices.Reverse generic helpers
// instantiated here.
package main

import "slices"

func sortCopy(xs []string) []string {
	ys := slices.Clone(xs)
	slices.Sort(ys)
	slices.Reverse(ys)
	return ys
}

func position(xs []int, v int) int {
	return slices.Index(xs, v)
}

func main() {
	_ = sortCopy([]string{"b", "a"})
	_ = position([]int{1, 2}, 2)
}
