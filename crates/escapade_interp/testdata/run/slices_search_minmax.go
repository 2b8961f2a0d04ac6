// slices.Index, Contains, Reverse (in place, visible through another slice of the same array),
// Max and Min of integers and strings, and the panic of Max on an empty slice.
package main

import (
	"fmt"
	"slices"
)

type Point struct{ X, Y int }

func main() {
	xs := []int{4, 8, 15, 16, 23, 42}
	fmt.Println(slices.Index(xs, 15), slices.Index(xs, 99), slices.Contains(xs, 42))
	pts := []Point{{1, 2}, {3, 4}}
	fmt.Println(slices.Index(pts, Point{3, 4}), slices.Contains(pts, Point{4, 3}))
	view := xs[1:4]
	slices.Reverse(xs)
	fmt.Println(xs, view)
	fmt.Println(slices.Max(xs), slices.Min(xs))
	words := []string{"pear", "apple", "zucchini", "fig"}
	fmt.Println(slices.Max(words), slices.Min(words))
	var us = []uint8{200, 7, 255, 0}
	fmt.Println(slices.Max(us), slices.Min(us))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(slices.Max([]int{}))
}
