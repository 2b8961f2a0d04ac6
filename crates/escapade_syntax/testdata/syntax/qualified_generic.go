package main

import "iter"

type Seq2[K, V any] = iter.Seq2[K, V]

func All[E any](s []E) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	var s iter.Seq[int]
	_ = s
	for i, v := range All([]string{"a"}) {
		_, _ = i, v
	}
}
