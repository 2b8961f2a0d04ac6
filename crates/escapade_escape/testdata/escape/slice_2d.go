// slice_: slices of slices: outer and inner allocations get independent
// verdicts.
package main

func grid(n int) [][]int {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, n)
	}
	return g
}

func localGrid() int {
	g := [][]int{{1, 2}, {3, 4}}
	return g[1][0]
}

func rows() int {
	r0 := []int{1}
	r1 := []int{2}
	all := [][]int{r0, r1}
	return len(all)
}

func main() {}
