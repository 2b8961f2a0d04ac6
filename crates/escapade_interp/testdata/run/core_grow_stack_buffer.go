// gc's stack buffers for appends: once per frame and slice (loops), the first append site
// only, an empty slice with room; the slice pass (go1.26+) moving a slice built by appends to
// the heap before `x = s`, `range s`, `return s`, with or without keeping its capacity.
package main

import (
	"fmt"
	"strings"
)

type pair struct{ a, b []int }

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

//go:noinline
func buildCap(n int) ([]int, int) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		if cap(s) > 100 {
			break
		}
	}
	return s, 0
}

//go:noinline
func named(n int) (out []byte) {
	for i := 0; i < n; i++ {
		out = append(out, 'x')
	}
	return
}

func main() {
	for i := 0; i < 3; i++ {
		var s []int
		s = append(s, i)
		fmt.Println("loop", len(s), cap(s))
	}
	for i := 0; i < 2; i++ {
		var s []int
		if i > 5 {
			s = append(s, 1)
		}
		s = append(s, 2)
		fmt.Println("second site", cap(s))
	}
	r := make([]int, 0, 1)
	r = append(r, 1, 2)
	fmt.Println("room", cap(r))
	var x []int
	a := append(x, 1)
	b := append(x, 1, 2)
	fmt.Println("same operand", cap(a), cap(b))
	var t pair
	t.a = append(t.a, 1)
	fmt.Println("field", cap(t.a))
	for _, n := range []int{0, 1, 2, 3, 4, 5, 9} {
		s := build(n)
		c, _ := buildCap(n)
		fmt.Println("built", n, len(s), cap(s), cap(c), cap(named(n)))
	}
	var u []int
	for i := 0; i < 3; i++ {
		u = append(u, i)
	}
	v := u
	fmt.Println("moved", cap(v), cap(u), v)
	var w []string
	for i := 0; i < 3; i++ {
		w = append(w, "w")
	}
	n := 0
	for range w {
		n++
	}
	fmt.Println("ranged", n, cap(w))
	var y []int
	for i := 0; i < 3; i++ {
		y = append(y, i)
		fmt.Print(cap(y), " ")
	}
	z := y
	fmt.Println("ladder", cap(z))
	var q []int
	q = append(q, 1)
	more := []int{2, 3}
	for i := 0; i < 2; i++ {
		q = append(q, more...)
	}
	q2 := q
	fmt.Println("spread", cap(q2))
	var parts []string
	for i := 0; i < 3; i++ {
		parts = append(parts, "p")
	}
	fmt.Println(strings.Join(parts, "+"), cap(parts))
	var e []int
	for i := 0; i < 3; i++ {
		e = append(e, i)
	}
	f := e
	f = append(f, 9)
	fmt.Println("after move", cap(f), len(e), cap(e))
	var g []int
	for i := 0; i < 5; i++ {
		g = append(g, i)
	}
	h := g
	fmt.Println("past the buffer", cap(h))
	var k []byte
	for i := 0; i < 3; i++ {
		k = append(k, 'k')
	}
	k2 := k
	fmt.Println("bytes", cap(k2), string(k2))
}
