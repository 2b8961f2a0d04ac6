// Covers: range copies vs indexing for modification, ranging over a slice while appending (evaluated once), map delete during range.
package main

import (
	"fmt"
	"sort"
)

type Item struct{ Qty int }

func main() {
	items := []Item{{1}, {2}}
	for _, it := range items {
		it.Qty *= 10 // modifies a copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty *= 10
	}
	fmt.Println(items)
	xs := []int{1, 2, 3}
	for _, x := range xs {
		xs = append(xs, x*10) // range expression evaluated once
	}
	fmt.Println(xs)
	m := map[int]bool{1: true, 2: false, 3: true, 4: false}
	for k, v := range m {
		if !v {
			delete(m, k)
		}
	}
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
}
