// slices package basics: Sort, Contains, Index, Max, Min, Reverse, Equal, BinarySearch.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	fmt.Println(slices.Contains(s, 8), slices.Index(s, 1), slices.Max(s), slices.Min(s))
	slices.Sort(s)
	fmt.Println(s)
	i, found := slices.BinarySearch(s, 5)
	fmt.Println(i, found)
	slices.Reverse(s)
	fmt.Println(s, slices.Equal(s, []int{9, 8, 5, 3, 2, 1}))
	words := []string{"pear", "fig", "banana"}
	slices.SortFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words, slices.IndexFunc(words, func(w string) bool { return w[0] == 'b' }))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
}
