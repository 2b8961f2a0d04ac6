package main

import "iter"

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2)
}

func main() {
	for i := range 10 {
		_ = i
	}
	for range 3 {
	}
	for x := range Count(5) {
		if x == 2 {
			break
		}
	}
	for k, v := range Pairs {
		_, _ = k, v
	}
	for range func(func() bool) {} {
	}
}
