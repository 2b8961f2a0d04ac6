// loop_: labeled break/continue (non-looping labels do not change depth).
package main

func find(grid [][]int, v int) *int {
outer:
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] < 0 {
				continue outer
			}
			if grid[i][j] == v {
				return &grid[i][j]
			}
		}
	}
	return nil
}

func main() {}
