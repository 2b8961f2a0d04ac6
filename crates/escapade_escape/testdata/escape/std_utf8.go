// std_: unicode/utf8 helpers do not leak their arguments.
package main

import "unicode/utf8"

func count(s string) int {
	return utf8.RuneCountInString(s)
}

func encode(r rune) []byte {
	b := make([]byte, 4)
	n := utf8.EncodeRune(b, r)
	return b[:n]
}

func main() {
	_ = count("héllo")
	_ = encode('é')
}
