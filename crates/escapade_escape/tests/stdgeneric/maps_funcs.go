// maps helpers: Clone, Copy, Values, All, DeleteFunc, Collect, Insert.
package main

import "maps"

func cloneAndCopy(a, b map[string]int) map[string]int {
	c := maps.Clone(a)
	maps.Copy(c, b)
	return c
}

func sum(m map[int]int) int {
	t := 0
	for v := range maps.Values(m) {
		t += v
	}
	return t
}

func prune(m map[string]string) {
	maps.DeleteFunc(m, func(k, v string) bool { return k == v })
}

func rebuild(m map[string]int) map[string]int {
	n := maps.Collect(maps.All(m))
	maps.Insert(n, maps.All(m))
	return n
}

func main() {
	_ = cloneAndCopy(map[string]int{}, map[string]int{})
	_ = sum(map[int]int{1: 1})
	prune(map[string]string{})
	_ = rebuild(map[string]int{})
}
