// Covers: io.ReadAll's go1.27 buffers as a program's Read sees them (512 bytes, then slices of
// 256, 384, 576, 896, … bytes once less than a sixteenth is left) and the result's capacity
// (the first slice, or an exact copy rounded to a size class), also through io.TeeReader into
// a program's writer and io.LimitReader.
package main

import (
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
		p[i] = byte('a' + i%26)
	}
	c.left -= n
	return n, nil
}

type counter struct{ writes []int }

func (c *counter) Write(p []byte) (int, error) {
	c.writes = append(c.writes, len(p))
	return len(p), nil
}

func main() {
	for _, total := range []int{0, 10, 500, 512, 513, 2000, 5000} {
		c := &chunky{left: total, most: 700}
		b, err := io.ReadAll(c)
		fmt.Println(total, len(b), cap(b), err, c.sizes)
	}
	c := &chunky{left: 1000, most: 100}
	b, _ := io.ReadAll(c)
	fmt.Println(len(b), cap(b), len(c.sizes), string(b[95:105]))

	w := &counter{}
	tee := io.TeeReader(strings.NewReader(strings.Repeat("t", 1500)), w)
	b, err := io.ReadAll(tee)
	fmt.Println(len(b), cap(b), err, w.writes)

	lim, _ := io.ReadAll(io.LimitReader(&chunky{left: 900, most: 1000}, 600))
	fmt.Println(len(lim), cap(lim))
}
