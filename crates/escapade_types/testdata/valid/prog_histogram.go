// Covers: a text histogram: bucket counting with integer division, strings.Repeat bars, fixed-width formatting.
package main

import (
	"fmt"
	"strings"
)

func main() {
	data := []int{3, 17, 22, 8, 41, 45, 12, 19, 33, 38, 2, 27, 29, 49, 15}
	const width = 10
	buckets := make([]int, 5)
	for _, v := range data {
		buckets[v/width]++
	}
	for i, c := range buckets {
		lo, hi := i*width, (i+1)*width-1
		fmt.Printf("%2d-%2d | %-6s %d\n", lo, hi, strings.Repeat("#", c), c)
	}
}
