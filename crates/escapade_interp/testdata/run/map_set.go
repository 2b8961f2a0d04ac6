// a map[T]struct{} used as a set; membership, union, sorted output.
package main

import (
	"fmt"
	"slices"
)

func main() {
	a := map[int]struct{}{}
	for _, v := range []int{5, 1, 5, 3, 1} {
		a[v] = struct{}{}
	}
	b := map[int]struct{}{3: {}, 7: {}}
	union := map[int]struct{}{}
	for k := range a {
		union[k] = struct{}{}
	}
	for k := range b {
		union[k] = struct{}{}
	}
	var keys []int
	for k := range union {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	_, has := a[3]
	fmt.Println(len(a), has, keys, a)
}
