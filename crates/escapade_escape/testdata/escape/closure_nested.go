// closure_: closures nested in closures; captured variables of the outer
// function flow through both closure objects.
package main

func nested() func() func() int {
	x := 0
	return func() func() int {
		y := 1
		return func() int {
			x++
			return x + y
		}
	}
}

func nestedLocal() int {
	a := 2
	f := func() int {
		g := func() int { return a * 2 }
		return g()
	}
	return f()
}

func main() {}
