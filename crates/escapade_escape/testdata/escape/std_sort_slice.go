// std_: sort.Slice takes the slice as interface{} (x leaks) and a less
// closure (does not escape); sort.Ints does not leak.
package main

import "sort"

type person struct {
	name string
	age  int
}

func byAge(ps []person) {
	sort.Slice(ps, func(i, j int) bool { return ps[i].age < ps[j].age })
}

func sortInts(xs []int) {
	sort.Ints(xs)
}

func main() {
	byAge([]person{{"a", 1}})
	sortInts([]int{2, 1})
}
