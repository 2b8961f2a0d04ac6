// slice_: slices of pointers: storing a local's address in a slice element
// moves it to the heap (stores through slices go to the heap).
package main

func fillPtrs(n int) []*int {
	out := make([]*int, n)
	for i := range out {
		v := i
		out[i] = &v
	}
	return out
}

func localPtrSlice() int {
	a, b := 1, 2
	ps := []*int{&a, &b}
	return *ps[0] + *ps[1]
}

func main() {}
