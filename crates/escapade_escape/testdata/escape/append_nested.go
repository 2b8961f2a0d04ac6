// append_: appending to inner slices of a [][]T.
package main

func addRow(g [][]int, row []int) [][]int {
	return append(g, row)
}

func addToRow(g [][]int, i, v int) {
	g[i] = append(g[i], v)
}

func buildLocal() int {
	var g [][]int
	g = append(g, []int{1})
	g[0] = append(g[0], 2)
	return len(g[0])
}

func main() {}
