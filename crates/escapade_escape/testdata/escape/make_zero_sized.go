// make_: zero-sized element types: 1.27 forces them to the heap
// (zero-sized element).
package main

type empty struct{}

func zeroElems() int {
	s := make([]empty, 10)
	return len(s)
}

func zeroArrayElems(n int) int {
	s := make([][0]int, n)
	return len(s)
}

func structElems() int {
	s := make([]struct{}, 3)
	return len(s)
}

func main() {}
