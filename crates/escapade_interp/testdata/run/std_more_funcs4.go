// std additions: sort.Reverse (Sort, Stable, IsSorted, heap), maps.Copy, bytes.Repeat,
// strings.SplitSeq/SplitAfterSeq/FieldsSeq/Lines, slices.Chunk (sub-slices share the array,
// capacity clipped), strings.NewReplacer (argument order decides among matches).
package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs, sort.IsSorted(sort.Reverse(sort.IntSlice(xs))), sort.IsSorted(sort.IntSlice(xs)))
	words := byLen{"ccc", "a", "bb", "dd", "e", "fff"}
	sort.Stable(sort.Reverse(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.Reverse(sort.StringSlice(words))))
	fmt.Println(words)
	fmt.Printf("%T\n", sort.Reverse(words))

	dst := map[string]int{"a": 1, "b": 2}
	maps.Copy(dst, map[string]int{"b": 20, "c": 30})
	fmt.Println(dst, len(dst))
	maps.Copy(dst, map[string]int(nil))
	var nm map[string]int
	maps.Copy(nm, map[string]int{})
	fmt.Println(len(nm))
	fmt.Println(dst)

	r := bytes.Repeat([]byte("ab"), 3)
	fmt.Println(string(r), len(r), cap(r), len(bytes.Repeat(nil, 4)))

	for p := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("a,b,c", ",") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range strings.FieldsSeq("  x  y\tz ") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for l := range strings.Lines("one\ntwo\n\nthree") {
		fmt.Printf("%q ", l)
	}
	for l := range strings.Lines("end\n") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for p := range strings.SplitSeq("stop here now", " ") {
		if p == "here" {
			break
		}
		fmt.Println(p)
	}

	nums := []int{1, 2, 3, 4, 5, 6, 7}
	for c := range slices.Chunk(nums, 3) {
		fmt.Println(c, len(c), cap(c))
		c[0] *= 10
	}
	fmt.Println(nums)
	for c := range slices.Chunk([]int{}, 2) {
		fmt.Println("never", c)
	}

	rep := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(rep.Replace("aaab abba"))
	rep2 := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep2.Replace("<a & b>"))
	rep3 := strings.NewReplacer("ab", "X", "a", "Y", "abc", "Z")
	fmt.Println(rep3.Replace("abcab ac"))
	fmt.Println(strings.NewReplacer("x", "y", "x", "z").Replace("xx"))
}
