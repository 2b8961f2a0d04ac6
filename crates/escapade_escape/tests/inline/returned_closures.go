// Closures returned by inlined functions and called through the result: the copy reads
// the parameters bound at the inlined call (declared functions, literals), so its calls
// through them are inlined too; a call through a captured parameter costs 17.
package main

var sink func(int) int

func inc(x int) int { return x + 1 }
func dbl(x int) int { return x * 2 }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func apply(f func(int) int) func(int) int {
	return func(x int) int { return f(x) }
}

func main() {
	h := compose(inc, dbl)
	_ = h(1)
	_ = apply(func(x int) int { return x - 1 })(5)
	k := apply(inc)
	sink = k
	m := apply(dbl)
	_ = m(2)
	_ = m(3)
}
