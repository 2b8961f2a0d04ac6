// unsafe_: unsafe.Pointer(uintptr(unsafe.Pointer(p)) + off) keeps the
// flow of p (unsafeValue walks the arithmetic).
package main

import "unsafe"

type hdr struct {
	a int64
	b *int
}

func fieldB(h *hdr) **int {
	return (**int)(unsafe.Pointer(uintptr(unsafe.Pointer(h)) + unsafe.Offsetof(h.b)))
}

func addOffset(p unsafe.Pointer, off uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + off)
}

func main() {}
