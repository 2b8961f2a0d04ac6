// append_: append(s, t...) copies t: its contents flow to the heap only for
// pointerful element types (appended slice...).
package main

func concat(a, b []int) []int {
	return append(a, b...)
}

func concatPtrs(a, b []*int) []*int {
	return append(a, b...)
}

func bytesOfString(b []byte, s string) []byte {
	return append(b, s...)
}

func main() {}
