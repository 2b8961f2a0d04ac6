// addr_: using addresses only for comparison or nil checks does not make
// anything escape.
package main

func samePtr() bool {
	a, b := 1, 2
	pa, pb := &a, &b
	return pa == pb
}

func notNil(p *int) bool {
	return p != nil
}

func eqParams(p, q *string) bool {
	return p == q
}

func main() {}
