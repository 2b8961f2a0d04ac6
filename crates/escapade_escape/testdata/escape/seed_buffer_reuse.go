// seed_: reusing a buffer across calls versus allocating per call.
package main

type encoder struct{ buf []byte }

func (e *encoder) encode(s string) []byte {
	e.buf = e.buf[:0]
	e.buf = append(e.buf, s...)
	return e.buf
}

func encodeFresh(s string) []byte {
	buf := make([]byte, 0, len(s))
	return append(buf, s...)
}

func main() {
	e := &encoder{}
	_ = e.encode("a")
	_ = encodeFresh("b")
}
