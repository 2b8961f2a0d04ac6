// unsafe_: unsafe.Pointer is pointer-shaped: stored into an interface
// without boxing.
package main

import "unsafe"

var sink any

func store(p *int) {
	sink = unsafe.Pointer(p)
}

func local() bool {
	x := 1
	var a any = unsafe.Pointer(&x)
	return a != nil
}

func main() {}
