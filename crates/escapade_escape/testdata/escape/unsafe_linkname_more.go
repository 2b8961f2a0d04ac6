// unsafe_: more body-less declarations: only-uintptr params, pointer-free
// params (no tag), and a //go:noescape slice param.
package p

import _ "unsafe"

//go:linkname rawcall example.com/ext.rawcall
func rawcall(fn, a1, a2 uintptr) uintptr

//go:linkname mix example.com/ext.mix
func mix(n int, f float64) int

//go:noescape
//go:linkname fill example.com/ext.fill
func fill(dst []byte, v byte)

func run(buf []byte) uintptr {
	fill(buf, 1)
	return rawcall(1, 2, 3) + uintptr(mix(1, 2))
}
