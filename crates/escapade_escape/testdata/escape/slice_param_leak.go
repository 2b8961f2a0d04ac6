// slice_: slice parameters: indexed (no escape), returned (to result),
// stored globally (leaking param), elements stored (content).
package main

var keep []*int
var kept []int

func sum(xs []int) int {
	t := 0
	for i := range xs {
		t += xs[i]
	}
	return t
}

func first(xs []int) []int {
	return xs[:1]
}

func store(xs []int) {
	kept = xs
}

func storeElem(ps []*int) {
	keep = append(keep, ps[0])
}

func main() {}
