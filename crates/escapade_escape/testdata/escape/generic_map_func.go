// generic_: a generic Map over slices with a func argument.
package main

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func lengths(ws []string) []int {
	return Map(ws, func(s string) int { return len(s) })
}

func doubledSum(xs []int) int {
	ys := Map(xs, func(x int) int { return x * 2 })
	t := 0
	for _, y := range ys {
		t += y
	}
	return t
}

func main() {}
