// slice_: converting a slice to an array or array pointer (Go 1.20+).
package main

var sinkArr *[4]int

func toArray(s []int) [4]int {
	return [4]int(s)
}

func toArrayPtr(s []int) *[4]int {
	return (*[4]int)(s)
}

func storeArrayPtr(s []int) {
	sinkArr = (*[4]int)(s)
}

func localConv() int {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	return a[0]
}

func main() {}
