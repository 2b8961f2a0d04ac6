// slice_: unsafe.Slice and unsafe.SliceData pass pointers through to the
// result.
package main

import "unsafe"

func view(p *int, n int) []int {
	return unsafe.Slice(p, n)
}

func dataOf(s []byte) *byte {
	return unsafe.SliceData(s)
}

func localView() int {
	var arr [4]int
	s := unsafe.Slice(&arr[0], 4)
	return len(s)
}

func main() {}
