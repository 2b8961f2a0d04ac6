// range_: a Seq2 iterator over a slice, with an early break.
package main

import "iter"

func enumerate(xs []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func find(xs []string, s string) int {
	for i, x := range enumerate(xs) {
		if x == s {
			return i
		}
	}
	return -1
}

func main() {
	println(find([]string{"a", "b"}, "b"))
}
