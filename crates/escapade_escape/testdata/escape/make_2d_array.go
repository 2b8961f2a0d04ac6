// make_: make of slices of arrays and arrays of slices.
package main

func rows(n int) [][4]int {
	return make([][4]int, n)
}

func rowsLocal() int {
	r := make([][4]int, 3)
	return r[1][2]
}

func cols() [2][]int {
	var a [2][]int
	a[0] = make([]int, 2)
	return a
}

func main() {}
