// inline_: a small constructor returning &T{}: with -l the object escapes;
// inlined (no -l) the caller's copy can stay on the stack.
package main

type pt struct{ x, y int }

func newPt(x, y int) *pt { return &pt{x, y} }

func dist() int {
	p := newPt(1, 2)
	return p.x*p.x + p.y*p.y
}

func main() {
	println(dist())
}
