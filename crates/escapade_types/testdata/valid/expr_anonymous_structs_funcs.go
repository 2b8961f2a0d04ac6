// Covers: anonymous struct types as function parameters/results, table-driven tests style, struct literals of unnamed types.
package main

import "fmt"

func minmax(xs []int) struct{ Min, Max int } {
	r := struct{ Min, Max int }{xs[0], xs[0]}
	for _, x := range xs {
		r.Min = min(r.Min, x)
		r.Max = max(r.Max, x)
	}
	return r
}

func show(p struct {
	X, Y  int
	Label string
}) string {
	return fmt.Sprintf("%s(%d,%d)", p.Label, p.X, p.Y)
}

func main() {
	tests := []struct {
		name string
		in   []int
		want int
	}{
		{"single", []int{4}, 4},
		{"many", []int{3, 9, 1}, 9},
	}
	for _, tc := range tests {
		got := minmax(tc.in).Max
		fmt.Println(tc.name, got == tc.want)
	}
	fmt.Println(show(struct {
		X, Y  int
		Label string
	}{1, 2, "p"}))
}
