// string verbs: %s %q %v %x with width, precision and the # flag for backquotes.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%10s|%-10s|%.2s|%q\n", s, s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%#q\n", "tab\there", "é", "raw", "back`quote")
	fmt.Printf("%x|%X|% x|%5.1s|\n", "abc", "abc", "abc", "xyz")
	fmt.Printf("%v|%s\n", []string{"a", "b"}, []string{"c"})
	fmt.Printf("%q\n", []string{"x y", "z"})
	fmt.Printf("%s|%v|%d\n", []byte("bytes"), []byte("ab"), []byte("ab"))
}
