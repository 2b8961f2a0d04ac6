// unsafe_: hiding a pointer from escape analysis with uintptr XOR 0
// (the well-known noescape trick); the result does not carry p.
package main

import "unsafe"

func noescape(p unsafe.Pointer) unsafe.Pointer {
	x := uintptr(p)
	return unsafe.Pointer(x ^ 0)
}

var sink unsafe.Pointer

func hide() {
	v := 1
	sink = noescape(unsafe.Pointer(&v))
}

func main() {}
