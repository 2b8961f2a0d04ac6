// gc reads plain operands after the calls of the same statement (`x, f()` prints the value
// f left behind), which a left-to-right evaluator gets wrong: the evaluator refuses the
// first such statement (see src/evalorder.rs) instead of printing `0 1`.
package main

import "fmt"

var G int

type T struct{ n int }

func main() {
	x := 0
	f := func() int { x++; return x }
	fmt.Println(x, f())
	fmt.Println(x+f(), f()+x)
	fmt.Println([]int{x, f()})
	fg := func() int { G++; return G }
	fmt.Println(G, fg())
	s := []int{0}
	fs := func() int { s[0]++; return s[0] }
	fmt.Println(s[0], fs())
	p := &T{}
	fp := func() int { p.n++; return p.n }
	fmt.Println(p.n, fp())
	m := map[string]int{}
	fm := func() int { m["k"]++; return m["k"] }
	fmt.Println(m["k"], fm())
	// append is hoisted too: it fills the array b shares before b[1] is read.
	a := make([]int, 1, 4)
	b := a[:2]
	fmt.Println(b[1], len(append(a, 9)))
}
