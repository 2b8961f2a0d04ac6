// method_: small methods that are inlined without -l (changes verdicts at
// the call site).
package main

type vec struct{ x, y int }

func (v *vec) scale(k int) *vec {
	v.x *= k
	v.y *= k
	return v
}

func newVec(x, y int) *vec { return &vec{x, y} }

func use() int {
	v := newVec(1, 2).scale(3)
	return v.x + v.y
}

func main() {
	println(use())
}
