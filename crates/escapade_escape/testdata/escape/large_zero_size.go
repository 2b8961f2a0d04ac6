// large_: zero-sized types: struct{} and [0]T locals, new of zero-sized.
package main

var sink *struct{}

func zeroNew() {
	sink = new(struct{})
}

func zeroAddr() {
	var z struct{}
	sink = &z
}

func zeroArray() int {
	var a [0]int
	return len(a)
}

func main() {}
