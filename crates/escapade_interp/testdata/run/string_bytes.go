// Strings are byte sequences: len, indexing, slicing, conversion to []byte.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], s[:2], s[7:])
	b := []byte(s)
	fmt.Println(len(b), b[:4])
	b[0] = 'H'
	fmt.Println(string(b), s)
	fmt.Println(s[1:3] == "é", string(s[1]))
	fmt.Printf("%x % x %X\n", s[:3], s[:3], "hi")
}
