// array_: arrays are values: assigning or returning copies; indexing an
// array keeps the flow to the array itself (fixed-array-index-of).
package main

var sink *int

func elem(a [3]*int) *int { return a[1] }

func store(a [3]*int) { sink = a[0] }

func local() int {
	x := 1
	a := [2]*int{&x, nil}
	b := a
	return *b[0]
}

func main() {}
