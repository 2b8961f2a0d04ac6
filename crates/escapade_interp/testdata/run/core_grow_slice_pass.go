// gc's slice pass (go1.26+): which slices built by appends move to the heap, keeping their capacity or not; buffers once per frame.
package main

import "fmt"

type rec struct {
	a, b int
	c    byte
}

type stack []int

func (s stack) top() int { return s[len(s)-1] }

//go:noinline
func twoReturns(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	if n > 2 {
		return s
	}
	return s
}

//go:noinline
func deferred(n int) (out []int) {
	defer func() {}()
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return
}

func main() {
	for _, n := range []int{1, 3} {
		fmt.Println("two", len(twoReturns(n)), "defer", len(deferred(n)))
	}
	var a []int
	for i := 0; i < 3; i++ {
		a = append(a, i)
	}
	if a != nil {
		b := a
		fmt.Println("nil-compared", cap(b))
	}
	var c []int
	for i := 0; i < 3; i++ {
		c = append(c, i)
		d := c
		_ = d
	}
	fmt.Println("deep transition", cap(c))
	var e []int
	for j := 0; j < 3; j++ {
		e = e[:0]
		for i := 0; i < j+2; i++ {
			e = append(e, i)
		}
		fmt.Println("reuse", len(e), cap(e))
	}
	f := e
	_ = f
	var r []rec
	for i := 0; i < 3; i++ {
		r = append(r, rec{a: i})
	}
	r2 := r
	fmt.Println("structs", cap(r2))
	var t [][3]byte
	for i := 0; i < 4; i++ {
		t = append(t, [3]byte{})
	}
	t2 := t
	fmt.Println("triples", cap(t2))
	var st stack
	for i := 0; i < 3; i++ {
		st = append(st, i)
	}
	fmt.Println("method", len(st))
	var g []int
	add := func(v int) { g = append(g, v) }
	for i := 0; i < 3; i++ {
		add(i)
	}
	fmt.Println("closure", cap(g))
	for k := 0; k < 2; k++ {
		var h []int
		for i := 0; i < 3; i++ {
			h = append(h, i)
		}
		h2 := h
		fmt.Println("outer loop", cap(h2))
	}
	var m []int
	for i := 0; i < 2; i++ {
		m = append(m, i, i)
	}
	fmt.Println("pairs", cap(m))
	m2 := m
	_ = m2
}
