// array_: slice-to-array conversion of pointer slices (slice-to-array note
// in -m=2 explanations).
package main

var sink *int

func first(s []*int) *int {
	a := [2]*int(s)
	return a[0]
}

func keepFirst(s []*int) {
	a := [2]*int(s)
	sink = a[1]
}

func main() {}
