// range_: range-over-func loops whose bodies use break and continue, both loop
// variables or blank ones, an iterator parameter, nested plain loops and
// closures; the loop body is a closure capturing what it assigns by reference.
package main

import "iter"

var sink *int
var names []*string

func pairs(xs []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				break
			}
		}
	}
}

func firstEven(n int) int {
	found := -1
	for v := range upTo(n) {
		if v%2 == 1 {
			continue
		}
		found = v
		break
	}
	return found
}

func keepNames(xs []string) {
	for _, s := range pairs(xs) {
		names = append(names, &s)
	}
}

func count(seq iter.Seq[int]) int {
	c := 0
	for range seq {
		c++
	}
	return c
}

func leakIndex(xs []string) {
	for i := range pairs(xs) {
		for j := 0; j < 2; j++ {
			if j == i {
				sink = &j
			}
		}
	}
}

func viaClosure(n int) int {
	total := 0
	for v := range upTo(n) {
		add := func(d int) { total += d }
		add(v)
	}
	return total
}

func main() {
	_ = firstEven(5)
	keepNames([]string{"a"})
	_ = count(upTo(3))
	leakIndex([]string{"b"})
	_ = viaClosure(3)
}
