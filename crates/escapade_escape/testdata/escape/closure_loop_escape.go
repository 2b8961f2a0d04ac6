// closure_: closures created in a loop and collected in a slice versus
// called within the iteration.
package main

func collect(n int) []func() int {
	out := make([]func() int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, func() int { return i * i })
	}
	return out
}

func callEach(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		f := func() int { return i }
		s += f()
	}
	return s
}

func main() {}
