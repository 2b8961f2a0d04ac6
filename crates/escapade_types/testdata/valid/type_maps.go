// Covers: maps, make, literal, comma-ok lookup, delete, len, map of slices, struct keys, sorted iteration.
package main

import (
	"fmt"
	"sort"
)

type key struct {
	x, y int
}

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	if a, ok := ages["bob"]; ok {
		fmt.Println("bob", a)
	}
	_, ok := ages["dave"]
	fmt.Println(ok, ages["dave"])
	delete(ages, "alice")
	names := make([]string, 0, len(ages))
	for k := range ages {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names, len(ages))
	grid := map[key]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(grid[key{1, 2}], grid[key{3, 4}])
	groups := make(map[bool][]int)
	for i := 0; i < 6; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups[true], groups[false])
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
}
