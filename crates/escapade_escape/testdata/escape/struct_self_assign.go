// struct_: self-assignments that escape analysis ignores
// (b.buf = b.buf[i:], v.f = v.g, v.a[i] = v.a[j]).
package main

type buffer struct {
	buf  []byte
	a, b *int
	arr  [4]*int
}

func (b *buffer) advance(n int) {
	b.buf = b.buf[n:]
}

func (b *buffer) swap() {
	b.a = b.b
}

func (b *buffer) shift(i, j int) {
	b.arr[i] = b.arr[j]
}

func main() {}
