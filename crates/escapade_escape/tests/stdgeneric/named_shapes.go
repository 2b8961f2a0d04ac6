// Named types share the shape of their underlying type; pointers share *uint8.
package main

import "slices"

type IDs []int

func sortIDs(ids IDs) IDs {
	c := slices.Clone(ids)
	slices.Sort(c)
	return c
}

func indexPtr(xs []*int, p *int) int {
	return slices.Index(xs, p)
}

func backward(xs []float64) float64 {
	t := 0.0
	for _, v := range slices.Backward(xs) {
		t += v
	}
	return t
}

func main() {
	_ = sortIDs(IDs{3, 1})
	x := 1
	_ = indexPtr([]*int{&x}, &x)
	_ = backward([]float64{1})
}
