// Copies of function literals that are called: in the copied body (named after the
// inlined function, checked again: a second `can inline` line) and through the result
// of an inlined call that returned one.
package main

func two() int {
	a := 1
	f := func() int { return a }
	g := func() int { return a * 2 }
	return f() + g()
}

func loopy(xs []int) int {
	t := 0
	add := func(v int) { t += v }
	for _, x := range xs {
		add(x)
	}
	return t
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(xs []int) func(int) {
	return func(v int) {
		xs = append(xs, v)
	}
}

func main() {
	_ = two()
	_ = two()
	_ = loopy([]int{1, 2, 3})
	c := counter()
	_ = c()
	adder(nil)(1)
}
