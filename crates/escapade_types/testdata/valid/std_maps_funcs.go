// Covers: maps.Clone, maps.Copy, maps.Equal, maps.DeleteFunc, maps.Collect, maps.All with sorted keys.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{"apple": 5, "pear": 0, "plum": 2}
	backup := maps.Clone(stock)
	maps.DeleteFunc(stock, func(k string, v int) bool { return v == 0 })
	fmt.Println(len(stock), len(backup), maps.Equal(stock, backup))
	maps.Copy(stock, map[string]int{"kiwi": 9, "apple": 6})
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		fmt.Println(k, stock[k])
	}
	inverted := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range maps.All(backup) {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inverted[2], inverted[5])
}
