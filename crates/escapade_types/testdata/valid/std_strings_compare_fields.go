// Covers: strings.Compare/ContainsAny/ContainsRune/IndexAny/Title-free capitalization/SplitAfter/TrimFunc/Fields with unicode.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("héllo", 'é'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.IndexRune("chicken", 'k'))
	for part := range strings.SplitSeq("x y z", " ") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	fmt.Println(strings.ToTitle("go"))
	fmt.Println(strings.CutPrefix("prefix-body", "prefix-"))
}
