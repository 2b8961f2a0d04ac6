// conv_: conversions through unsafe.Pointer keep the pointer's flow.
package main

import "unsafe"

func asBytes(p *int64) *[8]byte {
	return (*[8]byte)(unsafe.Pointer(p))
}

func local() byte {
	var x int64 = 1
	b := (*[8]byte)(unsafe.Pointer(&x))
	return b[0]
}

func main() {}
