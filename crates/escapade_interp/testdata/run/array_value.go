// Arrays are values: assignment copies, comparison with ==, len, zero value.
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, len(a))
	var z [4]string
	fmt.Printf("%q %v\n", z, z == [4]string{})
	c := [...]float64{1.5, 2.5}
	fmt.Println(c, len(c))
	d := [5]int{1: 10, 3: 30}
	fmt.Println(d)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	grid[1][2] = 60
	fmt.Println(grid, grid[1])
}
