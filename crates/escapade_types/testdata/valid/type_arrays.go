// Covers: arrays, [...] length, multi-dimensional arrays, array value semantics and comparison.
package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	a := [3]int{1, 2, 3}
	b := double(a)
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	c := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(c), c[1] == "", c)
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid[2], len(grid), len(grid[0]))
	p := &a
	p[0] = 100 // indexing through pointer to array
	fmt.Println(a[0], len(p))
	for i, v := range p {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
}
