// unsafe_: body-less (linknamed) functions: uintptr params print "assuming
// .. is unsafe uintptr", pointer params leak, //go:noescape ones do not.
package p

import "unsafe"

//go:linkname checksum example.com/ext.checksum
func checksum(p *byte, n uintptr) uint32

//go:noescape
//go:linkname peek example.com/ext.peek
func peek(p unsafe.Pointer, off uintptr) byte

func use(b []byte) uint32 {
	return checksum(&b[0], uintptr(len(b))) + uint32(peek(unsafe.Pointer(&b[0]), 1))
}
