// addr_: address of a struct field or array element; escape analysis is
// field-insensitive, so the whole variable moves.
package main

type pair struct {
	a int
	b *int
}

var sink *int

func fieldAddr() {
	var pr pair
	sink = &pr.a
}

func arrayElemAddr() {
	var arr [4]int
	sink = &arr[2]
}

func fieldAddrLocal() int {
	var pr pair
	q := &pr.a
	*q = 7
	return pr.a
}

func main() {}
