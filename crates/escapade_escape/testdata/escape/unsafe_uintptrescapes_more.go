// unsafe_: more //go:uintptrescapes functions: variadic uintptr params on
// a method-like helper and a plain call; each marks its uintptr params.
package main

import "unsafe"

//go:uintptrescapes
func pass(args ...uintptr) int { return len(args) }

//go:uintptrescapes
func passTwo(a, b uintptr, rest ...uintptr) int { return len(rest) }

func use() int {
	var x, y, z int
	n := pass(uintptr(unsafe.Pointer(&x)), 1)
	return n + passTwo(uintptr(unsafe.Pointer(&y)), 2, uintptr(unsafe.Pointer(&z)))
}

func main() {
	println(use())
}
