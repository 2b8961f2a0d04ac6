// sync.OnceValue/OnceValues, iter.Pull and cmp helpers instantiated here.
package main

import (
	"cmp"
	"iter"
	"slices"
	"sync"
)

var config = sync.OnceValue(func() string { return "cfg" })

var pair = sync.OnceValues(func() (int, int) { return 1, 2 })

func first(xs []int) (int, bool) {
	next, stop := iter.Pull(slices.Values(xs))
	defer stop()
	return next()
}

func order(a, b string) int {
	return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
}

func main() {
	_ = config()
	_, _ = pair()
	_, _ = first([]int{1})
	_ = order("a", "b")
}
