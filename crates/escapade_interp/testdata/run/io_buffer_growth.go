// Covers: bytes.Buffer with Go's growth (64-byte first buffer, sliding down, doubling plus the
// request rounded to a size class): Len/Cap/Available after writes, Reset, WriteByte/WriteRune,
// Grow, Bytes and Next aliasing the array with Go's capacities, ReadFrom's read lengths,
// Truncate, ReadBytes' capacity, NewBuffer over a slice with spare capacity, NewBufferString
// (its stack-or-heap capacity only where it cannot matter).
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type chunky struct {
	left  int
	sizes []int
}

func (c *chunky) Read(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	if c.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), c.left, 300)
	c.left -= n
	return n, nil
}

func main() {
	var b bytes.Buffer
	for i := 0; i < 40; i++ {
		b.WriteString(strings.Repeat("x", i*7))
		fmt.Print(b.Len(), "/", b.Cap(), " ")
	}
	fmt.Println()
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.Available())
	b.WriteByte('a')
	b.WriteRune('é')
	b.WriteRune('z')
	fmt.Println(b.Len(), b.Cap(), b.String())
	var c bytes.Buffer
	c.WriteByte('q')
	fmt.Println(c.Len(), c.Cap())
	c.Grow(100)
	fmt.Println(c.Len(), c.Cap())
	bs := c.Bytes()
	fmt.Println(len(bs), cap(bs))
	bs[0] = 'Q'
	fmt.Println(c.String())
	bs = append(bs, "tail"...)
	c.WriteString("w")
	fmt.Println(string(bs), c.String())
	d := bytes.NewBuffer(append(make([]byte, 0, 16), "hello world"...))
	fmt.Println(d.Len(), d.Cap())
	n := d.Next(6)
	fmt.Println(string(n), len(n), cap(n), d.Len())
	d.WriteString(strings.Repeat("!", 20))
	fmt.Println(d.Len(), d.Cap(), d.String())
	var e bytes.Buffer
	e.WriteString(strings.Repeat("r", 100))
	e.Next(90)
	e.WriteString(strings.Repeat("s", 60))
	fmt.Println(e.Len(), e.Cap())
	var f bytes.Buffer
	ch := &chunky{left: 2500}
	k, err := f.ReadFrom(ch)
	fmt.Println(k, err, f.Len(), f.Cap(), ch.sizes)
	ch = &chunky{left: 700}
	k, err = f.ReadFrom(ch)
	fmt.Println(k, err, f.Len(), f.Cap(), ch.sizes)
	f.Truncate(10)
	fmt.Println(f.Len(), f.Cap())
	line, err := bytes.NewBufferString("ab\ncd").ReadBytes('\n')
	fmt.Printf("%q %v %d\n", line, err, cap(line))
	g := bytes.NewBuffer(make([]byte, 0, 10))
	g.WriteString("0123456789")
	fmt.Println(g.Len(), g.Cap())
	g.WriteString("x")
	fmt.Println(g.Len(), g.Cap())
	r, _, _ := g.ReadRune()
	by, _ := g.ReadByte()
	fmt.Println(string(r), string(by), g.Len())
	second()
}

func second() {
	var b bytes.Buffer
	b.WriteString(strings.Repeat("a", 40))
	b.Next(40)
	b.WriteString("xy")
	v := b.Bytes()
	fmt.Println(b.Len(), b.Cap(), len(v), cap(v))
	b.Next(2)
	b.Grow(10)
	v = b.Bytes()
	fmt.Println(b.Len(), b.Cap(), len(v), cap(v))
	b.WriteString(strings.Repeat("c", 70))
	b.Next(60)
	b.WriteString(strings.Repeat("d", 30))
	v = b.Bytes()
	fmt.Println(b.Len(), b.Cap(), len(v), cap(v), string(v[:3]))
	b.Next(40)
	b.WriteString(strings.Repeat("e", 60))
	fmt.Println(b.Len(), b.Cap(), b.String()[:5])
	c := bytes.NewBuffer(make([]byte, 3, 20))
	c.ReadByte()
	c.WriteString(strings.Repeat("f", 17))
	fmt.Println(c.Len(), c.Cap())
	c.WriteString("g")
	fmt.Println(c.Len(), c.Cap())
	av := c.AvailableBuffer()
	fmt.Println(len(av), cap(av))
}

func init() {
	h := bytes.NewBufferString("short")
	h.WriteString("+more")
	fmt.Println(h.String(), h.Len())
	big := bytes.NewBufferString(strings.Repeat("B", 40))
	big.WriteString("x")
	fmt.Println(big.Len(), big.Cap())
}
