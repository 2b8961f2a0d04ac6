// Covers: sort.Ints/Strings/Float64s, sort.Slice, sort.SliceStable, sort.Sort with a custom sort.Interface, sort.Search.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, 2, 9, 1}
	sort.Ints(ints)
	strs := []string{"pear", "fig", "apple"}
	sort.Strings(strs)
	fl := []float64{2.5, -1, 0}
	sort.Float64s(fl)
	fmt.Println(ints, strs, fl, sort.IntsAreSorted(ints))
	words := byLen{"banana", "kiwi", "fig", "cherry"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	people := []Person{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sorted := []int{1, 3, 5, 7, 9}
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println(i, sort.SearchInts(sorted, 3))
}
