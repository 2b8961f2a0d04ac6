// a histogram of word lengths using an array of counters and strings.Repeat bars.
package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "a bb ccc dd eeee f ggggg hh iii jjjj kkkkkk"
	var counts [8]int
	for _, w := range strings.Fields(text) {
		counts[len(w)]++
	}
	for n, c := range counts {
		if c > 0 {
			fmt.Printf("%d %-6s %d\n", n, strings.Repeat("#", c), c)
		}
	}
}
