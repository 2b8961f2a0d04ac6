// Covers: bufio.Reader as Go runs it over any reader: fill reading into the buffer's free
// tail (a program's Read sees those lengths), ReadLine with prefixes and CR LF at buffer
// boundaries, ReadString/ReadBytes across many buffers, Peek (views with Go's capacities,
// ErrBufferFull), ReadByte/UnreadByte/ReadRune/UnreadRune, Discard, ReadSlice, Read (direct
// for large slices), WriteTo (io.Copy), NewReader returning a large enough *bufio.Reader.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type chunky struct {
	left, most int
	sizes      []int
}

func (c *chunky) Read(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	if c.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), c.left, c.most)
	for i := range n {
		p[i] = "ab\ncd\r\nefg"[(c.left-i)%10]
	}
	c.left -= n
	return n, nil
}

func main() {
	c := &chunky{left: 50, most: 7}
	r := bufio.NewReaderSize(c, 16)
	fmt.Println(r.Size())
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("%q %v %v %d|", line, prefix, err, cap(line))
		if err != nil {
			break
		}
	}
	fmt.Println(c.sizes)
	big := strings.Repeat("0123456789", 1000) + "\nend"
	r2 := bufio.NewReader(strings.NewReader(big))
	s, err := r2.ReadString('\n')
	fmt.Println(len(s), err, r2.Buffered())
	p, err := r2.Peek(2)
	fmt.Printf("%q %v %d\n", p, err, cap(p))
	p, err = r2.Peek(10)
	fmt.Printf("%q %v\n", p, err)
	b, _ := r2.ReadByte()
	r2.UnreadByte()
	rr, size, _ := r2.ReadRune()
	fmt.Println(string(b), string(rr), size, r2.UnreadRune(), r2.UnreadRune())
	d, err := r2.Discard(5)
	fmt.Println(d, err)
	r3 := bufio.NewReaderSize(&chunky{left: 40, most: 3}, 16)
	sl, err := r3.ReadSlice('z')
	fmt.Printf("%q %v\n", sl, err)
	bs, err := r3.ReadBytes('z')
	fmt.Printf("%q %v %d\n", bs, err, cap(bs))
	var out bytes.Buffer
	r4 := bufio.NewReader(&chunky{left: 9000, most: 5000})
	r4.ReadByte()
	n, err := io.Copy(&out, r4)
	fmt.Println(n, err, out.Len())
	var sb strings.Builder
	ch := &chunky{left: 9000, most: 5000}
	r5 := bufio.NewReader(ch)
	n, err = io.Copy(&sb, r5)
	fmt.Println(n, err, sb.Len(), ch.sizes)
	buf := make([]byte, 5000)
	ch = &chunky{left: 100, most: 5000}
	r6 := bufio.NewReader(ch)
	k, err := r6.Read(buf)
	fmt.Println(k, err, ch.sizes)
	k, err = r6.Read(buf[:3])
	fmt.Println(k, err, r6.Buffered())
	fmt.Println(bufio.NewReader(r6) == r6, bufio.NewReaderSize(r6, 8192) == r6)
	rw := bufio.NewReader(strings.NewReader("héllo"))
	for {
		x, n, err := rw.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(x), n, " ")
	}
}
