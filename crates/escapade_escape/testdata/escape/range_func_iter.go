// range_: range-over-func iterators (Go 1.23): the loop body becomes a
// closure passed to the iterator.
package main

import "iter"

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func sum(n int) int {
	t := 0
	for v := range count(n) {
		t += v
	}
	return t
}

func main() {
	println(sum(3))
}
