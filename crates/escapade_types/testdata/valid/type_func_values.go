// Covers: function types, function values, nil funcs, funcs in maps and slices, variadic function types.
package main

import (
	"fmt"
	"sort"
)

type BinOp func(a, b int) int
type Handler func(args ...string) string

func apply(op BinOp, a, b int) int { return op(a, b) }

func main() {
	ops := map[string]BinOp{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	keys := make([]string, 0)
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, apply(ops[k], 7, 3))
	}
	var h Handler = func(args ...string) string { return fmt.Sprint(len(args)) }
	fmt.Println(h("a", "b"), h())
	var nothing func()
	fmt.Println(nothing == nil)
	pipeline := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
	}
	v := 5
	for _, f := range pipeline {
		v = f(v)
	}
	fmt.Println(v)
}
