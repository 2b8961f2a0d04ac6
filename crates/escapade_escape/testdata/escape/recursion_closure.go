// recursion_: recursion through a closure variable capturing a local slice.
package main

func flatten(xs [][]int) []int {
	var out []int
	var rec func(i int)
	rec = func(i int) {
		if i == len(xs) {
			return
		}
		out = append(out, xs[i]...)
		rec(i + 1)
	}
	rec(0)
	return out
}

func main() {}
