// Operand lists mixing calls with memory reads whose order gc and a left-to-right evaluator
// agree on: reads after the calls, reads sealed inside call arguments, variables no call can
// change (captured but never reassigned, value receivers), harmless functions, && / ||; a
// risky statement that never runs.
package main

import (
	"fmt"
	"strings"
)

var total = 10

type pt struct{ x, y int }

func (p pt) sum() int { return p.x + p.y }

func square(v int) int { return v * v }

func label(v int) string {
	s := "n"
	for i := 0; i < v; i++ {
		s += "+"
	}
	return s
}

func bump() int {
	total++
	return total
}

func main() {
	x := 0
	f := func() int { x++; return x }
	// Reads lexically after every call in the list.
	fmt.Println(f(), x)
	fmt.Println(f(), f()+x, x)
	// A read inside a call's arguments happens right before that call.
	fmt.Println(square(x), f())
	fmt.Println(label(x), f(), x)
	// Short-circuit operators evaluate their left side first.
	ok := x > 3 && f() > 0
	fmt.Println(ok, x)
	// Captured but never reassigned: no call can change it.
	base := 7
	add := func(v int) int { return base + v }
	fmt.Println(base, add(1), base*2)
	// Value receivers work on copies.
	p := pt{1, 2}
	fmt.Println(p.x, p.sum(), p)
	// Harmless functions (write only their own locals) beside package-level reads.
	total = 20
	fmt.Println(total, square(3), label(2), total)
	// A plain local no closure or pointer reaches.
	n := 5
	fmt.Println(n, bump(), n+1, total)
	// std functions given only basic values.
	fmt.Println(total, strings.Repeat("ab", 2), fmt.Sprint(total))
	words := []string{"a", "b"}
	fmt.Println(words[0], strings.Join(words, "-"))
	// Assignments and returns with the call first.
	a, b := f(), x
	fmt.Println(a, b)
	fmt.Println(pair(f))
	// A statement gc may order differently is refused only when it runs.
	if x > 100 {
		fmt.Println(x, f())
	}
}

func pair(g func() int) (int, int) {
	v := 0
	h := func() int { t := g(); v += t; return v }
	return h(), v
}
