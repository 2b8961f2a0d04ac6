// Covers: local constant, type and function-scoped type declarations, local types with methods via closures.
package main

import (
	"fmt"
	"sort"
)

func main() {
	const maxItems = 3
	type entry struct {
		key   string
		score int
	}
	type byScore []entry
	entries := byScore{{"a", 5}, {"b", 9}, {"c", 1}, {"d", 7}}
	sort.Slice(entries, func(i, j int) bool { return entries[i].score > entries[j].score })
	for i, e := range entries {
		if i == maxItems {
			break
		}
		fmt.Println(e.key, e.score)
	}
	type celsius = float64
	var t celsius = 21.5
	fmt.Println(t)
}
