// unsafe_: storing a pointer into reflect.SliceHeader.Data / StringHeader.Data
// through a header pointer keeps the pointer's flow (reflect.Header.Data).
package main

import (
	"reflect"
	"unsafe"
)

func view(p *byte, n int) []byte {
	var s []byte
	h := (*reflect.SliceHeader)(unsafe.Pointer(&s))
	h.Data = uintptr(unsafe.Pointer(p))
	h.Len, h.Cap = n, n
	return s
}

func str(b []byte) string {
	var s string
	h := (*reflect.StringHeader)(unsafe.Pointer(&s))
	h.Data = uintptr(unsafe.Pointer(&b[0]))
	h.Len = len(b)
	return s
}

func main() {
	b := []byte("ab")
	_ = view(&b[0], 2)
	_ = str(b)
}
