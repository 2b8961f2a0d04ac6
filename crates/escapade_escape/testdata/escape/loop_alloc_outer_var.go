// loop_: an allocation in a loop assigned to a variable declared outside
// the loop escapes (outlives by loop depth); inside-only does not.
package main

func outer(n int) *int {
	var p *int
	for i := 0; i < n; i++ {
		p = new(int)
	}
	return p
}

func outerLocal(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		p = new(int)
		*p = i
	}
	return *p
}

func inner(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		q := new(int)
		t += *q
	}
	return t
}

func main() {}
