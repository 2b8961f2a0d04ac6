// String concatenation, comparison and immutability via copies.
package main

import "fmt"

func main() {
	a := "go"
	b := a
	a += "pher"
	fmt.Println(a, b, a > b, "abc" < "abd", "Z" < "a", "" < "a")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	fmt.Println("multi\nline", `raw\n`, "tab\tsep")
}
