// Covers: function literals called immediately, returned, passed as arguments, recursive via declared var.
package main

import (
	"fmt"
	"sort"
)

func main() {
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
	people := []struct {
		Name string
		Age  int
	}{{"a", 30}, {"b", 20}, {"c", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	compose := func(f, g func(int) int) func(int) int {
		return func(x int) int { return g(f(x)) }
	}
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
}
