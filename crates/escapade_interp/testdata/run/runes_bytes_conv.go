// conversions between string, []byte, []rune and integers (string(rune(i))).
package main

import "fmt"

func main() {
	s := "Go✓"
	fmt.Println([]byte(s), []rune(s))
	fmt.Println(string([]byte{71, 111}), string([]rune{0x2713}))
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(97)))
	r := []rune(s)
	r[0] = 'g'
	fmt.Println(string(r), s)
	fmt.Printf("%q %v\n", string(rune(-5)), []byte(""))
}
