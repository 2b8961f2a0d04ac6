// make_: cap larger than len constant, and len from a typed constant.
package main

type size int

const four size = 4

func typed() int {
	s := make([]int, four, 2*four)
	return len(s)
}

func capOnly() []int {
	s := make([]int, 0, 10)
	return append(s, 1)
}

func main() {}
