// unsafe_: reflect header Data fields: a store through a header value is an
// ordinary uintptr store, a read through a header pointer in pointer
// arithmetic keeps the pointer's flow.
package main

import (
	"reflect"
	"unsafe"
)

var sink unsafe.Pointer

func valueHeader(p *byte) uintptr {
	var h reflect.SliceHeader
	h.Data = uintptr(unsafe.Pointer(p))
	return h.Data
}

func readData(s *[]byte) {
	h := (*reflect.SliceHeader)(unsafe.Pointer(s))
	sink = unsafe.Pointer(h.Data + 1)
}

func readLen(s *[]byte) {
	h := (*reflect.SliceHeader)(unsafe.Pointer(s))
	sink = unsafe.Pointer(uintptr(h.Len))
}

func storeArith(p *byte, n int) []byte {
	var s []byte
	h := (*reflect.SliceHeader)(unsafe.Pointer(&s))
	h.Data = uintptr(unsafe.Pointer(p)) + uintptr(n)
	h.Len = 1
	return s
}

func main() {}
