// make_: make([]int, n) vs make([]int, 0, n) vs constant sizes (seed):
// 1.23 forces non-constant sizes to the heap, 1.27 does not.
package main

func constLen() int {
	s := make([]int, 10)
	return len(s)
}

func varLen(n int) int {
	s := make([]int, n)
	return len(s)
}

func varCap(n int) int {
	s := make([]int, 0, n)
	return cap(s)
}

func constLenVarCap(n int) int {
	s := make([]int, 4, n)
	return cap(s)
}

func main() {
	_ = constLen()
	_ = varLen(3)
	_ = varCap(3)
	_ = constLenVarCap(5)
}
