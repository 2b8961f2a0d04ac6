// Two-dimensional slices built row by row.
package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+2)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	for _, row := range grid {
		fmt.Println(len(row), cap(row), row)
	}
	t := [][]string{{"a"}, {}, nil, {"b", "c"}}
	fmt.Printf("%v %q %d\n", t, t, len(t))
}
