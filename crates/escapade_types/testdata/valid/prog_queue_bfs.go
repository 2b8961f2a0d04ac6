// Covers: breadth-first search on a grid using a slice as a queue, arrays as coordinates, visited map.
package main

import "fmt"

type pos [2]int

var grid = []string{
	"S.#.....",
	".##.###.",
	"....#...",
	"##.##.#E",
	"........",
}

func bfs() int {
	var start, end pos
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = pos{r, c}
			case 'E':
				end = pos{r, c}
			}
		}
	}
	dist := map[pos]int{start: 0}
	queue := []pos{start}
	dirs := [4]pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			return dist[cur]
		}
		for _, d := range dirs {
			n := pos{cur[0] + d[0], cur[1] + d[1]}
			if n[0] < 0 || n[0] >= len(grid) || n[1] < 0 || n[1] >= len(grid[0]) {
				continue
			}
			if grid[n[0]][n[1]] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
	return -1
}

func main() {
	fmt.Println("shortest path:", bfs())
}
