// struct and array keys compare by value; float keys with NaN never match.
package main

import (
	"fmt"
	"math"
)

type point struct{ x, y int }

func main() {
	grid := map[point]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[point{1, 2}], grid[point{2, 1}] == "", len(grid))
	arr := map[[2]int]int{{1, 1}: 5}
	arr[[2]int{1, 1}]++
	fmt.Println(arr)
	f := map[float64]int{}
	f[math.NaN()] = 1
	f[math.NaN()] = 2
	_, ok := f[math.NaN()]
	fmt.Println(len(f), ok)
	f[0.0] = 1
	f[math.Copysign(0, -1)] = 2
	fmt.Println(f[0])
}
