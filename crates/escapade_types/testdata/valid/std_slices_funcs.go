// Covers: slices.SortFunc/SortStableFunc/IndexFunc/ContainsFunc/Insert/Delete/Grow/Clip/Concat/Repeat/Chunk.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	Name  string
	Price int
}

func main() {
	items := []Item{{"b", 3}, {"a", 3}, {"c", 1}}
	slices.SortStableFunc(items, func(x, y Item) int { return cmp.Compare(x.Price, y.Price) })
	fmt.Println(items)
	slices.SortFunc(items, func(x, y Item) int {
		return cmp.Or(cmp.Compare(y.Price, x.Price), strings.Compare(x.Name, y.Name))
	})
	fmt.Println(items)
	fmt.Println(slices.IndexFunc(items, func(it Item) bool { return it.Name == "c" }))
	fmt.Println(slices.ContainsFunc(items, func(it Item) bool { return it.Price > 5 }))
	xs := []int{1, 2, 5}
	xs = slices.Insert(xs, 2, 3, 4)
	xs = slices.Delete(xs, 0, 1)
	fmt.Println(xs, len(slices.Clip(xs)))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil), slices.Repeat([]string{"x"}, 3))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	g := slices.Grow([]int(nil), 10)
	fmt.Println(len(g), cap(g) >= 10)
}
