// Covers: string indexing yields bytes, range yields runes, conversions between byte/rune/string, string comparison.
package main

import "fmt"

func main() {
	s := "año"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
	b := s[0]
	r := rune(s[1])
	fmt.Println(string(b), r, string(rune(241)))
	upper := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		upper = append(upper, c)
	}
	fmt.Println(string(upper), "abc" < "abd", "Z" < "a")
}
