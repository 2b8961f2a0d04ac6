// slices.Compact/Repeat, strconv.AppendFloat, bytes.IndexByte, utf8.RuneStart,
// sort.IntSlice.Search, %T and %v of unnamed struct types.
package main

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"unicode/utf8"
)

func main() {
	s := []int{1, 1, 2, 2, 2, 3, 1, 1}
	c := slices.Compact(s)
	fmt.Println(c, len(c), cap(c), s)
	r := slices.Repeat([]string{"a", "b"}, 3)
	fmt.Println(r, len(r), cap(r))
	b := strconv.AppendFloat(make([]byte, 0, 4), 3.25, 'f', 3, 64)
	b = strconv.AppendFloat(b, 1e21, 'g', -1, 32)
	fmt.Println(string(b), len(b), cap(b))
	fmt.Println(bytes.IndexByte([]byte("hello"), 'l'), utf8.RuneStart("é"[1]), utf8.RuneStart('a'))
	is := sort.IntSlice{1, 3, 5, 7}
	fmt.Println(is.Search(5), is.Search(6), sort.StringSlice{"a", "c"}.Search("b"))
	p := struct {
		Name string
		Age  int
		tags []string
	}{"x", 3, []string{"t"}}
	fmt.Printf("%T|%v|%+v\n", p, p, p)
	fmt.Printf("%T %T\n", struct{ A, B float64 }{}, []struct{ X *int }{})
}
