// param_: struct parameters passed by value containing pointers.
package main

type pair struct {
	a *int
	b *int
}

var g *int

func leakA(p pair) { g = p.a }

func retB(p pair) *int { return p.b }

func copyPair(p pair) pair { return p }

func main() {}
