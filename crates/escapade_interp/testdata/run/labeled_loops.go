// labeled break and continue across nested loops, and goto-free search.
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v%2 == 0 {
				continue outer
			}
			if v > 6 {
				break outer
			}
			fmt.Println(i, j, v)
		}
	}
	n := 0
loop:
	for {
		switch {
		case n > 3:
			break loop
		default:
			n++
		}
	}
	fmt.Println("n =", n)
}
