// make_: new(T) size limits (64 KiB implicit limit) and alignment.
package main

func newFits() byte {
	p := new([65536]byte)
	return p[0]
}

func newTooBig() byte {
	p := new([65537]byte)
	return p[0]
}

func newSmall() *int {
	return new(int)
}

func newLocal() int {
	p := new(int)
	*p = 3
	return *p
}

func main() {}
