// Types with a generated equality function that print nothing at -m=2 -l: converted only to
// `any` (no itab), compared without leaking (floats, padding), or declared in a std package
// (*strings.Reader as an io.Reader); and a method value whose receiver does not leak.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Tagged struct {
	X, Y int
	Tag  string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Padded struct {
	A int8
	B int64
}

func (p Padded) Area() float64 { return float64(p.B) }

type Shape interface{ Area() float64 }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func run(f func()) { f() }

func total(shapes ...Shape) float64 {
	s := 0.0
	for _, sh := range shapes {
		s += sh.Area()
	}
	return s
}

func main() {
	fmt.Println(Tagged{1, 2, "a"})
	fmt.Println(total(Rect{1, 2}, &Rect{3, 4}, Padded{1, 2}))
	b, _ := io.ReadAll(strings.NewReader("x"))
	fmt.Println(len(b))
	c := &Counter{}
	run(c.Inc)
	fmt.Println(c.n)
}
