// generic_: more shape instantiations: named types sharing a shape, struct and
// slice shapes, closures and new(T) inside generic bodies, pointer shapes of a
// basic constraint leaking to the heap.
package main

type celsius int

type point struct{ x, y int }

var sinkAny any
var sinkPtr *int

func First[T any](xs []T) T {
	return xs[0]
}

func Apply[T any](v T, f func(T) T) T {
	return f(v)
}

func Keep[T any](p T) {
	sinkAny = p
}

func Fresh[T any](v T) *T {
	p := new(T)
	*p = v
	return p
}

func Pair[A, B any](a A, b B) (A, B) {
	return a, b
}

func use() {
	_ = First([]int{1})
	_ = First([]celsius{2})
	_ = First([]point{{1, 2}})
	_ = Apply(3, func(x int) int { return x + 1 })
	x := 4
	Keep(&x)
	Keep(point{})
	_ = Fresh(5)
	q := Fresh(&x)
	sinkPtr = *q
	_, _ = Pair("a", 1)
}

func main() { use() }
