// unsafe_: a pointer converted to uintptr is just an integer: storing the
// uintptr does not make the original variable escape.
package main

import "unsafe"

var addr uintptr

func keepAddr() {
	x := 1
	addr = uintptr(unsafe.Pointer(&x))
}

func backToPointer(u uintptr) *int {
	return (*int)(unsafe.Pointer(u))
}

func main() {}
