// Covers: dispatch tables of functions, functions returning multiple funcs, function comparisons with nil.
package main

import (
	"fmt"
	"strings"
)

type op struct {
	name string
	fn   func(float64, float64) (float64, error)
}

func div(a, b float64) (float64, error) {
	if b == 0 {
		return 0, fmt.Errorf("divide %v by zero", a)
	}
	return a / b, nil
}

func eval(expr string) (float64, error) {
	ops := []op{
		{"+", func(a, b float64) (float64, error) { return a + b, nil }},
		{"-", func(a, b float64) (float64, error) { return a - b, nil }},
		{"*", func(a, b float64) (float64, error) { return a * b, nil }},
		{"/", div},
	}
	var a, b float64
	var sym string
	if _, err := fmt.Sscanf(expr, "%g %s %g", &a, &sym, &b); err != nil {
		return 0, err
	}
	for _, o := range ops {
		if o.name == sym {
			return o.fn(a, b)
		}
	}
	return 0, fmt.Errorf("unknown op %q", sym)
}

func main() {
	for _, e := range []string{"1 + 2", "6 / 4", "2 ^ 3", "5 / 0", "3 * 7"} {
		v, err := eval(e)
		if err != nil {
			fmt.Println(strings.TrimSpace(e), "->", err)
			continue
		}
		fmt.Println(e, "=", v)
	}
}
