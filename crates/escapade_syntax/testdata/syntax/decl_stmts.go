package main

func main() {
	const c = 1
	const (
		d = iota
		e
	)
	var v = c
	type T struct{ f int }
	type U = T
	type G[X any] struct{ x X }
	var t U = T{v}
	_ = t
	_ = G[int]{d + e}
}
