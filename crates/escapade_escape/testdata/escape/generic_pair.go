// generic_: a generic struct with two type parameters holding pointers.
package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{Key: k, Val: v}
}

var sink *int

func usePair() {
	x := 1
	p := MakePair("x", &x)
	sink = p.Val
}

func main() {}
