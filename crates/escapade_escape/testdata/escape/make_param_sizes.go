// make_: sizes derived from parameters via len() and arithmetic.
package main

func double(xs []int) int {
	out := make([]int, 2*len(xs))
	copy(out, xs)
	return len(out)
}

func sameLen(s string) []byte {
	b := make([]byte, len(s))
	copy(b, s)
	return b
}

func main() {}
