// Range over a string yields byte offsets and runes; invalid UTF-8 gives U+FFFD.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for i, r := range "aé世\xffz" {
		fmt.Println(i, r, string(r))
	}
	s := "naïve"
	fmt.Println(len(s), utf8.RuneCountInString(s), []rune(s), len([]rune(s)))
	fmt.Println(string([]rune{72, 105, 0x4e16}), string(rune(65)))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(r, size, utf8.RuneLen('€'), utf8.ValidString("\xff"))
}
