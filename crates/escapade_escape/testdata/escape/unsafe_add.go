// unsafe_: unsafe.Add, unsafe.String, unsafe.StringData pass the pointer
// operand to the result.
package main

import "unsafe"

func next(p *int) *int {
	return (*int)(unsafe.Add(unsafe.Pointer(p), 8))
}

func str(b []byte) string {
	return unsafe.String(&b[0], len(b))
}

func data(s string) *byte {
	return unsafe.StringData(s)
}

func main() {}
