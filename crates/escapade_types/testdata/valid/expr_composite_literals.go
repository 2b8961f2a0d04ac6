// Covers: composite literals with elided types in slices, arrays, maps (keys and values), pointers to elements.
package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }

func main() {
	pts := []Point{{1, 2}, {X: 3}, {}}
	ptrs := []*Point{{1, 1}, {2, 2}} // &Point elided
	lines := [...]Line{{Point{0, 0}, Point{1, 1}}, {A: Point{2, 2}}}
	byName := map[string]Point{"o": {}, "x": {1, 0}}
	byPt := map[Point]string{{0, 0}: "origin", {1, 0}: "unit"}
	nested := [][]int{{1}, {2, 3}, {}}
	mm := map[string][]string{"a": {"x", "y"}}
	fmt.Println(pts, *ptrs[1], lines[1].A, byName["x"], byPt[Point{}], nested, mm["a"])
	idx := []string{3: "d", 1: "b"}
	fmt.Println(len(idx), idx)
	p := &Point{Y: 5}
	fmt.Println(p.Y)
	arrPtr := &[2]int{7, 8}
	fmt.Println(arrPtr[1])
}
