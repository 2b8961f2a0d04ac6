// slice_: builtins clear, min, max on slices and their elements.
package main

func reset(s []*int) {
	clear(s)
}

func smallest(a, b string) string {
	return min(a, b)
}

func largest(xs []int) int {
	return max(xs[0], xs[1], 0)
}

func main() {}
