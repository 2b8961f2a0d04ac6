// conv_: single-byte and bool values boxed into interfaces (no allocation
// needed at runtime, but escape analysis still reports the box).
package main

var sink any

func boxByte(b byte) {
	sink = b
}

func boxBool(v bool) {
	sink = v
}

func boxSlice(xs []byte) {
	sink = xs
}

func main() {}
