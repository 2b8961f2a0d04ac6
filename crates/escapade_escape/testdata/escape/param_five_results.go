// param_: only the first five results are tracked; a parameter flowing to
// the sixth result leaks to the heap instead.
package main

func six(a, b, c, d, e, f *int) (*int, *int, *int, *int, *int, *int) {
	return a, b, c, d, e, f
}

func fifth(a *int) (r0, r1, r2, r3, r4 *int) {
	r4 = a
	return
}

func main() {}
