// strings package: Contains, Index, Split, Join, Fields, Repeat, Replace, Trim*, case.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World, Go  "
	fmt.Println(strings.Contains(s, "World"), strings.Index(s, "o"), strings.LastIndex(s, "o"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.ReplaceAll(s, "o", "0"), strings.Replace("aaaa", "a", "b", 2))
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimSpace(s), strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.ToUpper("abc"), strings.ToLower("ÀBC"), strings.Title("x"), strings.HasSuffix("file.go", ".go"))
	fmt.Println(strings.Count("cheese", "e"), strings.EqualFold("Go", "GO"), strings.SplitN("a:b:c", ":", 2))
}
