// Covers: bufio.Writer.ReadFrom (io.Copy into a *bufio.Writer): reads into the free part of
// the buffer with flushes when full, the underlying *bytes.Buffer's ReadFrom once nothing is
// buffered, a source's WriteTo first, a buffer filled exactly at EOF flushed.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
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
	n := min(len(p), c.left, 1000)
	for i := range n {
		p[i] = 'a' + byte(i%26)
	}
	c.left -= n
	return n, nil
}

type rec struct{ writes []int }

func (r *rec) Write(p []byte) (int, error) {
	r.writes = append(r.writes, len(p))
	return len(p), nil
}

func main() {
	w := &rec{}
	bw := bufio.NewWriter(w)
	bw.WriteString("head ")
	c := &chunky{left: 9000}
	n, err := io.Copy(bw, c)
	fmt.Println(n, err, bw.Buffered(), w.writes, c.sizes)
	bw.Flush()
	fmt.Println(w.writes)
	var buf bytes.Buffer
	bb := bufio.NewWriter(&buf)
	c = &chunky{left: 3000}
	n, err = bb.ReadFrom(c)
	fmt.Println(n, err, bb.Buffered(), buf.Len(), c.sizes)
	bb.WriteString("x")
	c = &chunky{left: 5000}
	n, err = bb.ReadFrom(c)
	fmt.Println(n, err, bb.Buffered(), buf.Len(), c.sizes)
	out := bufio.NewWriter(os.Stdout)
	n, err = io.Copy(out, strings.NewReader("via WriteTo\n"))
	fmt.Println(n, err, out.Buffered())
	out.Flush()
	exact := &rec{}
	be := bufio.NewWriter(exact)
	c = &chunky{left: 4096}
	n, err = be.ReadFrom(c)
	fmt.Println(n, err, be.Buffered(), exact.writes)
}
