// generic_: generic Filter reusing the input's backing array.
package main

func Filter[T any](xs []T, keep func(T) bool) []T {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func positives(xs []int) int {
	return len(Filter(xs, func(x int) bool { return x > 0 }))
}

func main() {}
