// array_: slicing a local array: the array moves to the heap only when the
// slice escapes.
package main

var keep []int

func escapes() {
	var a [8]int
	keep = a[:]
}

func stays() int {
	var a [8]int
	s := a[2:5]
	return len(s)
}

func returned() []int {
	a := [4]int{1, 2, 3, 4}
	return a[1:3]
}

func main() {}
