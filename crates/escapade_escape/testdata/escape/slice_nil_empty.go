// slice_: nil slices, empty literals and zero-length makes.
package main

func nilSlice() []int {
	var s []int
	return s
}

func emptyLiteral() []int {
	return []int{}
}

func zeroMake() []int {
	return make([]int, 0)
}

func zeroMakeLocal() int {
	s := make([]int, 0)
	return cap(s)
}

func main() {}
