// range_: range-over-func over a generic iterator, devirtualization inside a
// closure, a return of a loop variable's address from the loop body.
package main

import "iter"

type shape interface{ area() float64 }

type rect struct{ w, h float64 }

func (r rect) area() float64 { return r.w * r.h }

type circ struct{ r *float64 }

func (c *circ) area() float64 { return *c.r }

var all []shape

func Seq[T any](xs []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func total(xs []shape) float64 {
	t := 0.0
	for s := range Seq(xs) {
		t += s.area()
	}
	return t
}

func inClosure() float64 {
	var s shape = rect{1, 2}
	f := func() float64 { return s.area() }
	return f()
}

func keepAll(xs []*circ) {
	for c := range Seq(xs) {
		all = append(all, c)
	}
}

func firstBig(xs []float64) *float64 {
	for v := range Seq(xs) {
		if v > 1 {
			return &v
		}
	}
	return nil
}

func main() {
	_ = total(nil)
	_ = inClosure()
	keepAll(nil)
	_ = firstBig(nil)
}
