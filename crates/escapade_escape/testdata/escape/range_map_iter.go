// range_: iterator loops over maps (seed): maps.Keys / maps.All iterators
// and a hand-written iterator over a map.
package main

import "maps"

func sumValues(m map[string]int) int {
	t := 0
	for _, v := range maps.All(m) {
		t += v
	}
	return t
}

func pairs(m map[string]int) func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

func longest(m map[string]int) string {
	best := ""
	for k := range pairs(m) {
		if len(k) > len(best) {
			best = k
		}
	}
	return best
}

func main() {
	m := map[string]int{"a": 1}
	_ = sumValues(m)
	_ = longest(m)
	for k := range maps.Keys(m) {
		println(k)
	}
}
