// strings.Cut, Index functions, and byte/rune-wise comparisons.
package main

import (
	"fmt"
	"strings"
)

func main() {
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "xyzn"))
	fmt.Println(strings.Compare("a", "b"), strings.ContainsRune("abc", 'c'), strings.TrimLeft("aabbcc", "ab"))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
}
