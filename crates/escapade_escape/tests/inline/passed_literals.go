// Function literals passed to functions inlined with them: bound to the inlined
// function's parameter (also through a local bound once to the literal) and inlined
// where it is called; inside an inlined body, the copy is the one inlined there.
package main

var sink func(int)

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func sum(xs []int) int {
	t := 0
	each(xs, func(x int) { t += x })
	return t
}

func keep(f func(int)) { sink = f }

func stash(xs []int) int {
	t := 0
	keep(func(x int) { t += x })
	return t
}

func twice(xs []int) int {
	t := 0
	g := func(x int) { t += x }
	each(xs, g)
	each(xs, g)
	return t
}

func main() {
	_ = sum([]int{1, 2})
	_ = stash([]int{3})
	_ = twice([]int{4})
}
