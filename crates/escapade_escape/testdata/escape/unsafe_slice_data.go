// unsafe_: reflect-free slice header manipulation with unsafe.Slice and
// unsafe.SliceData.
package main

import "unsafe"

func bytesOf(p *int64) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(p)), 8)
}

func localBytes() byte {
	var v int64 = 7
	b := unsafe.Slice((*byte)(unsafe.Pointer(&v)), 8)
	return b[0]
}

func first(s []int) *int {
	return unsafe.SliceData(s)
}

func main() {}
