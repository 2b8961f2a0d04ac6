// Covers: variadic functions, calling with zero/many args, spreading a slice with ..., any-variadic.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func joinWith(sep string, parts ...string) string { return strings.Join(parts, sep) }

func logf(prefix string, args ...any) string {
	return prefix + fmt.Sprint(args...)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(joinWith("-", "a", "b", "c"), joinWith("+"))
	parts := []string{"x", "y"}
	fmt.Println(joinWith("/", parts...))
	fmt.Println(logf("log: ", 1, "two", 3.0))
	vals := []any{"a", 1}
	fmt.Println(vals...)
}
