// A std generic instantiation at a shape that is not recorded is refused.
package main

import "slices"

type point struct{ x, y int }

func sortSmall(xs []uint16) {
	slices.Sort(xs)
}

func clonePoints(ps []point) []point {
	return slices.Clone(ps)
}

func main() {
	sortSmall([]uint16{2, 1})
	_ = clonePoints([]point{{1, 2}})
}
