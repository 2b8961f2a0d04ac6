// slice_: reslicing a parameter or local, three-index slices, and slicing an
// array (implicit address-of the array).
package main

var g []byte

func tail(b []byte) []byte {
	return b[1:]
}

func capped(b []byte) []byte {
	return b[0:2:2]
}

func fromArray() []byte {
	var arr [8]byte
	return arr[2:4]
}

func fromArrayLocal() int {
	var arr [8]byte
	s := arr[:]
	return len(s)
}

func storeArraySlice() {
	var buf [16]byte
	g = buf[:4]
}

func main() {}
