// closure_: a higher-order function wraps its func parameter in a new
// closure (decorator): the parameter leaks into the result closure.
package main

func logged(f func(int) int) func(int) int {
	return func(x int) int {
		r := f(x)
		println(x, r)
		return r
	}
}

func twice(f func(int) int) func(int) int {
	return func(x int) int { return f(f(x)) }
}

func use() int {
	g := twice(func(x int) int { return x + 1 })
	return logged(g)(1)
}

func main() {}
