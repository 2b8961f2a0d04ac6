// slice_: fixed-size byte buffers: a local array sliced and passed to a
// non-escaping function stays on the stack.
package main

func fill(b []byte) int {
	for i := range b {
		b[i] = byte(i)
	}
	return len(b)
}

func useBuf() int {
	var buf [64]byte
	return fill(buf[:])
}

func useMake() int {
	b := make([]byte, 64)
	return fill(b)
}

func main() {}
