// std additions: bytes.Replace/ReplaceAll (capacity: exact when something is replaced, append
// growth when not), maps.Collect over a function iterator and maps.All, strings.ToTitle (ASCII).
package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	b := []byte("banana bandana")
	r := bytes.ReplaceAll(b, []byte("an"), []byte("AN"))
	fmt.Println(string(r), len(r), cap(r))
	r = bytes.Replace(b, []byte("a"), []byte("-"), 2)
	fmt.Println(string(r), len(r), cap(r))
	r = bytes.Replace(b, []byte("zz"), []byte("y"), -1)
	fmt.Println(string(r), len(r), cap(r))
	r = bytes.Replace(b, []byte("a"), []byte("y"), 0)
	fmt.Println(string(r), len(r), cap(r))
	r = bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bbbb"))
	fmt.Println(string(r), len(r), cap(r))
	r[0] = 'X'
	fmt.Println(string(b[:3]), string(r[:3]))

	m := maps.Collect(func(yield func(string, int) bool) {
		for i, w := range []string{"x", "y", "x", "z"} {
			if !yield(w, i) {
				return
			}
		}
	})
	fmt.Println(m, len(m))
	inv := maps.Collect(maps.All(map[int]string{1: "one", 2: "two"}))
	fmt.Println(slices.Sorted(maps.Keys(inv)), inv[2])
	fmt.Println(strings.ToTitle("go gopher!"), strings.ToTitle(""))
}
