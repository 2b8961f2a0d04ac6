// sort package: Ints, Strings, Slice, SliceStable, Search, IsSorted.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	ss := []string{"b", "C", "a"}
	sort.Strings(ss)
	fmt.Println(xs, ss, sort.IntsAreSorted(xs))
	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	idx := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, sort.Search(100, func(i int) bool { return i*i >= 50 }))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
}
