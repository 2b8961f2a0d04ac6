// Range over std iterators with early returns: `#rv1, #rv2 = k, v` is one
// assign-pair in gc's rewrite.
package main

import (
	"maps"
	"slices"
)

func firstPair(m map[int]string) (int, string) {
	for k, v := range maps.All(m) {
		return k, v
	}
	return 0, ""
}

func firstBig(xs []int) (int, bool) {
	for v := range slices.Values(xs) {
		if v > 10 {
			return v, true
		}
	}
	return 0, false
}

func main() {
	_, _ = firstPair(map[int]string{1: "a"})
	_, _ = firstBig([]int{1, 20})
}
