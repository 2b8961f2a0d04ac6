// Covers: unicode/utf8 RuneCountInString/DecodeRuneInString/EncodeRune/ValidString/RuneLen, unicode predicates.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if size > 1 {
			fmt.Printf("%c at %d (%d bytes)\n", r, i, size)
		}
		i += size
	}
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, 'é')
	fmt.Println(buf[:n], utf8.RuneLen('界'), utf8.ValidString("ok"), utf8.ValidString("\xff"))
	last, _ := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(last))
	letters, digits, spaces := 0, 0, 0
	for _, r := range "Go 1.27 rocks" {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		}
	}
	fmt.Println(letters, digits, spaces, string(unicode.ToUpper('ß')), unicode.IsUpper('A'))
	fmt.Println(utf8.AppendRune(nil, '世'), utf8.RuneError)
}
