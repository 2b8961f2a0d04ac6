// Covers: strings.Contains/HasPrefix/HasSuffix/Index/Split/Join/Fields/Replace/ToUpper/TrimSpace/Repeat/Title-free casing.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox  "
	t := strings.TrimSpace(s)
	fmt.Println(t, strings.Contains(t, "quick"), strings.HasPrefix(t, "The"), strings.HasSuffix(t, "fox"))
	fmt.Println(strings.Index(t, "brown"), strings.LastIndex(t, "o"), strings.IndexByte(t, 'q'))
	words := strings.Fields(t)
	fmt.Println(len(words), strings.Join(words, "_"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.SplitN("k=v=w", "=", 2))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.ToUpper("go"), strings.ToLower("GO"), strings.Repeat("ab", 3))
	fmt.Println(strings.Count("cheese", "e"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.Trim("--a--", "-"))
	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found)
}
