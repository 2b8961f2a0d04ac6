// recursive closures and higher-order functions (map/filter/reduce by hand).
package main

import "fmt"

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * 10 }))
	compose := func(f, g func(int) int) func(int) int { return func(x int) int { return g(f(x)) } }
	fmt.Println(compose(fib, func(x int) int { return -x })(10))
}
