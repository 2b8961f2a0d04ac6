// Iterator functions of the maps and slices packages: sorted keys from maps.Keys, slices.All,
// Values and Backward with early break, slices.Collect of a user iterator, and a map iterator
// stopped by break (its order is the runtime's, so only sorted or counted results are printed).
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func main() {
	ages := map[string]int{"ann": 31, "bob": 27, "cy": 45, "dee": 19}
	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println(keys, len(keys))
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println(vals)
	total := 0
	for k, v := range maps.All(ages) {
		total += v + len(k)
	}
	fmt.Println("total", total)
	n := 0
	for range maps.Keys(ages) {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println("visited", n)

	words := []string{"go", "rust", "zig", "c"}
	for i, w := range slices.All(words) {
		if i == 3 {
			break
		}
		fmt.Print(i, ":", strings.ToUpper(w), " ")
	}
	fmt.Println()
	for i, w := range slices.Backward(words) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	var lens []int
	for w := range slices.Values(words) {
		lens = append(lens, len(w))
	}
	fmt.Println(lens)

	fmt.Println(slices.Collect(countdown(4)))
	for v := range countdown(5) {
		if v == 3 {
			break
		}
		fmt.Println("v", v)
	}
	fmt.Println(len(slices.Collect(maps.Keys(map[int]bool{}))))
}
