// range_: slices.All / slices.Values iterators from the std library.
package main

import "slices"

func total(xs []int) int {
	t := 0
	for _, v := range slices.All(xs) {
		t += v
	}
	return t
}

func collect(xs []string) []string {
	return slices.Collect(slices.Values(xs))
}

func main() {
	_ = total([]int{1})
	_ = collect([]string{"x"})
}
