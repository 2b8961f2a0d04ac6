// slice_: copy(dst, src): dst is mutated, src's pointees flow to the heap
// only for pointerful element types.
package main

func copyInts(dst, src []int) int {
	return copy(dst, src)
}

func copyPtrs(dst, src []*int) int {
	return copy(dst, src)
}

func copyLocal(src []byte) []byte {
	dst := make([]byte, len(src))
	copy(dst, src)
	return dst
}

func copyString(dst []byte, s string) int {
	return copy(dst, s)
}

func main() {}
