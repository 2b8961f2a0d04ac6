// closure_: func-typed local variables assigned once or several times;
// calls through them (1.27 resolves all static callees of a local var).
package main

func noleak(p *int) int { return *p }

func leak(p *int) *int { return p }

func viaVar() int {
	x := 1
	f := noleak
	return f(&x)
}

func viaVarTwo(c bool) int {
	y := 2
	f := noleak
	if c {
		f = func(q *int) int { return 0 }
	}
	return f(&y)
}

func viaVarLeak() *int {
	z := 3
	f := leak
	return f(&z)
}

func main() {}
