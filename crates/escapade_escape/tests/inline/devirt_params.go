// Interface calls on a parameter of an inlined function, bound to a pointer to a concrete
// type at the call: gc devirtualizes them in the copy (the lines of a round's
// devirtualizations before its inlining) and inlines the method.
package main

type shape interface{ area() int }

type box struct{ w, h int }

var keep *box

func (b *box) area() int { keep = b; return b.w * b.h }

func measure(s shape) int { return s.area() }

func twice(s shape) int { return s.area() + s.area() }

func main() {
	b := box{1, 2}
	_ = measure(&b)
	c := box{3, 4}
	_ = twice(&c)
}
