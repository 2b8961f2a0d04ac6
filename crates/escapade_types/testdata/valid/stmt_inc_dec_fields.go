// Covers: ++/-- on map elements, struct fields, pointer derefs and slice elements; op= on map entries.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stats struct{ Hits, Misses int }

func main() {
	freq := map[string]int{}
	for _, w := range strings.Fields("a b a c b a") {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", freq[k], " ")
	}
	fmt.Println()
	var s Stats
	s.Hits++
	p := &s
	p.Misses += 2
	(*p).Hits--
	fmt.Println(s)
	arr := []float64{1.5, 2.5}
	arr[1]++
	fmt.Println(arr)
	byName := map[string]*Stats{"x": {}}
	byName["x"].Hits++
	fmt.Println(*byName["x"])
}
