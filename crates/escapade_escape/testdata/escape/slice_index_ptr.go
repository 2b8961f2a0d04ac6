// slice_: reading pointers out of a slice (dot of pointer) and returning
// them ties the result to the slice contents.
package main

func pick(ps []*int, i int) *int {
	return ps[i]
}

func pickAddr(xs []int, i int) *int {
	return &xs[i]
}

func deref(ps []*int) int {
	return *ps[0]
}

func main() {}
