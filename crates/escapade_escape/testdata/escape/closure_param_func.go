// closure_: passing func literals to functions whose func parameter is only
// called (does not escape) or stored (leaks).
package main

var saved func(int)

func apply(f func(int) int, v int) int {
	return f(v)
}

func keep(f func(int)) {
	saved = f
}

func useApply(k int) int {
	return apply(func(x int) int { return x * k }, 3)
}

func useKeep(prefix string) {
	keep(func(i int) { println(prefix, i) })
}

func main() {}
