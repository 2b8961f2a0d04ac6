// Covers: Conway's game of life: fixed-size 2D arrays, neighbor counting with wraparound, value copies of arrays.
package main

import (
	"fmt"
	"strings"
)

const W, H = 8, 6

type Grid [H][W]bool

func (g Grid) alive(x, y int) bool {
	return g[(y+H)%H][(x+W)%W]
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && g.alive(x+dx, y+dy) {
						n++
					}
				}
			}
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	var g Grid
	g[1][2], g[2][3], g[3][1], g[3][2], g[3][3] = true, true, true, true, true // glider
	for i := 0; i < 3; i++ {
		fmt.Println(g)
		g = g.Step()
	}
}
