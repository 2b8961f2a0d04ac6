// unsafe_: reinterpreting struct pointers through unsafe.Pointer.
package main

import "unsafe"

type a struct{ x, y int }
type b struct{ u, v int }

var sink *b

func cast(p *a) *b {
	return (*b)(unsafe.Pointer(p))
}

func castStore() {
	v := a{1, 2}
	sink = (*b)(unsafe.Pointer(&v))
}

func castLocal() int {
	v := a{3, 4}
	return (*b)(unsafe.Pointer(&v)).u
}

func main() {}
