// unsafe_: //go:uintptrescapes marks uintptr and ...uintptr params as
// escaping; pointers converted at the call site are moved to the heap.
package main

import "unsafe"

//go:uintptrescapes
func syscall3(trap uintptr, args ...uintptr) uintptr { return trap }

//go:uintptrescapes
func syscall1(a uintptr) uintptr { return a }

func call() uintptr {
	var x, y int
	return syscall3(1, uintptr(unsafe.Pointer(&x))) + syscall1(uintptr(unsafe.Pointer(&y)))
}

func main() {}
