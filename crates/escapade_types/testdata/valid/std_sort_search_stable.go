// Covers: sort.Sort on a struct wrapper, sort.Stable, sort.StringSlice methods, sort.Find.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLastName []string

func (b byLastName) Len() int      { return len(b) }
func (b byLastName) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byLastName) Less(i, j int) bool {
	return strings.Fields(b[i])[1] < strings.Fields(b[j])[1]
}

func main() {
	names := byLastName{"Ada Lovelace", "Alan Turing", "Grace Hopper", "Ken Thompson", "Rob Pike"}
	sort.Stable(names)
	fmt.Println(names)
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"))
	sorted := []string{"apple", "banana", "cherry"}
	i, found := sort.Find(len(sorted), func(i int) int { return strings.Compare("banana", sorted[i]) })
	fmt.Println(i, found)
}
