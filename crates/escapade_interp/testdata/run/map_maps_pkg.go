// maps package with slices: Keys/Values collected and sorted, Clone, Equal, DeleteFunc.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(keys, vals)
	c := maps.Clone(m)
	c["w"] = 0
	fmt.Println(maps.Equal(m, c), len(c), len(m))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	for _, k := range slices.Sorted(maps.Keys(c)) {
		fmt.Println(k, c[k])
	}
}
