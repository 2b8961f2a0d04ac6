// Mistake: a label left behind after the labeled break was removed.
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2}, {3, 4}}
	sum := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println(sum)
}
